// The task page's title line: how many tasks at which date, the plan and the reference date shown,
// printing the list, exporting it to Excel (with its filters and sort), and adding a task.
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Button, PageHeader, PlanSelector, ReferenceDateSelector } from '../../components';
import { ALL_PLANS, type WorkspaceView } from '../../hooks/useWorkspaceView';
import { useFormat } from '../../i18n/format';
import { useRoute } from '../../stores/route';
import { useWorkspace } from '../../stores/workspace';
import { ExportButton } from '../sheets/ExportButton';
import type { TaskListInput } from './taskQuery';

export interface TasksHeaderProps {
  view: WorkspaceView;
  /** null while the first rows of the current filters are on their way. */
  total: number | null;
  canAdd: boolean;
  onAdd(): void;
  printing: boolean;
  onPrint(): void;
  /** The list's filters and sort as shown, for "Xuất Excel"; null until they are known. */
  exportInput: TaskListInput | null;
}

export function TasksHeader({
  view,
  total,
  canAdd,
  onAdd,
  printing,
  onPrint,
  exportInput,
}: TasksHeaderProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const params = useRoute((s) => s.params);
  const setParams = useRoute((s) => s.setParams);
  const { setPlanId, setAt } = useWorkspace();
  const planValue = params.planId === ALL_PLANS ? '' : (view.planId ?? '');
  const subtitle =
    total === null || !view.at
      ? t('app.loading')
      : t(view.planId ? 'tasks.subtitle' : 'tasks.subtitleAll', {
          count: fmt.number(total),
          date: fmt.date(view.at),
        });
  return (
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
          <Button onClick={onPrint} busy={printing} disabled={!total}>
            {printing ? t('tasks.preparingPrint') : t('tasks.printList')}
          </Button>
          <ExportButton
            testId="tasks-export"
            disabled={!total}
            run={exportInput ? () => api.call('exports.tasks', exportInput) : null}
          />
          <Button variant="primary" onClick={onAdd} disabled={!canAdd} data-testid="task-add">
            {t('tasks.add')}
          </Button>
        </>
      }
    />
  );
}
