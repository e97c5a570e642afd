// Merging an agency into its successor, as in the 2025 restructuring (Sở Thông tin và Truyền thông into
// Sở Khoa học và Công nghệ). Before anything moves, the dialog says how many open tasks and indicators
// will move; agencies.merge then moves them in one transaction and archives the old agency.
import { useMemo, useRef } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { contract } from '../../../shared/api/contract';
import type { Agency, ChangeSetRef } from '../../../shared/api/types';
import type { IsoDate } from '../../../shared/domain';
import { writeChange } from '../../api/writes';
import { Button, ErrorBanner, Modal, dateToText, agencyOptions } from '../../components';
import { checkedForm, dateText, FormDate, FormSelect, useRecordForm } from '../../components/form';
import { useApiQuery } from '../../hooks/useApiQuery';
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

interface Draft {
  intoId: string;
  on: string;
}
const ORDER = ['intoId', 'on'] as const;

/** The successor and the date, checked with agencies.merge's own schema, in the dialog's words. */
const mergeSchema = (messages: Record<keyof Draft, string>) =>
  checkedForm(
    z.object({ intoId: z.string(), on: dateText() }),
    contract['agencies.merge'].input.omit({ fromId: true }),
    messages,
  );

export function MergeDialog({ from, candidates, today, onClose, onMerged }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const body = useRef<HTMLDivElement>(null);
  const schema = useMemo(
    () => mergeSchema({ intoId: t('catalog.merge.intoRequired'), on: t('catalog.merge.onRequired') }),
    [t],
  );
  const form = useRecordForm<Draft, z.output<typeof schema>>(
    { schema, initial: { intoId: '', on: dateToText(today) }, order: ORDER },
    () => body.current,
  );
  const { busy, unsaved } = form;
  const indicators = useApiQuery('indicators.list', { leadAgencyId: from.id });
  const into = candidates.find((a) => a.id === form.methods.watch('intoId')) ?? null;
  const counts = {
    tasks: f.number(from.openTaskCount),
    indicators: f.number(indicators.data?.length ?? 0),
    from: nameOf(from),
  };

  const submit = () =>
    form.submit(async ({ intoId, on }) => {
      const { value: moved, changeSet } = await writeChange('agencies.merge', {
        fromId: from.id,
        intoId,
        on,
      });
      const successor = candidates.find((a) => a.id === intoId);
      if (successor) onMerged({ from, into: successor, ...moved, changeSet });
    }, false);

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
      <FormProvider {...form.methods}>
        <div className="form-grid" ref={body}>
          <FormSelect<Draft>
            name="intoId"
            label={t('catalog.merge.into')}
            required
            className="span-2"
            placeholder={t('input.selectPlaceholder')}
            options={agencyOptions(
              candidates.filter((a) => a.id !== from.id),
              (a) => a.name,
            )}
            testId="merge-into"
          />
          <FormDate<Draft> name="on" label={t('catalog.merge.on')} required />
        </div>
      </FormProvider>
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
