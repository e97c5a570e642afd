// "Tạo nhiệm vụ từ các kết luận đã chọn": one dialog for several conclusions. The plan is common; code,
// pillar, lead agency and due date start from each conclusion and are edited per row. The backend's
// dry run (conclusions.previewTasks) says, row by row, what will be created, what is skipped because
// it already has a task, and what cannot be created and why; the write (conclusions.toTasks) does exactly
// that in one change set, undoable as one.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../shared/api/contract';
import type { Conclusion, ConclusionTaskPlan, MeetingDetail } from '../../../shared/api/types';
import { writeChange } from '../../api/writes';
import {
  agencyOptions,
  Button,
  DateInput,
  dateToText,
  ErrorBanner,
  Modal,
  planLabel,
  readDateText,
  Select,
  TextInput,
} from '../../components';
import { useApiQuery } from '../../hooks/useApiQuery';
import { defaultPlan, useAgencies, usePillars, usePlans, useSettings } from '../../hooks/useReferenceData';
import { offerUndo } from '../../stores/changes';
import { useWorkspace } from '../../stores/workspace';

interface Props {
  meeting: MeetingDetail;
  conclusions: readonly Conclusion[];
  onClose(): void;
  onDone(): void;
}

interface RowDraft {
  code: string;
  pillarId: string;
  leadAgencyId: string;
  due: string;
}

const draftOf = (c: Conclusion): RowDraft => ({
  code: '',
  pillarId: c.pillarId ?? '',
  leadAgencyId: c.agencyId ?? '',
  due: dateToText(c.dueDate),
});

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

export function ConclusionsToTasksDialog({ meeting, conclusions, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const plans = usePlans().filter((p) => !p.archivedAt);
  const pillars = usePillars().filter((p) => !p.archivedAt);
  const agencies = useAgencies().filter((a) => !a.archivedAt);
  const settings = useSettings();
  const remembered = useWorkspace((s) => s.planId);
  const initialPlan = plans.find((p) => p.id === remembered) ?? defaultPlan(plans, settings);
  const [planId, setPlanId] = useState(initialPlan?.id ?? '');
  const [drafts, setDrafts] = useState<Record<string, RowDraft>>(() =>
    Object.fromEntries(conclusions.map((c) => [c.id, draftOf(c)])),
  );
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const edit = (id: string, change: Partial<RowDraft>) =>
    setDrafts((d) => ({ ...d, [id]: { ...d[id]!, ...change } }));

  const badDates = conclusions.filter((c) => !readDateText(drafts[c.id]!.due).ok).map((c) => c.id);
  // The input of both calls; none while a date cannot be read or no plan is chosen.
  const input = useMemo((): Input<'conclusions.toTasks'> | null => {
    if (!planId || badDates.length > 0) return null;
    return {
      meetingId: meeting.id,
      items: conclusions.map((c) => {
        const d = drafts[c.id]!;
        const due = readDateText(d.due);
        return {
          conclusionId: c.id,
          planId,
          code: d.code.trim() || undefined,
          pillarId: d.pillarId || null,
          leadAgencyId: d.leadAgencyId || null,
          dueDate: due.ok ? due.value : null,
        };
      }),
    };
  }, [planId, badDates.length, meeting.id, conclusions, drafts]);
  const preview = useApiQuery('conclusions.previewTasks', input);
  const plan = preview.stale ? undefined : preview.data;
  const byId = new Map<string, ConclusionTaskPlan>((plan?.rows ?? []).map((r) => [r.conclusionId, r]));
  const ready = plan !== undefined && plan.create > 0 && plan.refuse === 0 && !busy;

  const submit = async () => {
    if (!input || !ready) return;
    setBusy(true);
    setFailure(null);
    try {
      const { value, changeSet } = await writeChange('conclusions.toTasks', input);
      offerUndo(
        t('meetings.batch.done', { count: value.created.length, skipped: value.skipped.length }),
        changeSet,
      );
      onDone();
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  const pillarOptions = pillars.map((p) => ({ value: p.id, label: p.name }));
  const agencyChoices = agencyOptions(agencies);
  return (
    <Modal
      open
      size="lg"
      testId="conclusions-to-tasks"
      title={t('meetings.batch.title')}
      subtitle={t('meetings.batch.subtitle', { count: conclusions.length, number: meeting.number })}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          <Button
            type="submit"
            variant="primary"
            busy={busy}
            disabled={!ready}
            data-testid="conclusions-to-tasks-submit"
          >
            {t('meetings.batch.submit', { count: plan?.create ?? 0 })}
          </Button>
        </>
      }
    >
      <ErrorBanner error={failure ?? preview.error} />
      {plans.length === 0 ? <p role="alert">{t('meetings.toTask.noPlan')}</p> : null}
      <div className="batch-plan">
        <label htmlFor="batch-plan">{t('meetings.toTask.plan')}</label>
        <Select
          id="batch-plan"
          value={planId}
          onChange={setPlanId}
          options={plans.map((p) => ({ value: p.id, label: planLabel(p) }))}
          placeholder={t('meetings.batch.choosePlan')}
          data-testid="batch-plan"
        />
      </div>
      <p className="batch-summary" role="status" aria-live="polite" data-testid="batch-summary">
        {plan
          ? t('meetings.batch.summary', { create: plan.create, skip: plan.skip, refuse: plan.refuse })
          : badDates.length > 0
            ? t('meetings.batch.fixDates')
            : t('meetings.batch.checking')}
      </p>
      <div className="batch-table-wrap">
        <table className="table batch-table" data-testid="batch-table">
          <caption className="visually-hidden">{t('meetings.batch.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('meetings.conclusions.seq')}
              </th>
              <th scope="col">{t('meetings.batch.conclusion')}</th>
              <th scope="col">{t('meetings.toTask.code')}</th>
              <th scope="col">{t('meetings.conclusions.pillar')}</th>
              <th scope="col">{t('meetings.batch.agency')}</th>
              <th scope="col">{t('meetings.conclusions.due')}</th>
            </tr>
          </thead>
          <tbody>
            {conclusions.map((c) => {
              const d = drafts[c.id]!;
              const row = byId.get(c.id);
              const skipped = c.task !== null;
              const field = (name: string) =>
                row?.action === 'refuse' && row.field === name ? true : undefined;
              const badDate = badDates.includes(c.id);
              return (
                <tr key={c.id} data-testid={`batch-row-${c.seq}`} data-action={row?.action ?? ''}>
                  <td className="num">{c.seq}</td>
                  <td className="batch-text">
                    <span title={c.text}>{short(c.text)}</span>
                    <RowVerdict row={row} />
                  </td>
                  <td>
                    <TextInput
                      value={d.code}
                      onChange={(e) => edit(c.id, { code: e.target.value })}
                      placeholder={row?.code ?? `KL${meeting.number}.${c.seq}`}
                      aria-label={t('meetings.batch.codeFor', { seq: c.seq })}
                      aria-invalid={field('code')}
                      disabled={skipped}
                      className="batch-code"
                    />
                  </td>
                  <td>
                    <Select
                      value={d.pillarId}
                      onChange={(v) => edit(c.id, { pillarId: v })}
                      options={pillarOptions}
                      placeholder={t('meetings.conclusionForm.none')}
                      aria-label={t('meetings.batch.pillarFor', { seq: c.seq })}
                      aria-invalid={field('pillarId')}
                      disabled={skipped}
                    />
                  </td>
                  <td>
                    <Select
                      value={d.leadAgencyId}
                      onChange={(v) => edit(c.id, { leadAgencyId: v })}
                      options={agencyChoices}
                      placeholder={t('meetings.conclusionForm.none')}
                      aria-label={t('meetings.batch.agencyFor', { seq: c.seq })}
                      aria-invalid={field('leadAgencyId')}
                      disabled={skipped}
                    />
                  </td>
                  <td>
                    <DateInput
                      value={d.due}
                      onChange={(v) => edit(c.id, { due: v })}
                      aria-label={t('meetings.batch.dueFor', { seq: c.seq })}
                      aria-invalid={badDate || field('dueDate')}
                      disabled={skipped}
                      className="batch-due"
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted small">{t('meetings.batch.explain')}</p>
    </Modal>
  );
}

/** What the dry run says of one row: the code it will get, or why it is skipped or refused. */
function RowVerdict({ row }: { row: ConclusionTaskPlan | undefined }) {
  const { t } = useTranslation();
  if (!row) return null;
  const text =
    row.action === 'create'
      ? t('meetings.batch.willCreate', { code: row.code })
      : row.action === 'skip'
        ? t('meetings.batch.willSkip', { reason: row.reason ?? '' })
        : t('meetings.batch.refused', { reason: row.reason ?? '' });
  return (
    <span className={`batch-verdict batch-${row.action}`} data-testid="batch-verdict">
      {text}
    </span>
  );
}
