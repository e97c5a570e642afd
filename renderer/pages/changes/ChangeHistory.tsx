// The history of one record (a task, an agency, an indicator) as the actions that changed it. Every write
// and undo invalidates it (api/writes), so it follows by itself.
import { useTranslation } from 'react-i18next';
import type { CHANGE_ENTITIES } from '../../../shared/api/contract';
import { QueryView } from '../../components';
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
  return (
    <QueryView query={history} loadingLabel={t('history.loading')}>
      {(views) => <ChangeList views={views} empty={empty} testId={testId} />}
    </QueryView>
  );
}
