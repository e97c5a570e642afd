import './tasks/tasks.css';
import './tasks/strings';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskRow } from '../../shared/api/types';
import { useRangeSelection, type SortDir } from '../components';
import { useReferenceData } from '../hooks/useReferenceData';
import { ALL_PLANS_OPTION, useWorkspaceView } from '../hooks/useWorkspaceView';
import { useFormat } from '../i18n/format';
import { useRoute } from '../stores/route';
import { describeFilters } from './tasks/filterSummary';
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

// The drawers and the bulk bar load when first needed (and in the background once the rows are up), so
// the first rows wait only on the list's own code, not on the forms and their schemas.
const loadEditor = () => import('./tasks/TaskEditor');
const loadQuick = () => import('./tasks/QuickUpdate');
const loadBulk = () => import('./tasks/BulkUpdateBar');
const TaskEditor = lazy(async () => ({ default: (await loadEditor()).TaskEditor }));
const QuickUpdate = lazy(async () => ({ default: (await loadQuick()).QuickUpdate }));
const BulkUpdateBar = lazy(async () => ({ default: (await loadBulk()).BulkUpdateBar }));

/**
 * Nhiệm vụ: the filtered, virtualised task list with quick, full and bulk updates. This component wires
 * the parts together: filters (in the address), the list (useTaskList), the selection, the drawers.
 */
export function TasksPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const params = useRoute((s) => s.params);
  const setParams = useRoute((s) => s.setParams);
  const view = useWorkspaceView(params, ALL_PLANS_OPTION);
  const { plans, pillars, agencies } = useReferenceData();

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
  const rowsShown = pages.total !== null;
  useEffect(() => {
    if (!rowsShown) return;
    const id = setTimeout(() => void Promise.all([loadEditor(), loadQuick(), loadBulk()]), 300);
    return () => clearTimeout(id);
  }, [rowsShown]);

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
        <Suspense fallback={null}>
          <BulkUpdateBar
            ids={[...selection.selected]}
            today={view.today}
            onClear={selection.clear}
            onDone={selection.clear}
          />
        </Suspense>
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
      <Suspense fallback={null}>
        {quick ? (
          <QuickUpdate
            row={quick.row}
            anchor={quick.anchor}
            today={view.today}
            onClose={() => setQuick(null)}
          />
        ) : null}
        {editorTarget ? (
          <TaskEditor
            target={editorTarget}
            today={view.today}
            onClose={() => {
              setCreating(null);
              if (params.open) setParams({ open: null });
            }}
          />
        ) : null}
      </Suspense>
    </div>
  );
}
