// The conclusions of a meeting as editable rows, each with the live state of the task it became.
// "Giao thành nhiệm vụ" turns a row into a task; the row then shows the task's code (a link to it),
// situation and progress as of today.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conclusion, MeetingDetail } from '../../../shared/api/types';
import { isDone } from '../../../shared/rules/taskSituation';
import { write } from '../../api/writes';
import {
  Button,
  ConfirmDialog,
  EmptyState,
  ProgressBar,
  SituationBadge,
  errorMessage,
} from '../../components';
import { ColumnGroup, ResizableTh, useColumnWidths, type ColumnSpec } from '../../components/table';
import { useFormat } from '../../i18n/format';
import { useReferenceData } from '../../hooks/useReferenceData';
import { showStatus } from '../../stores/status';
import { ConclusionForm } from './ConclusionForm';
import { taskHref } from './links';
import { ToTaskDialog } from './ToTaskDialog';

interface Props {
  meeting: MeetingDetail;
}

/** The conclusion's text takes most of the free width; agency and pillar share the rest. */
const COLUMNS: readonly ColumnSpec[] = [
  { id: 'seq', size: 52, minSize: 40 },
  { id: 'text', size: 280, minSize: 160, grow: 4 },
  { id: 'agency', size: 140, minSize: 90, grow: 1 },
  { id: 'due', size: 104, minSize: 80 },
  { id: 'pillar', size: 120, minSize: 80, grow: 1 },
  { id: 'task', size: 200, minSize: 150 },
  { id: 'actions', size: 200, minSize: 120 },
];

export function ConclusionTable({ meeting }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const today = useReferenceData((s) => s.info?.today ?? null);
  const pillars = useReferenceData((s) => s.pillars);
  const pillarName = new Map(pillars.map((p) => [p.id, p.name]));
  const columns = useColumnWidths('conclusions', COLUMNS);
  const th = (id: string, label: string, className?: string) => (
    <ResizableTh columns={columns} id={id} label={label} className={className} />
  );
  const [editing, setEditing] = useState<Conclusion | 'new' | null>(null);
  const [archiving, setArchiving] = useState<Conclusion | null>(null);
  const [assigning, setAssigning] = useState<Conclusion | null>(null);
  const rows = meeting.conclusions;
  const withTask = rows.filter((c) => c.task).length;
  const done = rows.filter((c) => c.task && isDone(c.task.situation)).length;

  const archive = async (c: Conclusion) => {
    setArchiving(null);
    try {
      await write('conclusions.archive', { id: c.id });
      showStatus(t('meetings.conclusions.archived', { seq: c.seq }));
    } catch (error) {
      showStatus(errorMessage(error, t('app.unexpected')), 'error');
    }
  };

  return (
    <section aria-label={t('meetings.detail.tabs.conclusions', { count: rows.length })}>
      <div className="section-bar">
        <p className="muted">
          {rows.length > 0 ? t('meetings.conclusions.summary', { count: rows.length, withTask, done }) : null}
        </p>
        <Button variant="primary" onClick={() => setEditing('new')} data-testid="conclusion-add">
          {t('meetings.conclusions.add')}
        </Button>
      </div>
      {rows.length === 0 ? (
        <EmptyState title={t('meetings.conclusions.empty')}>
          <p>{t('meetings.conclusions.emptyHint')}</p>
        </EmptyState>
      ) : (
        <div className="rt-scroll panel table-panel" ref={columns.measureRef}>
          <table
            className="table conclusions-table rt-table"
            data-testid="conclusion-table"
            style={{ width: columns.total || undefined }}
          >
            <caption>{t('meetings.conclusions.caption', { date: fmt.date(today) })}</caption>
            <ColumnGroup specs={COLUMNS} columns={columns} />
            <thead>
              <tr>
                {th('seq', t('meetings.conclusions.seq'), 'num')}
                {th('text', t('meetings.conclusions.text'))}
                {th('agency', t('meetings.conclusions.agency'))}
                {th('due', t('meetings.conclusions.due'))}
                {th('pillar', t('meetings.conclusions.pillar'))}
                {th('task', t('meetings.conclusions.task'))}
                {th('actions', t('meetings.conclusions.actions'))}
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id} data-testid={`conclusion-${c.seq}`}>
                  <td className="num">{c.seq}</td>
                  <td className="conclusion-text">{c.text}</td>
                  <td>
                    {c.agencyName ?? <span className="muted">{t('meetings.conclusions.noAgency')}</span>}
                  </td>
                  <td className="nowrap">
                    {c.dueDate ? (
                      fmt.date(c.dueDate)
                    ) : (
                      <span className="muted">{t('meetings.conclusions.noDue')}</span>
                    )}
                  </td>
                  <td className="conclusion-pillar">
                    {c.pillarId ? (pillarName.get(c.pillarId) ?? '') : ''}
                  </td>
                  <td className="conclusion-task">
                    {c.task ? (
                      <div className="task-state">
                        <a
                          href={taskHref(c.task)}
                          title={t('meetings.conclusions.openTask', { code: c.task.code })}
                          data-testid="conclusion-task-link"
                        >
                          {c.task.code}
                        </a>
                        <SituationBadge situation={c.task.situation} />
                        <ProgressBar value={c.task.progress} label={fmt.percent(c.task.progress / 100)} />
                      </div>
                    ) : (
                      <span className="muted">{t('meetings.conclusions.noTask')}</span>
                    )}
                  </td>
                  <td className="row-actions">
                    {!c.task ? (
                      <Button
                        size="sm"
                        variant="primary"
                        onClick={() => setAssigning(c)}
                        aria-label={t('meetings.conclusions.toTaskFor', { seq: c.seq })}
                      >
                        {t('meetings.conclusions.toTask')}
                      </Button>
                    ) : null}
                    <Button
                      size="sm"
                      onClick={() => setEditing(c)}
                      aria-label={t('meetings.conclusions.editFor', { seq: c.seq })}
                    >
                      {t('meetings.conclusions.edit')}
                    </Button>
                    {!c.task ? (
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => setArchiving(c)}
                        aria-label={t('meetings.conclusions.archiveFor', { seq: c.seq })}
                      >
                        {t('meetings.conclusions.archive')}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing ? (
        <ConclusionForm
          meetingId={meeting.id}
          conclusion={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
          }}
        />
      ) : null}
      {assigning ? (
        <ToTaskDialog
          meeting={meeting}
          conclusion={assigning}
          onClose={() => setAssigning(null)}
          onDone={() => {
            setAssigning(null);
          }}
        />
      ) : null}
      {archiving ? (
        <ConfirmDialog
          title={t('meetings.conclusions.archiveTitle', { seq: archiving.seq })}
          confirmLabel={t('meetings.conclusions.archive')}
          danger
          onCancel={() => setArchiving(null)}
          onConfirm={() => void archive(archiving)}
        >
          <p>{t('meetings.conclusions.archiveText')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
