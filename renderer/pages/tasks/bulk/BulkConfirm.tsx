// "Cập nhật N nhiệm vụ?": exactly what the bulk update will change, field by field in words, with how
// many of the selected tasks each field changes.
import { useTranslation } from 'react-i18next';
import type { BulkFieldChange, BulkPreview } from '../../../../shared/api/types';
import { Button, Modal } from '../../../components';
import { useAgencies, usePillars } from '../../../hooks/useReferenceData';
import { useFormat } from '../../../i18n/format';

export interface BulkConfirmProps {
  preview: BulkPreview | null;
  selected: number;
  busy: boolean;
  onCancel(): void;
  onApply(): void;
}

export function BulkConfirm({ preview, selected, busy, onCancel, onApply }: BulkConfirmProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const agencies = useAgencies();
  const pillars = usePillars();
  const nameOf = (list: readonly { id: string; name: string; shortName?: string | null }[], id: string) => {
    const found = list.find((x) => x.id === id);
    return found ? found.shortName || found.name : id;
  };
  const valueText = (c: BulkFieldChange): string => {
    if (c.value === null) return t('tasks.bulk.cleared');
    switch (c.field) {
      case 'state':
        return t(`taskState.${String(c.value)}`);
      case 'progress':
        return `${fmt.number(Number(c.value))}%`;
      case 'leadAgencyId':
        return nameOf(agencies, String(c.value));
      case 'pillarId':
        return nameOf(pillars, String(c.value));
      default:
        return fmt.date(String(c.value));
    }
  };
  const changing = preview?.fields.filter((c) => c.changes > 0) ?? [];
  return (
    <Modal
      open
      title={t('tasks.bulk.confirmTitle', { count: preview?.changedTasks ?? 0 })}
      onClose={onCancel}
      size="sm"
      testId="bulk-confirm"
      footer={
        <>
          <Button onClick={onCancel}>{t('app.cancel')}</Button>
          <Button
            variant="primary"
            busy={busy}
            disabled={changing.length === 0}
            onClick={onApply}
            data-testid="bulk-confirm-apply"
          >
            {t('tasks.bulk.apply')}
          </Button>
        </>
      }
    >
      {changing.length === 0 ? (
        <p>{t('tasks.bulk.nothingChanges', { count: selected })}</p>
      ) : (
        <>
          <p>{t('tasks.bulk.confirmText')}</p>
          <ul className="bulk-summary" data-testid="bulk-summary">
            {changing.map((c) => (
              <li key={c.field}>
                {t(`tasks.fields.${c.field}`)}: <strong>{valueText(c)}</strong>{' '}
                <span className="muted">
                  {t('tasks.bulk.changes', { count: c.changes, selected: preview?.selected ?? selected })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Modal>
  );
}
