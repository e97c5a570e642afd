import './tasks/tasks.css';
import './tasks/strings';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskRow } from '../../shared/api/types';
import {
  Button,
  EmptyState,
  ErrorBanner,
  Loading,
  PageHeader,
  PlanSelector,
  ReferenceDateSelector,
  useRangeSelection,
  type SortDir,
} from '../components';
import { ALL_PLANS, useWorkspaceView } from '../hooks/useWorkspaceView';
import { useFormat } from '../i18n/format';
import { useDataVersion } from '../stores/changes';
import { useReferenceData } from '../stores/referenceData';
import { routeHref, useRoute } from '../stores/route';
import { useWorkspace } from '../stores/workspace';
import { BulkUpdateBar } from './tasks/BulkUpdateBar';
import { QuickUpdate } from './tasks/QuickUpdate';
import { TaskEditor, type EditorTarget } from './tasks/TaskEditor';
import { TaskFilterBar } from './tasks/TaskFilterBar';
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
import { TaskTable } from './tasks/TaskTable';
import { describeFilters } from './tasks/filterSummary';
import { usePrintRows } from './tasks/usePrintRows';
import { useTaskPages } from './tasks/useTaskPages';

/** Nhiệm vụ: the filtered, virtualised task list with quick, full and bulk updates. */
export function TasksPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const params = useRoute((s) => s.params);
  const setParams = useRoute((s) => s.setParams);
  const view = useWorkspaceView(params, { allowAllPlans: true });
  const { setPlanId, setAt } = useWorkspace();
  const { plans, pillars, agencies } = useReferenceData();
  const reloadReference = useReferenceData((s) => s.reload);

  const filters = useMemo(() => filtersFromParams(params), [params]);
  const input = view.ready && view.at ? listInput(filters, view.planId, view.at) : null;
  const queryKey = JSON.stringify(input);
  const pages = useTaskPages(input);
  const total = pages.total ?? 0;
  // An undo or redo (from a history, the status line) may have changed any task on screen.
  const dataVersion = useDataVersion((s) => s.version);
  const { reload: reloadPages } = pages;
  useEffect(() => {
    if (dataVersion > 0) reloadPages();
  }, [dataVersion, reloadPages]);

  const idAt = useCallback((i: number) => pages.rowAt(i)?.id, [pages]);
  const selection = useRangeSelection(idAt);
  const { clear: clearSelection } = selection;
  useEffect(() => clearSelection(), [queryKey, clearSelection]);

  // Tests and the benchmark wait on this, never on a timer: '1' once the current filters' first page is on screen.
  useEffect(() => {
    document.body.dataset.taskListReady = pages.total === null ? '0' : '1';
  }, [pages.total, queryKey]);
  useEffect(() => () => void delete document.body.dataset.taskListReady, []);

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
  const afterSave = useCallback(
    (task: TaskRow | null) => {
      if (task) pages.patchRow(task);
      pages.reload();
      void reloadReference(); // plan task counts
    },
    [pages, reloadReference],
  );
  const onSelectAll = useCallback(
    async (all: boolean) =>
      all ? selection.setAll((await pages.fetchAll()).map((r) => r.id)) : selection.clear(),
    [pages, selection],
  );

  const addTask = () => {
    const planId = view.planId ?? plans[0]?.id;
    if (planId) setCreating(planId);
  };

  const planValue = params.planId === ALL_PLANS ? '' : (view.planId ?? '');
  const subtitle =
    pages.total === null || !view.at
      ? t('app.loading')
      : t(view.planId ? 'tasks.subtitle' : 'tasks.subtitleAll', {
          count: fmt.number(total),
          date: fmt.date(view.at),
        });

  let body;
  if (pages.error) body = <ErrorBanner error={pages.error} onRetry={pages.reload} />;
  else if (pages.total === null) body = <Loading />;
  else if (total === 0 && hasFilters(filters))
    body = (
      <EmptyState
        title={t('tasks.table.noMatch')}
        action={<Button onClick={() => changeFilters(CLEARED_FILTERS)}>{t('tasks.filters.clear')}</Button>}
      >
        <p>{t('tasks.table.noMatchHint')}</p>
      </EmptyState>
    );
  else if (total === 0 && plans.length === 0)
    body = (
      <EmptyState
        title={t('tasks.form.noPlan')}
        action={
          <a className="btn btn-primary" href={routeHref('plans')}>
            {t('nav.plans')}
          </a>
        }
      />
    );
  else if (total === 0)
    body = (
      <EmptyState
        title={t('tasks.table.empty')}
        action={
          <Button variant="primary" onClick={addTask}>
            {t('tasks.add')}
          </Button>
        }
      >
        <p>{t('tasks.table.emptyHint')}</p>
      </EmptyState>
    );
  else
    body = (
      <TaskTable
        pages={pages}
        total={total}
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
    );

  return (
    <div className="tasks-page">
      <PageHeader
        title={t('tasks.title')}
        subtitle={<span data-testid="task-count">{subtitle}</span>}
        actions={
          <>
            <PlanSelector
              value={planValue}
              allowAll
              onChange={(planId) => {
                if (planId) setPlanId(planId);
                setParams({ planId: planId || ALL_PLANS });
              }}
            />
            <ReferenceDateSelector
              value={view.at}
              today={view.today}
              onChange={(at) => {
                setAt(at);
                setParams({ at });
              }}
            />
            <Button onClick={() => void print.printAll()} busy={print.preparing} disabled={total === 0}>
              {print.preparing ? t('tasks.preparingPrint') : t('tasks.printList')}
            </Button>
            <Button variant="primary" onClick={addTask} disabled={plans.length === 0} data-testid="task-add">
              {t('tasks.add')}
            </Button>
          </>
        }
      />
      <TaskFilterBar
        filters={filters}
        onChange={changeFilters}
        onClear={() => changeFilters(CLEARED_FILTERS)}
      />
      {selection.selected.size > 0 ? (
        <BulkUpdateBar
          ids={[...selection.selected]}
          today={view.today}
          onClear={selection.clear}
          onDone={() => {
            selection.clear();
            afterSave(null);
          }}
        />
      ) : null}
      <div className="task-body no-print">{body}</div>
      {print.rows ? (
        <TaskPrintTable
          rows={print.rows}
          total={total}
          planTitle={view.plan?.title ?? null}
          at={view.at}
          filters={describeFilters(filters, t, fmt, { pillars, agencies })}
        />
      ) : null}
      <QuickUpdate
        row={quick?.row ?? null}
        anchor={quick?.anchor ?? null}
        today={view.today}
        onClose={() => setQuick(null)}
        onSaved={afterSave}
      />
      <TaskEditor
        target={editorTarget}
        today={view.today}
        onClose={() => {
          setCreating(null);
          if (params.open) setParams({ open: null });
        }}
        onSaved={afterSave}
      />
    </div>
  );
}
