import { memo, type ChangeEvent } from 'react';
import type { TaskRow } from '../../../shared/api/types';
import type { TaskSituation } from '../../../shared/rules/taskSituation';
import { ProgressBar } from '../../components';
import type { Formatters } from '../../i18n/format';

export const ROW_HEIGHT = 36;
export const COLUMN_COUNT = 9;

export interface TaskRowActions {
  onToggle(index: number, shift: boolean): void;
  onOpen(id: string): void;
  onQuick(row: TaskRow, anchor: DOMRect): void;
}

/**
 * The words a row needs, prepared once per language by the table. Rows do not call useTranslation:
 * react-i18next's hook costs far more than the row itself, and thousands of rows mount while scrolling.
 */
export interface RowText {
  fmt: Formatters;
  loading: string;
  quick: string;
  noDue: string;
  selectRow(code: string): string;
  quickFor(code: string): string;
  situation: Record<TaskSituation, string>;
  /** The situation with its days ("Quá hạn 24 ngày (hạn 07/11/2026)"), or null without a reference date. */
  situationWhy(row: TaskRow): string | null;
}

interface Props extends TaskRowActions {
  index: number;
  row: TaskRow | undefined;
  selected: boolean;
  text: RowText;
}

/**
 * One row of the task table. Memoised on its row object and selection, so a page of rows arriving or a
 * checkbox ticked elsewhere re-renders only the rows that changed.
 */
export const TaskRowView = memo(function TaskRowView({
  index,
  row,
  selected,
  text,
  onToggle,
  onOpen,
  onQuick,
}: Props) {
  const { fmt } = text;
  if (!row) {
    return (
      <tr className="task-row task-row-loading" style={{ height: ROW_HEIGHT }} aria-rowindex={index + 2}>
        <td colSpan={COLUMN_COUNT} className="muted">
          {text.loading}
        </td>
      </tr>
    );
  }
  const why = text.situationWhy(row);
  const toggle = (e: ChangeEvent<HTMLInputElement>) => {
    const native = e.nativeEvent as MouseEvent;
    onToggle(index, Boolean(native.shiftKey));
  };
  return (
    <tr
      className={`task-row${selected ? ' task-row-selected' : ''}`}
      style={{ height: ROW_HEIGHT }}
      aria-rowindex={index + 2}
      data-testid="task-row"
      data-task-id={row.id}
      data-code={row.code}
    >
      <td className="col-select">
        <input type="checkbox" checked={selected} onChange={toggle} aria-label={text.selectRow(row.code)} />
      </td>
      <td className="col-code cell-clip">{row.code}</td>
      <td className="col-title">
        <button
          type="button"
          className="task-title-button cell-clip"
          title={row.title}
          onClick={() => onOpen(row.id)}
          data-testid="task-open"
        >
          {row.title}
        </button>
      </td>
      <td className="col-pillar cell-clip" title={row.pillarName ?? undefined}>
        {row.pillarName ?? ''}
      </td>
      <td className="col-agency cell-clip" title={row.leadAgencyName ?? undefined}>
        {row.leadAgencyName ?? ''}
      </td>
      <td className="col-due">
        {row.dueDate ? fmt.date(row.dueDate) : <span className="muted">{text.noDue}</span>}
      </td>
      <td className="col-progress">
        <ProgressBar value={row.progress} label={`${fmt.number(row.progress)}%`} />
      </td>
      <td className="col-situation" title={why ?? undefined}>
        <span className={`badge sit-${row.situation}`}>{text.situation[row.situation]}</span>
        {why ? (
          <span className="visually-hidden" data-testid="task-situation-why">
            {' '}
            ({why})
          </span>
        ) : null}
      </td>
      <td className="col-actions">
        <button
          type="button"
          className="btn btn-sm btn-ghost"
          data-testid="task-quick"
          onClick={(e) => onQuick(row, e.currentTarget.getBoundingClientRect())}
        >
          {text.quick}
          <span className="visually-hidden"> {text.quickFor(row.code)}</span>
        </button>
      </td>
    </tr>
  );
});
