// The list of meetings, newest first, with the one action a secretary starts from: add a meeting.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingListItem } from '../../../shared/api/types';
import { Button, EmptyState, ErrorBanner, Loading, PageHeader } from '../../components';
import { ColumnGroup, ResizableTh, useColumnWidths, type ColumnSpec } from '../../components/table';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFormat } from '../../i18n/format';
import { useRoute } from '../../stores/route';
import { useShortcut } from '../../shortcuts/handlers';
import { meetingHref } from './links';
import { ConclusionProgressCell } from './ConclusionProgressCell';
import { MeetingForm } from './MeetingForm';

/** The title takes most of the free width, the chair the rest. */
const COLUMNS: readonly ColumnSpec[] = [
  { id: 'number', size: 56, minSize: 44 },
  { id: 'date', size: 100, minSize: 80 },
  { id: 'title', size: 320, minSize: 160, grow: 4 },
  { id: 'chair', size: 160, minSize: 100, grow: 1 },
  { id: 'conclusions', size: 84, minSize: 64 },
  { id: 'progress', size: 200, minSize: 160 },
  { id: 'notice', size: 130, minSize: 90 },
];

export function MeetingList() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useRoute((s) => s.navigate);
  const query = useApiQuery('meetings.list', {});
  const [adding, setAdding] = useState(false);
  useShortcut('new', () => setAdding(true));
  const columns = useColumnWidths('meetings', COLUMNS);
  const th = (id: string, label: string, className?: string) => (
    <ResizableTh columns={columns} id={id} label={label} className={className} />
  );
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
        <div className="rt-scroll panel meetings-list" ref={columns.measureRef}>
          <table
            className="table rt-table"
            data-testid="meeting-list"
            style={{ width: columns.total || undefined }}
          >
            <caption>{t('meetings.list.caption')}</caption>
            <ColumnGroup specs={COLUMNS} columns={columns} />
            <thead>
              <tr>
                {th('number', t('meetings.list.number'), 'num')}
                {th('date', t('meetings.list.date'))}
                {th('title', t('meetings.list.title'))}
                {th('chair', t('meetings.list.chair'))}
                {th('conclusions', t('meetings.list.conclusions'), 'num')}
                {th('progress', t('meetings.progress.column'))}
                {th('notice', t('meetings.list.notice'))}
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
