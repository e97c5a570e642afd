// The list of meetings, newest first, with the one action a secretary starts from: add a meeting.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingListItem } from '../../../shared/api/types';
import { Button, EmptyState, ErrorBanner, Loading, PageHeader } from '../../components';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFormat } from '../../i18n/format';
import { useRoute } from '../../stores/route';
import { meetingHref } from './links';
import { ConclusionProgressCell } from './ConclusionProgressCell';
import { MeetingForm } from './MeetingForm';

export function MeetingList() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useRoute((s) => s.navigate);
  const query = useApiQuery('meetings.list', {});
  const [adding, setAdding] = useState(false);
  const meetings = query.data ?? [];
  const nextNumber = meetings.reduce((n, m) => Math.max(n, m.number), 0) + 1;

  return (
    <>
      <PageHeader
        title={t('meetings.title')}
        subtitle={query.data ? t('meetings.subtitle', { count: meetings.length }) : undefined}
        actions={
          <Button variant="primary" onClick={() => setAdding(true)} data-testid="meeting-add">
            {t('meetings.add')}
          </Button>
        }
      />
      <ErrorBanner error={query.error} onRetry={query.retry} />
      {query.loading && !query.data ? <Loading /> : null}
      {query.data && meetings.length === 0 ? (
        <EmptyState
          title={t('meetings.list.empty')}
          action={<Button onClick={() => setAdding(true)}>{t('meetings.add')}</Button>}
        >
          <p>{t('meetings.list.emptyHint')}</p>
        </EmptyState>
      ) : null}
      {meetings.length > 0 ? (
        <div className="panel meetings-list">
          <table className="table" data-testid="meeting-list">
            <caption>{t('meetings.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('meetings.list.number')}
                </th>
                <th scope="col">{t('meetings.list.date')}</th>
                <th scope="col">{t('meetings.list.title')}</th>
                <th scope="col">{t('meetings.list.chair')}</th>
                <th scope="col" className="num">
                  {t('meetings.list.conclusions')}
                </th>
                <th scope="col">{t('meetings.progress.column')}</th>
                <th scope="col">{t('meetings.list.notice')}</th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((m: MeetingListItem) => (
                <tr key={m.id}>
                  <td className="num">
                    <a href={meetingHref(m.id)} aria-label={t('meetings.list.open', { number: m.number })}>
                      {m.number}
                    </a>
                  </td>
                  <td>{fmt.date(m.heldOn)}</td>
                  <td>
                    <a href={meetingHref(m.id)}>{m.title || t('meetings.list.open', { number: m.number })}</a>
                  </td>
                  <td className="meeting-chair">{m.chair}</td>
                  <td className="num">{m.conclusionCount}</td>
                  <td>
                    <ConclusionProgressCell meeting={m} />
                  </td>
                  <td>{m.noticeNumber ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {adding ? (
        <MeetingForm
          meeting={null}
          nextNumber={nextNumber}
          onClose={() => setAdding(false)}
          onSaved={(m) => {
            setAdding(false);
            navigate('meetings', { id: m.id });
          }}
        />
      ) : null}
    </>
  );
}
