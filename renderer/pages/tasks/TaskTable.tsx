import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_SITUATIONS, type TaskSituation } from '../../../shared/rules/taskSituation';
import { SortHeader, type SortDir } from '../../components';
import { ColumnGroup, ColumnResizer, useColumnWidths, type ColumnSpec } from '../../components/table';
import { useFormat } from '../../i18n/format';
import { phrase } from '../../i18n/phrase';
import type { TaskSort } from './taskQuery';
import type { IsoDate } from '../../../shared/domain';
import { useSituationWhy } from './situationWhy';
import { COLUMN_COUNT, ROW_HEIGHT, TaskRowView, type RowText, type TaskRowActions } from './TaskRowView';
import type { TaskList } from './useTaskList';

export interface TaskTableProps extends TaskRowActions {
  pages: TaskList;
  total: number;
  /** Identifies the current filters: the table scrolls back to the top when they change. */
  queryKey: string;
  sort: TaskSort;
  dir: SortDir;
  onSort(sort: TaskSort, dir: SortDir): void;
  selected: ReadonlySet<string>;
  onSelectAll(all: boolean): void;
  /** The list's reference date: the situations' days are counted to it. */
  at?: IsoDate | null;
}

/** Rows rendered beyond those in view, for scrolling without blank rows. */
const OVERSCAN = 12;
/**
 * Rows beyond the view in the first frame: the rows in view are the ones the person waits for; the
 * others are added right after it is painted (about forty percent of the first frame's rows, its
 * layout and its paint, otherwise spent on rows below the fold).
 */
const FIRST_FRAME_OVERSCAN = 1;

/** The columns in order: title, pillar and agency share the free width (the title most). */
const COLUMNS: readonly ColumnSpec[] = [
  { id: 'select', size: 36, minSize: 36 },
  { id: 'code', size: 78, minSize: 56 },
  { id: 'title', size: 250, minSize: 120, grow: 6 },
  { id: 'pillar', size: 132, minSize: 72, grow: 1 },
  { id: 'agency', size: 140, minSize: 72, grow: 1 },
  { id: 'due', size: 104, minSize: 80 },
  { id: 'progress', size: 118, minSize: 80 },
  { id: 'situation', size: 156, minSize: 96 },
  { id: 'actions', size: 92, minSize: 72 },
];
const SPEC = Object.fromEntries(COLUMNS.map((c) => [c.id, c])) as Record<string, ColumnSpec>;

/**
 * The virtualised task table: a real <table> (so screen readers and axe see rows, headers and sort order)
 * whose body holds only the rows in view plus a spacer row above and below.
 */
export function TaskTable(props: TaskTableProps) {
  const { pages, total, queryKey, sort, dir, onSort, selected, onSelectAll, onToggle, onOpen, onQuick } =
    props;
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const language = i18n.language;
  const at = props.at ?? null;
  const why = useSituationWhy();
  const text = useMemo<RowText>(
    () => ({
      fmt,
      loading: t('tasks.table.loadingRow'),
      quick: t('tasks.table.quick'),
      noDue: t('tasks.table.noDue'),
      selectRow: phrase(t, 'tasks.table.selectRow', 'code'),
      quickFor: phrase(t, 'tasks.table.quickFor', 'code'),
      situation: Object.fromEntries(TASK_SITUATIONS.map((s) => [s, t(`situation.${s}`)])) as Record<
        TaskSituation,
        string
      >,
      situationWhy: (row) => (at ? why(row, at) : null),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the words change with the language (and the days with the date) only
    [language, at],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const columns = useColumnWidths('tasks', COLUMNS);
  const measure = columns.measureRef;
  const setScrollBox = useCallback(
    (el: HTMLDivElement | null) => {
      scrollRef.current = el;
      return measure(el);
    },
    [measure],
  );
  const selectAllRef = useRef<HTMLInputElement>(null);

  const [overscan, setOverscan] = useState(FIRST_FRAME_OVERSCAN);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (total > 0) pages.ensureRange(first, last);
  }, [first, last, total, pages.version, pages]);

  // Once the first rows are painted (a timer set in an animation frame runs after that frame), the
  // rows around them are rendered too.
  const shown = items.length > 0 && pages.rowAt(first) !== undefined;
  useEffect(() => {
    if (!shown || overscan === OVERSCAN) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setOverscan(OVERSCAN));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, overscan]);

  useLayoutEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [queryKey]);

  const selectedCount = selected.size;
  useEffect(() => {
    if (selectAllRef.current) selectAllRef.current.indeterminate = selectedCount > 0 && selectedCount < total;
  }, [selectedCount, total]);

  const paddingTop = items[0]?.start ?? 0;
  // Before the box is measured there are no rows, but the spacer has the rows' whole height: the box
  // shows its scrollbar from the first layout, so the width the columns are fitted to then (measured in
  // that first, small layout: useColumnWidths) is the one they keep once the rows are in.
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const header = (column: TaskSort, id: string, label: string, className: string) => (
    <SortHeader column={column} label={label} sort={sort} dir={dir} onSort={onSort} className={className}>
      <ColumnResizer columns={columns} spec={SPEC[id]!} label={label} />
    </SortHeader>
  );

  return (
    <div className="task-scroll" ref={setScrollBox}>
      <table
        className="table task-table rt-table"
        data-testid="task-table"
        aria-rowcount={total + 1}
        style={{ width: columns.total || undefined }}
      >
        <caption className="visually-hidden">{t('tasks.table.caption')}</caption>
        <ColumnGroup specs={COLUMNS} columns={columns} />
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="col-select">
              <input
                ref={selectAllRef}
                type="checkbox"
                checked={total > 0 && selectedCount === total}
                onChange={(e) => onSelectAll(e.target.checked)}
                aria-label={t('tasks.table.selectAll', { count: total })}
                data-testid="task-select-all"
              />
            </th>
            {header('code', 'code', t('tasks.columns.code'), 'col-code')}
            {header('title', 'title', t('tasks.columns.title'), 'col-title')}
            {header('pillar', 'pillar', t('tasks.columns.pillar'), 'col-pillar')}
            {header('leadAgency', 'agency', t('tasks.columns.agency'), 'col-agency')}
            {header('dueDate', 'due', t('tasks.columns.due'), 'col-due')}
            {header('progress', 'progress', t('tasks.columns.progress'), 'col-progress')}
            {header('situation', 'situation', t('tasks.columns.situation'), 'col-situation')}
            <th scope="col" className="col-actions">
              <span className="visually-hidden">{t('tasks.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={COLUMN_COUNT} style={{ height: paddingTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = pages.rowAt(item.index);
            return (
              <TaskRowView
                key={row?.id ?? `loading-${item.index}`}
                index={item.index}
                row={row}
                selected={row ? selected.has(row.id) : false}
                text={text}
                onToggle={onToggle}
                onOpen={onOpen}
                onQuick={onQuick}
              />
            );
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={COLUMN_COUNT} style={{ height: paddingBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
