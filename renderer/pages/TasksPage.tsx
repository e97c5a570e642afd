import './tasks/tasks.css';
import './tasks/strings';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskRow } from '../../shared/api/types';
import { useRangeSelection, type SortDir } from '../components';
import { useAgencies, usePillars, usePlans } from '../hooks/useReferenceData';
import { ALL_PLANS_OPTION, useWorkspaceView } from '../hooks/useWorkspaceView';
import { useFormat } from '../i18n/format';
import { useRoute } from '../stores/route';
import { describeFilters } from './tasks/filterSummary';
import { BulkDrawer, TaskDrawers, usePreloadDrawers } from './tasks/TaskDrawers';
import type { EditorTarget } from './tasks/TaskEditor';
import { TaskFilterBar } from './tasks/TaskFilterBar';
import { TaskListBody } from './tasks/TaskListBody';
import { TaskPrintTable } from './tasks/TaskPrintTable';
import {
  CLEARED_FILTERS,
  filterParams,
  filtersFromParams,
  hasFilters,
  listInput,
  type TaskFilters,
  type TaskSort,
} from './tasks/taskQuery';
import { TasksHeader } from './tasks/TasksHeader';
import { usePrintRows } from './tasks/usePrintRows';
import { useTaskList } from './tasks/useTaskList';
import { scrollByScreen, useShortcut } from '../shortcuts/handlers';

/**
 * Nhiệm vụ: the filtered, virtualised task list with quick, full and bulk updates. The parts: the header
 * (TasksHeader), the filters bar (TaskFilterBar, the filters live in the address), the list (useTaskList
 * reads it, TaskListBody shows it), the drawers (TaskDrawers). This page wires them to one another.
 */
export function TasksPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const params = useRoute((s) => s.params);
  const setParams = useRoute((s) => s.setParams);
  const view = useWorkspaceView(params, ALL_PLANS_OPTION);
  const plans = usePlans();
  const pillars = usePillars();
  const agencies = useAgencies();

  const filters = useMemo(() => filtersFromParams(params), [params]);
  // A link naming the plan and the date needs no shared list to ask for its rows (prefetchTaskList).
  const named = Boolean(params.planId && params.at);
  const input = (view.ready || named) && view.at ? listInput(filters, view.planId, view.at) : null;
  const queryKey = JSON.stringify(input);
  const pages = useTaskList(input);
  const total = pages.total ?? 0;

  const idAt = useCallback((i: number) => pages.rowAt(i)?.id, [pages]);
  const selection = useRangeSelection(idAt);
  const { clear: clearSelection } = selection;
  useEffect(() => clearSelection(), [queryKey, clearSelection]);

  // Tests and the benchmark wait on this, never on a timer: '1' once the current filters' first rows are on screen.
  useEffect(() => {
    document.body.dataset.taskListReady = pages.total === null ? '0' : '1';
  }, [pages.total, queryKey]);
  useEffect(() => () => void delete document.body.dataset.taskListReady, []);
  usePreloadDrawers(pages.total !== null);

  const [quick, setQuick] = useState<{ row: TaskRow; anchor: DOMRect } | null>(null);
  const [creating, setCreating] = useState<string | null>(null);
  const editorTarget: EditorTarget | null = params.open
    ? { mode: 'edit', id: params.open }
    : creating
      ? { mode: 'create', planId: creating }
      : null;

  const print = usePrintRows(pages, total);

  const changeFilters = useCallback(
    (change: Partial<TaskFilters>) => setParams(filterParams(change)),
    [setParams],
  );
  const onSort = useCallback((sort: TaskSort, dir: SortDir) => changeFilters({ sort, dir }), [changeFilters]);
  const onOpen = useCallback((id: string) => setParams({ open: id }), [setParams]);
  const onQuick = useCallback((row: TaskRow, anchor: DOMRect) => setQuick({ row, anchor }), []);
  const onSelectAll = useCallback(
    async (all: boolean) =>
      all ? selection.setAll((await pages.fetchAll()).map((r) => r.id)) : selection.clear(),
    [pages, selection],
  );
  const clearFilters = () => changeFilters(CLEARED_FILTERS);
  const addTask = () => {
    const planId = view.planId ?? plans[0]?.id;
    if (planId) setCreating(planId);
  };

  useShortcut('new', addTask);
  // The list is one virtualised scroll: Alt+→ / Alt+← move it by a screen, as a next page would.
  useShortcut('nextPage', () => scrollByScreen('.tasks-page .task-scroll', 1));
  useShortcut('prevPage', () => scrollByScreen('.tasks-page .task-scroll', -1));

  return (
    <div className="tasks-page">
      <TasksHeader
        view={view}
        total={pages.total}
        canAdd={plans.length > 0}
        onAdd={addTask}
        printing={print.preparing}
        onPrint={() => void print.printAll()}
        exportInput={input}
      />
      <TaskFilterBar filters={filters} onChange={changeFilters} onClear={clearFilters} />
      {selection.selected.size > 0 ? (
        <BulkDrawer
          ids={[...selection.selected]}
          today={view.today}
          onClear={selection.clear}
          onDone={selection.clear}
        />
      ) : null}
      <div className="task-body no-print">
        <TaskListBody
          hasFilters={hasFilters(filters)}
          hasPlans={plans.length > 0}
          onClearFilters={clearFilters}
          onAdd={addTask}
          pages={pages}
          queryKey={queryKey}
          sort={filters.sort}
          dir={filters.dir}
          onSort={onSort}
          selected={selection.selected}
          onSelectAll={(all) => void onSelectAll(all)}
          onToggle={selection.toggle}
          onOpen={onOpen}
          onQuick={onQuick}
          at={view.at}
        />
      </div>
      {print.rows ? (
        <TaskPrintTable
          rows={print.rows}
          total={total}
          planTitle={view.plan?.title ?? null}
          at={view.at}
          filters={describeFilters(filters, t, fmt, { pillars, agencies })}
        />
      ) : null}
      <TaskDrawers
        quick={quick}
        editor={editorTarget}
        today={view.today}
        onCloseQuick={() => setQuick(null)}
        onCloseEditor={() => {
          setCreating(null);
          if (params.open) setParams({ open: null });
        }}
      />
    </div>
  );
}
