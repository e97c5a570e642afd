// The history of one record (a task, an agency, an indicator) as the actions that changed it. It reloads
// by itself after an undo anywhere (useApiQuery follows the data version).
import { useTranslation } from 'react-i18next';
import type { CHANGE_ENTITIES } from '../../../shared/api/contract';
import { ErrorBanner, Loading } from '../../components';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ChangeList } from './ChangeList';
import './strings';

interface Props {
  entity: (typeof CHANGE_ENTITIES)[number];
  entityId: string;
  testId?: string;
  empty?: string;
}

export function ChangeHistory({ entity, entityId, testId, empty }: Props) {
  const { t } = useTranslation();
  const history = useApiQuery('changes.list', { entity, entityId, limit: 100 });
  if (history.error) return <ErrorBanner error={history.error} onRetry={history.refetch} />;
  if (!history.data) return <Loading label={t('history.loading')} />;
  return <ChangeList views={history.data} empty={empty} testId={testId} />;
}
