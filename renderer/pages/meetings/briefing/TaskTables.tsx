// Task tables of the briefing: a flat list (completed, newly overdue) and a list grouped by lead agency
// (overdue, due soon) with a heading row per agency.
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefingAgencyGroup, BriefingTask } from '../../../../shared/api/types';
import { SituationBadge } from '../../../components';
import { useFormat } from '../../../i18n/format';
import { taskHref } from '../links';

type Column = 'agency' | 'due' | 'completedOn' | 'progress' | 'situation';

function Cells({ task, columns }: { task: BriefingTask; columns: Column[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const value: Record<Column, ReactNode> = {
    agency: task.leadAgencyName ?? '',
    due: fmt.date(task.dueDate),
    completedOn: fmt.date(task.completedOn),
    progress:
      task.progress === null ? t('meetings.briefing.progressUnknown') : fmt.percent(task.progress / 100),
    situation: <SituationBadge situation={task.situation} />,
  };
  return (
    <>
      <td className="nowrap">
        <a href={taskHref(task)}>{task.code}</a>
      </td>
      <td>{task.title}</td>
      {columns.map((c) => (
        <td key={c} className={c === 'progress' ? 'num' : c === 'agency' ? undefined : 'nowrap'}>
          {value[c]}
        </td>
      ))}
    </>
  );
}

function Head({ columns }: { columns: Column[] }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col" className="num">
          {t('meetings.briefing.cols.stt')}
        </th>
        <th scope="col">{t('meetings.briefing.cols.code')}</th>
        <th scope="col">{t('meetings.briefing.cols.task')}</th>
        {columns.map((c) => (
          <th key={c} scope="col" className={c === 'progress' ? 'num' : undefined}>
            {t(`meetings.briefing.cols.${c}`)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function TaskTable({
  tasks,
  columns,
  testId,
}: {
  tasks: BriefingTask[];
  columns: Column[];
  testId?: string;
}) {
  return (
    <table className="table briefing-table" data-testid={testId}>
      <Head columns={columns} />
      <tbody>
        {tasks.map((task, i) => (
          <tr key={task.id}>
            <td className="num">{i + 1}</td>
            <Cells task={task} columns={columns} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function GroupedTaskTable({
  groups,
  columns,
  testId,
}: {
  groups: BriefingAgencyGroup[];
  columns: Column[];
  testId?: string;
}) {
  const { t } = useTranslation();
  let n = 0;
  return (
    <table className="table briefing-table" data-testid={testId}>
      <Head columns={columns} />
      <tbody>
        {groups.map((g) => (
          <Fragment key={g.agencyId ?? ''}>
            <tr className="group-row">
              <th scope="colgroup" colSpan={columns.length + 3}>
                {t('meetings.briefing.groupCount', { agency: g.agencyName, count: g.tasks.length })}
              </th>
            </tr>
            {g.tasks.map((task) => (
              <tr key={task.id}>
                <td className="num">{++n}</td>
                <Cells task={task} columns={columns} />
              </tr>
            ))}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
