// An agency's history from the audit log: created, edited, archived, merged (with what moved).
import { useTranslation } from 'react-i18next';
import type { Agency, AuditEntry } from '../../../shared/api/types';
import { ErrorBanner, Loading, Modal } from '../../components';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFormat } from '../../i18n/format';
import { AuditList } from '../indicators/AuditList';

const FIELD_LABELS: Record<string, string> = {
  code: 'catalog.agencyForm.code',
  name: 'catalog.agencyForm.name',
  shortName: 'catalog.agencyForm.shortName',
  kind: 'catalog.agencyForm.kind',
  email: 'catalog.agencyForm.email',
  validFrom: 'catalog.agencyForm.validFrom',
  validTo: 'catalog.agencyForm.validTo',
};

export function AgencyHistory({ agency, onClose }: { agency: Agency; onClose(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const history = useApiQuery('audit.list', { entity: 'agency', entityId: agency.id, limit: 200 });
  const describe = (e: AuditEntry) => {
    if (e.action === 'merge') {
      const after = e.after ?? {};
      const n = (k: string) => f.number(typeof after[k] === 'number' ? after[k] : 0);
      return t('catalog.history.merge', {
        tasks: n('movedTasks'),
        indicators: n('movedIndicators'),
        conclusions: n('movedConclusions'),
      });
    }
    if (e.action === 'update') {
      const fields = e.changed.filter((k) => k in FIELD_LABELS).map((k) => t(FIELD_LABELS[k]!).toLowerCase());
      return t('catalog.history.update', { fields: fields.join(', ') });
    }
    if (e.action === 'create' || e.action === 'archive') return t(`catalog.history.${e.action}`);
    return t('catalog.history.other', { action: e.action });
  };
  return (
    <Modal
      open
      size="lg"
      testId="agency-history"
      title={t('catalog.history.title', { name: agency.shortName || agency.name })}
      onClose={onClose}
    >
      <ErrorBanner error={history.error} onRetry={history.refetch} />
      {history.data ? (
        <AuditList entries={history.data} describe={describe} empty={t('catalog.history.empty')} />
      ) : history.error ? null : (
        <Loading />
      )}
    </Modal>
  );
}
