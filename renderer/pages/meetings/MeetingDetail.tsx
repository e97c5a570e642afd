// One meeting: its details, then three views in tabs: the conclusions (with the live state of their
// tasks), the briefing pack prepared for this meeting, and the draft notice of conclusions. The view is
// kept in the URL (?view=briefing), so a printed or bookmarked briefing opens where it was.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ConfirmDialog,
  ErrorBanner,
  Loading,
  PageHeader,
  Tabs,
  errorMessage,
} from '../../components';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFormat } from '../../i18n/format';
import { useRoute } from '../../stores/route';
import { useMarkElement } from '../../components/search/useOpenFromAddress';
import { showStatus } from '../../stores/status';
import { write } from '../../api/writes';
import { BriefingView } from './briefing/BriefingView';
import { ConclusionTable } from './ConclusionTable';
import { MeetingForm } from './MeetingForm';
import { MeetingInfo } from './MeetingInfo';
import { NoticeEditor } from './notice/NoticeEditor';

export type MeetingView = 'conclusions' | 'briefing' | 'notice';
const VIEWS: readonly MeetingView[] = ['conclusions', 'briefing', 'notice'];

export function MeetingDetailPage({ id, view }: { id: string; view: MeetingView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { setParams, navigate } = useRoute();
  const marked = useRoute((s) => s.params.conclusion);
  const query = useApiQuery('meetings.get', { id });
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const meeting = query.data;
  // A search result opens a conclusion in its meeting (#/meetings?id=…&conclusion=…): its row is marked.
  const markedSeq = meeting?.conclusions.find((c) => c.id === marked)?.seq;
  useMarkElement(markedSeq === undefined ? null : `[data-testid="conclusion-${markedSeq}"]`);

  if (!meeting) {
    return (
      <>
        <p className="no-print">
          <a href="#/meetings">← {t('meetings.detail.back')}</a>
        </p>
        <ErrorBanner error={query.error} onRetry={query.retry} />
        {query.loading ? <Loading /> : null}
      </>
    );
  }

  const archive = async () => {
    setArchiving(false);
    try {
      await write('meetings.archive', { id: meeting.id });
      showStatus(t('meetings.detail.archived', { number: meeting.number }));
      navigate('meetings');
    } catch (error) {
      showStatus(errorMessage(error, t('app.unexpected')), 'error');
    }
  };
  const tabs = VIEWS.map((key) => ({
    key,
    label:
      key === 'conclusions'
        ? t('meetings.detail.tabs.conclusions', { count: meeting.conclusions.length })
        : t(`meetings.detail.tabs.${key}`),
  }));

  return (
    <div className={`meeting-detail meeting-view-${view}`}>
      <p className="breadcrumb no-print">
        <a href="#/meetings">← {t('meetings.detail.back')}</a>
      </p>
      <div className="meeting-head">
        <PageHeader
          title={
            <>
              {t('meetings.detail.heading', { number: meeting.number })}
              {meeting.title ? <span className="meeting-title">{meeting.title}</span> : null}
            </>
          }
          subtitle={t('meetings.detail.heldOn', { date: fmt.date(meeting.heldOn) })}
          actions={
            <>
              <Button onClick={() => setEditing(true)} data-testid="meeting-edit">
                {t('meetings.detail.edit')}
              </Button>
              <Button variant="danger" onClick={() => setArchiving(true)}>
                {t('meetings.detail.archive')}
              </Button>
            </>
          }
        />
        <MeetingInfo meeting={meeting} />
      </div>
      <Tabs
        label={t('meetings.detail.tabs.label')}
        tabs={tabs}
        active={view}
        onChange={(v) => setParams({ view: v === 'conclusions' ? null : v })}
      >
        {view === 'conclusions' ? <ConclusionTable meeting={meeting} /> : null}
        {view === 'briefing' ? <BriefingView meeting={meeting} /> : null}
        {view === 'notice' ? <NoticeEditor meeting={meeting} /> : null}
      </Tabs>
      {editing ? (
        <MeetingForm
          meeting={meeting}
          nextNumber={meeting.number}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
          }}
        />
      ) : null}
      {archiving ? (
        <ConfirmDialog
          title={t('meetings.detail.archiveTitle', { number: meeting.number })}
          confirmLabel={t('meetings.detail.archive')}
          danger
          onCancel={() => setArchiving(false)}
          onConfirm={() => void archive()}
        >
          <p>{t('meetings.detail.archiveText')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

export function viewOf(param: string | undefined): MeetingView {
  return (VIEWS as readonly string[]).includes(param ?? '') ? (param as MeetingView) : 'conclusions';
}
