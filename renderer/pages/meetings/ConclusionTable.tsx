// The conclusions of a meeting as editable rows, each with the live state of the task it became.
// "Giao thành nhiệm vụ" turns a row into a task; the row then shows the task's code (a link to it),
// situation and progress as of today. Rows can be selected (checkbox column, select-all) to make tasks of
// several conclusions in one action (ConclusionsToTasksDialog).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conclusion, MeetingDetail } from '../../../shared/api/types';
import { conclusionProgress, type ConclusionProgress } from '../../../shared/rules/conclusionProgress';
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
import { usePillars, useToday } from '../../hooks/useReferenceData';
import { useRoute } from '../../stores/route';
import { showStatus } from '../../stores/status';
import { ConclusionForm } from './ConclusionForm';
import { ConclusionsToTasksDialog } from './ConclusionsToTasksDialog';
import { taskHref } from './links';
import { ToTaskDialog } from './ToTaskDialog';

interface Props {
  meeting: MeetingDetail;
}

/** The conclusion's text takes most of the free width; agency and pillar share the rest. */
const COLUMNS: readonly ColumnSpec[] = [
  { id: 'select', size: 40, minSize: 36 },
  { id: 'seq', size: 40, minSize: 32 },
  { id: 'text', size: 280, minSize: 160, grow: 4 },
  { id: 'agency', size: 140, minSize: 90, grow: 1 },
  { id: 'due', size: 104, minSize: 80 },
  { id: 'pillar', size: 120, minSize: 80, grow: 1 },
  { id: 'task', size: 180, minSize: 150 },
  { id: 'actions', size: 184, minSize: 120 },
];

/** The states the meeting list links to (?conclusions=…). */
const FILTERS: readonly ConclusionProgress[] = ['done', 'on_time', 'late'];

export function ConclusionTable({ meeting }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const today = useToday();
  const pillars = usePillars();
  const pillarName = new Map(pillars.map((p) => [p.id, p.name]));
  const columns = useColumnWidths('conclusions', COLUMNS);
  const th = (id: string, label: string, className?: string) => (
    <ResizableTh columns={columns} id={id} label={label} className={className} />
  );
  const [editing, setEditing] = useState<Conclusion | 'new' | null>(null);
  const [archiving, setArchiving] = useState<Conclusion | null>(null);
  const [assigning, setAssigning] = useState<Conclusion | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [batch, setBatch] = useState(false);
  // ?conclusions=late (a count of the meeting list): only those, by the list's own rule.
  const { params, setParams } = useRoute();
  const only = FILTERS.find((f) => f === params.conclusions) ?? null;
  const all = meeting.conclusions;
  const rows =
    only && today
      ? all.filter(
          (c) =>
            conclusionProgress({ dueDate: c.dueDate, taskSituation: c.task?.situation ?? null }, today) ===
            only,
        )
      : all;
  const chosen = rows.filter((c) => selected.has(c.id));
  const allChosen = rows.length > 0 && chosen.length === rows.length;
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const toggleAll = () => setSelected(allChosen ? new Set() : new Set(rows.map((c) => c.id)));
  const withTask = all.filter((c) => c.task).length;
  const done = all.filter((c) => c.task && isDone(c.task.situation)).length;

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
    <section aria-label={t('meetings.detail.tabs.conclusions', { count: all.length })}>
      <div className="section-bar">
        <p className="muted">
          {all.length > 0 ? t('meetings.conclusions.summary', { count: all.length, withTask, done }) : null}
        </p>
        <div className="section-actions">
          {chosen.length > 0 ? (
            <Button onClick={() => setBatch(true)} data-testid="conclusions-to-tasks-open">
              {t('meetings.batch.open', { count: chosen.length })}
            </Button>
          ) : null}
          <Button variant="primary" onClick={() => setEditing('new')} data-testid="conclusion-add">
            {t('meetings.conclusions.add')}
          </Button>
        </div>
      </div>
      {only ? (
        <p className="conclusion-filter" role="status" data-testid="conclusion-filter">
          <span>{t(`meetings.progress.filtered.${only}`, { count: rows.length })}</span>
          <Button size="sm" onClick={() => setParams({ conclusions: null })}>
            {t('meetings.progress.showAll')}
          </Button>
        </p>
      ) : null}
      {all.length === 0 ? (
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
                <th scope="col" className="select-cell">
                  <input
                    type="checkbox"
                    checked={allChosen}
                    ref={(el) => {
                      if (el) el.indeterminate = chosen.length > 0 && !allChosen;
                    }}
                    onChange={toggleAll}
                    aria-label={t('meetings.batch.selectAll')}
                    data-testid="conclusion-select-all"
                  />
                </th>
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
                  <td className="select-cell">
                    <input
                      type="checkbox"
                      checked={selected.has(c.id)}
                      onChange={() => toggle(c.id)}
                      aria-label={t('meetings.batch.select', { seq: c.seq })}
                      data-testid="conclusion-select"
                    />
                  </td>
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
      {batch ? (
        <ConclusionsToTasksDialog
          meeting={meeting}
          conclusions={chosen}
          onClose={() => setBatch(false)}
          onDone={() => {
            setBatch(false);
            setSelected(new Set());
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
