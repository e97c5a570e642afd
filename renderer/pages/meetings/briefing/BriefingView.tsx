// The briefing pack of a meeting (meetings.briefing): what changed since the previous meeting and what
// needs the committee's attention, all as of the meeting's date. Printable on A4 (each main section on
// its own page) and exportable to a signed workbook through the report pipeline.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefingModel, MeetingDetail } from '../../../../shared/api/types';
import { Button, ErrorBanner, Loading } from '../../../components';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useFormat } from '../../../i18n/format';
import { ExportDialog } from '../export/ExportDialog';
import { ConclusionsTable, IndicatorsTable, ScoreboardTable, ValuesTable } from './OtherTables';
import { Section } from './Section';
import { GroupedTaskTable, TaskTable } from './TaskTables';

export function BriefingView({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const query = useApiQuery('meetings.briefing', { meetingId: meeting.id });
  const [exporting, setExporting] = useState(false);
  const b = query.data;
  return (
    <div className="briefing" data-testid="briefing">
      <div className="section-bar no-print">
        <p className="muted">{b ? t('meetings.briefing.note') : null}</p>
        <div className="bar-actions">
          <Button onClick={() => window.print()} disabled={!b} data-testid="briefing-print">
            {t('meetings.briefing.print')}
          </Button>
          <Button
            variant="primary"
            onClick={() => setExporting(true)}
            disabled={!b}
            data-testid="briefing-export"
          >
            {t('meetings.briefing.export')}
          </Button>
        </div>
      </div>
      <ErrorBanner error={query.error} title={t('meetings.briefing.loadFailed')} onRetry={query.retry} />
      {query.loading && !b ? <Loading /> : null}
      {b ? <BriefingBody b={b} /> : null}
      {exporting ? (
        <ExportDialog
          target={{ kind: 'briefing', meetingId: meeting.id }}
          onClose={() => setExporting(false)}
        />
      ) : null}
    </div>
  );
}

function BriefingBody({ b }: { b: BriefingModel }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const c = b.counts;
  // The pack's own line is Vietnamese (it goes into the exported workbook); English words its numbers.
  const day = fmt.date(b.at);
  const basisLine =
    i18n.language !== 'en'
      ? b.taskBasis.line
      : b.taskBasis.fromToday === 0
        ? t('meetings.briefing.basis.history', { day })
        : b.taskBasis.atMeeting === 0
          ? t('meetings.briefing.basis.today', { day })
          : t('meetings.briefing.basis.some', { day, count: fmt.number(b.taskBasis.fromToday) });
  const since = b.previousMeeting
    ? t('meetings.briefing.sincePrevious', {
        number: b.previousMeeting.number,
        date: fmt.date(b.previousMeeting.heldOn),
      })
    : t('meetings.briefing.sinceYearStart');
  const summary: [string, number][] = [
    ['completed', c.completed],
    ['newlyOverdue', c.newlyOverdue],
    ['overdue', c.overdue],
    ['dueSoon', c.dueSoon],
    ['indicatorsBehind', c.indicatorsBehind],
    ['conclusionsOpen', c.conclusionsWithoutTask],
  ];
  return (
    <article className="briefing-doc">
      <header className="briefing-title">
        <p className="briefing-committee">{b.header.committeeName}</p>
        <h2>{t('meetings.briefing.docTitle', { number: b.meeting.number })}</h2>
        <p>
          {t('meetings.briefing.window', { from: fmt.date(b.fromDay), to: fmt.date(b.at) })}, {since}
        </p>
        <p className="briefing-basis muted small" data-testid="briefing-task-basis">
          {basisLine}
        </p>
      </header>
      <ul className="briefing-summary" aria-label={t('meetings.briefing.summary.label')}>
        {summary.map(([key, n]) => (
          <li key={key} className={`summary-${key}`}>
            <strong>{fmt.number(n)}</strong> {t(`meetings.briefing.summary.${key}`)}
          </li>
        ))}
      </ul>
      <Section title={t('meetings.briefing.sections.changes')} testId="briefing-changes">
        <Section
          level={3}
          title={t('meetings.briefing.sections.completed')}
          count={c.completed}
          testId="briefing-completed"
        >
          <TaskTable tasks={b.changes.completed} columns={['agency', 'due', 'completedOn', 'situation']} />
        </Section>
        <Section
          level={3}
          title={t('meetings.briefing.sections.newlyOverdue')}
          count={c.newlyOverdue}
          testId="briefing-newly-overdue"
        >
          <TaskTable tasks={b.changes.newlyOverdue} columns={['agency', 'due', 'progress']} />
        </Section>
        <Section
          level={3}
          title={t('meetings.briefing.sections.values')}
          count={c.values}
          testId="briefing-new-values"
        >
          <ValuesTable rows={b.changes.values} />
        </Section>
      </Section>
      <Section title={t('meetings.briefing.sections.overdue')} count={c.overdue} testId="briefing-overdue">
        <GroupedTaskTable groups={b.overdue} columns={['due', 'progress']} />
      </Section>
      <Section
        title={t('meetings.briefing.sections.dueSoon', { days: b.dueSoonDays })}
        count={c.dueSoon}
        testId="briefing-due-soon"
      >
        <GroupedTaskTable groups={b.dueSoon} columns={['due', 'progress']} />
      </Section>
      <Section
        title={t('meetings.briefing.sections.indicators')}
        count={c.indicatorsBehind}
        testId="briefing-indicators-behind"
      >
        <IndicatorsTable rows={b.indicatorsBehind} />
      </Section>
      <Section
        title={t('meetings.briefing.sections.conclusions')}
        count={c.conclusions}
        note={t('meetings.briefing.sections.conclusionsSummary', {
          count: c.conclusions,
          done: c.conclusionsDone,
          open: c.conclusionsWithoutTask,
        })}
        testId="briefing-earlier-conclusions"
      >
        <ConclusionsTable rows={b.conclusions} />
      </Section>
      <Section
        title={t('meetings.briefing.sections.scoreboard')}
        count={b.scoreboard.length}
        note={t('meetings.briefing.sections.scoreboardNote')}
        testId="briefing-scoreboard-section"
      >
        <ScoreboardTable rows={b.scoreboard} />
      </Section>
    </article>
  );
}
