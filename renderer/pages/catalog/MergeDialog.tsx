// Merging an agency into its successor, as in the 2025 restructuring (Sở Thông tin và Truyền thông into
// Sở Khoa học và Công nghệ). Before anything moves, the dialog says how many open tasks and indicators
// will move; agencies.merge then moves them in one transaction and archives the old agency.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency, ChangeSetRef } from '../../../shared/api/types';
import type { IsoDate } from '../../../shared/domain';
import { writeChange } from '../../api/writes';
import {
  Button,
  DateInput,
  ErrorBanner,
  Field,
  Modal,
  Select,
  dateToText,
  readDateText,
  useFormSave,
  type FieldErrors,
  agencyOptions,
} from '../../components';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';
import { useFormat } from '../../i18n/format';

export interface MergeOutcome {
  from: Agency;
  into: Agency;
  movedTasks: number;
  movedIndicators: number;
  movedConclusions: number;
  /** The change set of the merge, for "Hoàn tác". */
  changeSet: ChangeSetRef | null;
}

interface Props {
  from: Agency;
  /** Active agencies the old one may merge into. */
  candidates: Agency[];
  today: IsoDate | null;
  onClose(): void;
  onMerged(outcome: MergeOutcome): void;
}

const nameOf = (a: Agency) => a.shortName || a.name;

export function MergeDialog({ from, candidates, today, onClose, onMerged }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const [intoId, setIntoId] = useState('');
  const [on, setOn] = useState(dateToText(today));
  const form = useFormSave();
  const unsaved = useUnsavedChanges(intoId !== '' || on !== dateToText(today), `${intoId}|${on}`);
  const { errors, busy } = form;
  const indicators = useApiQuery('indicators.list', { leadAgencyId: from.id });
  const into = candidates.find((a) => a.id === intoId) ?? null;
  const counts = {
    tasks: f.number(from.openTaskCount),
    indicators: f.number(indicators.data?.length ?? 0),
    from: nameOf(from),
  };

  async function submit() {
    const date = readDateText(on);
    const found: FieldErrors = {};
    if (!into) found.intoId = t('catalog.merge.intoRequired');
    if (!date.ok || date.value === null) found.on = t('catalog.merge.onRequired');
    if (!form.check(found) || !into || !date.ok || date.value === null) return;
    const mergedOn = date.value;
    await form.save(async () => {
      const { value: moved, changeSet } = await writeChange('agencies.merge', {
        fromId: from.id,
        intoId: into.id,
        on: mergedOn,
      });
      unsaved.settled();
      onMerged({ from, into, ...moved, changeSet });
    });
  }

  return (
    <Modal
      open
      testId="merge-dialog"
      title={t('catalog.merge.title')}
      subtitle={from.name}
      onClose={onClose}
      beforeClose={unsaved.confirmLeave}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={unsaved.guard(onClose)}>{t('app.cancel')}</Button>
          <Button
            type="submit"
            variant="primary"
            busy={busy}
            disabled={indicators.loading}
            data-testid="confirm-merge"
          >
            {t('catalog.merge.confirm')}
          </Button>
        </>
      }
    >
      <ErrorBanner error={form.failure} />
      <div className="form-grid">
        <Field label={t('catalog.merge.into')} required error={errors.intoId} className="span-2">
          {(c) => (
            <Select
              {...c}
              value={intoId}
              placeholder={t('input.selectPlaceholder')}
              options={agencyOptions(
                candidates.filter((a) => a.id !== from.id),
                (a) => a.name,
              )}
              onChange={(value) => {
                setIntoId(value);
                form.edited(['intoId']);
              }}
              data-testid="merge-into"
            />
          )}
        </Field>
        <Field label={t('catalog.merge.on')} required error={errors.on}>
          {(c) => (
            <DateInput
              {...c}
              value={on}
              onChange={(value) => {
                setOn(value);
                form.edited(['on']);
              }}
            />
          )}
        </Field>
      </div>
      <div className="merge-effect" data-testid="merge-effect" aria-live="polite">
        {indicators.loading ? (
          <p>{t('catalog.merge.counting')}</p>
        ) : (
          <>
            <p className="merge-effect-main">
              {into
                ? t('catalog.merge.effect', { ...counts, into: nameOf(into) })
                : t('catalog.merge.effectNoTarget', counts)}
            </p>
            <p className="muted">{t('catalog.merge.keep', { from: nameOf(from) })}</p>
          </>
        )}
      </div>
    </Modal>
  );
}
