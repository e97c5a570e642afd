import { useTranslation } from 'react-i18next';
import type { TaskRow } from '../../../shared/api/types';
import { daysBetween } from '../../../shared/dates';
import { useFormat } from '../../i18n/format';
import { taskHref, tasksHref, type LinkContext } from './links';

export interface DeadlineListProps {
  kind: 'overdue' | 'dueSoon';
  rows: TaskRow[];
  /** All tasks in this situation (the rows may be only the first ones). */
  count: number;
  ctx: LinkContext;
  limit?: number;
}

/** Overdue or due-soon tasks, nearest deadline first, with how late or how close each one is. */
export function DeadlineList({ kind, rows, count, ctx, limit = 8 }: DeadlineListProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const situation = kind === 'overdue' ? 'qua_han' : 'sap_den_han';
  const titleId = `deadline-${kind}-title`;
  const when = (due: string) => {
    const days = daysBetween(ctx.at, due);
    if (days === 0) return t('dashboard.deadlines.today');
    return t('dashboard.deadlines.days', { count: Math.abs(days) });
  };
  return (
    <section
      className={`panel deadline-panel deadline-${kind}`}
      aria-labelledby={titleId}
      data-testid={`dash-${kind}`}
    >
      <div className="panel-title">
        <h2 id={titleId}>
          {t(kind === 'overdue' ? 'dashboard.deadlines.overdue' : 'dashboard.deadlines.dueSoon')}{' '}
          <a href={tasksHref(ctx, { situations: [situation] })} className="count-pill">
            {fmt.number(count)}
          </a>
        </h2>
        {count > Math.min(limit, rows.length) ? (
          <a href={tasksHref(ctx, { situations: [situation] })} className="no-print">
            {t('dashboard.deadlines.seeAll', { count })}
          </a>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <p className="muted">
          {t(kind === 'overdue' ? 'dashboard.deadlines.noneOverdue' : 'dashboard.deadlines.noneDueSoon')}
        </p>
      ) : (
        <table className="table deadline-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.deadlines.code')}</th>
              <th scope="col">{t('dashboard.deadlines.task')}</th>
              <th scope="col">{t('dashboard.deadlines.agency')}</th>
              <th scope="col">{t('dashboard.deadlines.due')}</th>
              <th scope="col" className="num">
                {t(kind === 'overdue' ? 'dashboard.deadlines.lateHead' : 'dashboard.deadlines.leftHead')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map((r) => (
              <tr key={r.id}>
                <td className="cell-clip" title={r.code}>
                  {r.code}
                </td>
                <td className="cell-clip">
                  <a href={taskHref(ctx, r.id)} className="deadline-title" title={r.title}>
                    {r.title}
                  </a>
                </td>
                <td className="cell-clip" title={r.leadAgencyName ?? undefined}>
                  {r.leadAgencyName ?? ''}
                </td>
                <td>{r.dueDate ? fmt.date(r.dueDate) : ''}</td>
                <td className={`num when when-${kind}`}>{r.dueDate ? when(r.dueDate) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
