// What the task page shows under its filters: the table, or why there is none (loading, an error, no
// match for the filters, no plan yet, an empty plan), each with the way on.
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ErrorBanner, Loading } from '../../components';
import { routeHref } from '../../stores/route';
import { TaskTable, type TaskTableProps } from './TaskTable';

export interface TaskListBodyProps extends Omit<TaskTableProps, 'total'> {
  hasFilters: boolean;
  hasPlans: boolean;
  onClearFilters(): void;
  onAdd(): void;
}

export function TaskListBody({ hasFilters, hasPlans, onClearFilters, onAdd, ...table }: TaskListBodyProps) {
  const { t } = useTranslation();
  const { pages } = table;
  const total = pages.total;
  if (pages.error) return <ErrorBanner error={pages.error} onRetry={pages.retry} />;
  if (total === null) return <Loading />;
  if (total > 0) return <TaskTable {...table} total={total} />;
  if (hasFilters)
    return (
      <EmptyState
        title={t('tasks.table.noMatch')}
        action={<Button onClick={onClearFilters}>{t('tasks.filters.clear')}</Button>}
      >
        <p>{t('tasks.table.noMatchHint')}</p>
      </EmptyState>
    );
  if (!hasPlans)
    return (
      <EmptyState
        title={t('tasks.form.noPlan')}
        action={
          <a className="btn btn-primary" href={routeHref('plans')}>
            {t('nav.plans')}
          </a>
        }
      />
    );
  return (
    <EmptyState
      title={t('tasks.table.empty')}
      action={
        <Button variant="primary" onClick={onAdd}>
          {t('tasks.add')}
        </Button>
      }
    >
      <p>{t('tasks.table.emptyHint')}</p>
    </EmptyState>
  );
}
