// A task's history: the actions that changed it, newest first (a form save, a bulk update of many
// tasks, a merge of agencies, an undo), each with the fields it changed as before → after in words
// and "Hoàn tác".
import { useTranslation } from 'react-i18next';
import { ChangeHistory } from '../changes/ChangeHistory';

export function TaskHistory({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  return (
    <ChangeHistory entity="task" entityId={taskId} testId="task-history" empty={t('tasks.history.empty')} />
  );
}
