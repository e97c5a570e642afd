// An agency's history: created, edited, archived, merged (with what moved), each action with "Hoàn tác".
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../shared/api/types';
import { Modal } from '../../components';
import { ChangeHistory } from '../changes/ChangeHistory';

export function AgencyHistory({ agency, onClose }: { agency: Agency; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      size="lg"
      testId="agency-history"
      title={t('catalog.history.title', { name: agency.shortName || agency.name })}
      onClose={onClose}
    >
      <ChangeHistory entity="agency" entityId={agency.id} empty={t('catalog.history.empty')} />
    </Modal>
  );
}
