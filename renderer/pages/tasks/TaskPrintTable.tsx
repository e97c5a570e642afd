import { useTranslation } from 'react-i18next';
import type { TaskRow } from '../../../shared/api/types';
import { useFormat } from '../../i18n/format';

export interface TaskPrintTableProps {
  rows: readonly TaskRow[];
  total: number;
  planTitle: string | null;
  at: string | null;
  /** The active filters in words ('' for none). */
  filters: string;
}

/**
 * The task list as printed: every row in a plain table (no virtual scrolling to clip it), the header
 * repeated on each A4 page by the print stylesheet, situations in words.
 */
export function TaskPrintTable({ rows, total, planTitle, at, filters }: TaskPrintTableProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <section className="print-only task-print" data-testid="task-print">
      <h2 className="print-heading">{t('tasks.print.heading')}</h2>
      <p className="print-meta">
        {planTitle ? `${planTitle} · ` : ''}
        {t('tasks.subtitle', { count: fmt.number(total), date: fmt.date(at) })}
      </p>
      {filters ? <p className="print-meta">{filters}</p> : null}
      {rows.length < total ? (
        <p className="print-meta">{t('tasks.print.partial', { shown: rows.length, total })}</p>
      ) : null}
      <table className="table print-table">
        <thead>
          <tr>
            <th scope="col">{t('tasks.print.stt')}</th>
            <th scope="col">{t('tasks.columns.code')}</th>
            <th scope="col">{t('tasks.columns.title')}</th>
            <th scope="col">{t('tasks.columns.agency')}</th>
            <th scope="col">{t('tasks.columns.due')}</th>
            <th scope="col" className="num">
              {t('tasks.columns.progress')}
            </th>
            <th scope="col">{t('tasks.columns.situation')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.id}>
              <td className="num">{i + 1}</td>
              <td>{r.code}</td>
              <td>{r.title}</td>
              <td>{r.leadAgencyName ?? ''}</td>
              <td>{r.dueDate ? fmt.date(r.dueDate) : t('tasks.table.noDue')}</td>
              <td className="num">{fmt.number(r.progress)}%</td>
              <td>{t(`situation.${r.situation}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
