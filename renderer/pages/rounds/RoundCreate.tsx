// A new round on the form kit: the period (the plan's quarters, halves, nine months and years), the
// deadline (dd/mm/yyyy), and the agencies asked (none chosen: every agency with a task or an indicator of
// the plan). The shared roundCreate schema checks it in the form and again in the backend.
import { useMemo, useRef } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { roundCreate } from '../../../shared/api/sheetSchemas';
import type { Plan } from '../../../shared/api/types';
import type { IsoDate } from '../../../shared/domain';
import { isoDate } from '../../../shared/dates';
import { parsePeriod, periodKeys, quarterOf } from '../../../shared/rules/periods';
import { write } from '../../api/writes';
import { FormAlert, FormButtons, Modal, agencyOptions, dateToText } from '../../components';
import {
  FormDate,
  FormMultiSelect,
  FormSelect,
  checkedForm,
  dateText,
  useRecordForm,
} from '../../components/form';
import { useAgencies } from '../../hooks/useReferenceData';
import { useFormat } from '../../i18n/format';
import { showStatus } from '../../stores/status';
import { periodLabel } from '../../i18n/periodLabel';

interface RoundDraft {
  period: string;
  dueDate: string;
  agencyIds: string[];
}
const ORDER: readonly (keyof RoundDraft)[] = ['period', 'dueDate', 'agencyIds'];

/** The quarter of the reference date (within the plan), due on the 20th of its last month. */
function firstDraft(plan: Plan, today: IsoDate | null): RoundDraft {
  const year = Math.min(plan.yearTo, Math.max(plan.yearFrom, Number((today ?? '2026').slice(0, 4))));
  const current = today && Number(today.slice(0, 4)) === year ? quarterOf(today) : parsePeriod(`${year}-Q4`);
  const q = current?.quarter ?? 4;
  return {
    period: current?.key ?? `${year}-Q4`,
    dueDate: dateToText(isoDate(year, q * 3, 20)),
    agencyIds: [],
  };
}

export function RoundCreate({
  plan,
  today,
  onClose,
  onCreated,
}: {
  plan: Plan;
  today: IsoDate | null;
  onClose(): void;
  onCreated(id: string): void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const agencies = useAgencies();
  const body = useRef<HTMLDivElement>(null);
  const schema = useMemo(
    () =>
      checkedForm(
        z.object({ period: z.string(), dueDate: dateText(), agencyIds: z.array(z.string()) }),
        z
          .custom<{ period: string; dueDate: string | null; agencyIds: string[] }>()
          .transform((v) => ({
            planId: plan.id,
            period: v.period,
            dueDate: v.dueDate ?? '',
            ...(v.agencyIds.length ? { agencyIds: v.agencyIds } : {}),
          }))
          .pipe(roundCreate),
      ),
    [plan.id],
  );
  const form = useRecordForm({ schema, initial: firstDraft(plan, today), order: ORDER }, () => body.current);
  const periods = [];
  for (let y = plan.yearFrom; y <= plan.yearTo; y++) periods.push(...periodKeys(y));

  const save = async () => {
    await form.submit(async (input) => {
      const round = await write('rounds.create', input);
      showStatus(
        t('rounds.create.done', {
          period: periodLabel(round.period),
          due: f.date(round.dueDate),
          count: round.counts.total,
        }),
      );
      onCreated(round.id);
    }, false);
  };

  return (
    <Modal
      open
      title={t('rounds.create.title')}
      subtitle={plan.code}
      onClose={onClose}
      beforeClose={form.unsaved.confirmLeave}
      size="md"
      onSubmit={() => void save()}
      testId="round-create"
      footer={
        <FormButtons
          busy={form.busy}
          onCancel={form.unsaved.guard(onClose)}
          saveLabel={t('rounds.create.save')}
          saveTestId="round-create-save"
        />
      }
    >
      <FormProvider {...form.methods}>
        <div ref={body}>
          <FormAlert errors={form.errors} failure={form.failure} notice={form.notice} />
          <div className="form-grid">
            <FormSelect<RoundDraft>
              name="period"
              label={t('rounds.create.period')}
              required
              options={periods.map((k) => ({ value: k, label: periodLabel(k) }))}
              testId="round-period"
            />
            <FormDate<RoundDraft>
              name="dueDate"
              label={t('rounds.create.due')}
              hint={t('rounds.create.dueHint')}
              required
              testId="round-due"
            />
            <FormMultiSelect<RoundDraft>
              name="agencyIds"
              label={t('rounds.create.agencies')}
              emptyText={t('rounds.create.allAgencies')}
              options={agencyOptions(agencies.filter((a) => !a.archivedAt))}
              className="span-2"
              testId="round-agencies"
            />
            <p className="field-hint span-2">{t('rounds.create.agenciesHint')}</p>
          </div>
        </div>
      </FormProvider>
    </Modal>
  );
}
