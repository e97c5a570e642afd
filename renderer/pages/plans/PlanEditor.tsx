import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/api/types';
import { PLAN_STATES, type PlanState } from '../../../shared/domain';
import { api } from '../../api/client';
import {
  Button,
  DateInput,
  ErrorBanner,
  Field,
  Modal,
  Select,
  TextArea,
  TextInput,
  apiFieldErrors,
  withoutKeys,
  withoutLabel,
  type FieldErrors,
} from '../../components';
import { showStatus } from '../../stores/status';
import { draftFromPlan, emptyPlanDraft, PLAN_FIELD_ORDER, readPlanDraft, type PlanDraft } from './planDraft';

export type PlanEditorTarget = { mode: 'create' } | { mode: 'edit'; plan: Plan };

export interface PlanEditorProps {
  target: PlanEditorTarget | null;
  /** The backend's year, the default for a new plan. */
  year: number;
  onClose(): void;
  onSaved(plan: Plan | null): void;
}

/** Create or edit a plan: its document number, title, years, issue date and body, and legal basis. */
export function PlanEditor({ target, year, onClose, onSaved }: PlanEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PlanDraft>(() => emptyPlanDraft(year));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const form = useRef<HTMLDivElement>(null);
  const editing = target?.mode === 'edit' ? target.plan : null;

  useEffect(() => {
    if (!target) return;
    setDraft(target.mode === 'edit' ? draftFromPlan(target.plan) : emptyPlanDraft(year));
    setErrors({});
    setFailure(null);
  }, [target, year]);

  const change = (c: Partial<PlanDraft>) => {
    setDraft((d) => ({ ...d, ...c }));
    setErrors((e) => withoutKeys(e, Object.keys(c)));
  };
  const focusFirst = (found: FieldErrors) => {
    const first = PLAN_FIELD_ORDER.find((f) => f in found);
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus());
  };

  const save = async () => {
    const read = readPlanDraft(draft, t);
    if (!read.ok) {
      setErrors(read.errors);
      setFailure(null);
      focusFirst(read.errors);
      return;
    }
    setBusy(true);
    try {
      const saved = editing
        ? await api.call('plans.update', { id: editing.id, patch: read.input })
        : await api.call('plans.create', read.input);
      showStatus(t(editing ? 'plans.form.updated' : 'plans.form.created', { code: saved.code }));
      onSaved(saved);
      onClose();
    } catch (e) {
      const fields = apiFieldErrors(e);
      setErrors(fields ?? {});
      if (fields) focusFirst(fields);
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  const archive = async () => {
    if (!editing) return;
    setBusy(true);
    try {
      await api.call('plans.archive', { id: editing.id });
      showStatus(t('plans.form.archived', { code: editing.code }));
      setConfirmArchive(false);
      onSaved(null);
      onClose();
    } catch (e) {
      setFailure(e);
      setConfirmArchive(false);
    } finally {
      setBusy(false);
    }
  };

  const error = (f: keyof PlanDraft) => withoutLabel(errors[f]) ?? null;
  const label = (f: keyof PlanDraft) => t(`plans.fields.${f}`);
  const errorCount = Object.keys(errors).length;

  return (
    <>
      <Modal
        open={target !== null}
        title={editing ? t('plans.form.editTitle', { code: editing.code }) : t('plans.form.createTitle')}
        onClose={onClose}
        size="md"
        onSubmit={() => void save()}
        testId="plan-editor"
        footer={
          <>
            {editing ? (
              <Button
                variant="danger"
                className="footer-left"
                onClick={() => setConfirmArchive(true)}
                disabled={busy}
              >
                {t('plans.form.archive')}
              </Button>
            ) : null}
            <Button onClick={onClose}>{t('app.cancel')}</Button>
            <Button variant="primary" type="submit" busy={busy} data-testid="plan-save">
              {busy ? t('app.saving') : t('plans.form.save')}
            </Button>
          </>
        }
      >
        <div ref={form}>
          {errorCount > 0 ? (
            <p className="form-summary" role="alert">
              {t('app.fixErrors', { count: errorCount })}
            </p>
          ) : failure ? (
            <ErrorBanner error={failure} />
          ) : null}
          <div className="form-grid plan-form">
            <Field label={label('code')} error={error('code')} hint={t('plans.form.codeHint')} required>
              {(c) => (
                <TextInput
                  {...c}
                  name="code"
                  value={draft.code}
                  onChange={(e) => change({ code: e.target.value })}
                />
              )}
            </Field>
            <Field label={label('state')} error={error('state')}>
              {(c) => (
                <Select
                  {...c}
                  name="state"
                  value={draft.state}
                  onChange={(v) => change({ state: v as PlanState })}
                  options={PLAN_STATES.map((s) => ({ value: s, label: t(`planState.${s}`) }))}
                />
              )}
            </Field>
            <Field label={label('title')} error={error('title')} required className="span-2">
              {(c) => (
                <TextArea
                  {...c}
                  name="title"
                  rows={2}
                  value={draft.title}
                  onChange={(e) => change({ title: e.target.value })}
                />
              )}
            </Field>
            <div className="year-pair">
              <Field label={label('yearFrom')} error={error('yearFrom')} required>
                {(c) => (
                  <TextInput
                    {...c}
                    name="yearFrom"
                    inputMode="numeric"
                    value={draft.yearFrom}
                    onChange={(e) => change({ yearFrom: e.target.value })}
                  />
                )}
              </Field>
              <Field label={label('yearTo')} error={error('yearTo')} required>
                {(c) => (
                  <TextInput
                    {...c}
                    name="yearTo"
                    inputMode="numeric"
                    value={draft.yearTo}
                    onChange={(e) => change({ yearTo: e.target.value })}
                  />
                )}
              </Field>
            </div>
            <Field label={label('issuedOn')} error={error('issuedOn')}>
              {(c) => (
                <DateInput
                  {...c}
                  name="issuedOn"
                  value={draft.issuedOn}
                  onChange={(issuedOn) => change({ issuedOn })}
                />
              )}
            </Field>
            <Field
              label={label('issuedBy')}
              error={error('issuedBy')}
              hint={t('plans.form.issuedByHint')}
              className="span-2"
            >
              {(c) => (
                <TextInput
                  {...c}
                  name="issuedBy"
                  value={draft.issuedBy}
                  onChange={(e) => change({ issuedBy: e.target.value })}
                />
              )}
            </Field>
            <Field
              label={label('basis')}
              error={error('basis')}
              hint={t('plans.form.basisHint')}
              className="span-2"
            >
              {(c) => (
                <TextArea
                  {...c}
                  name="basis"
                  rows={4}
                  value={draft.basis}
                  onChange={(e) => change({ basis: e.target.value })}
                />
              )}
            </Field>
          </div>
        </div>
      </Modal>
      <Modal
        open={confirmArchive}
        title={t('plans.form.archive')}
        onClose={() => setConfirmArchive(false)}
        size="sm"
        footer={
          <>
            <Button onClick={() => setConfirmArchive(false)}>{t('app.cancel')}</Button>
            <Button variant="danger" busy={busy} onClick={() => void archive()}>
              {t('app.archive')}
            </Button>
          </>
        }
      >
        <p>{t('plans.form.archiveConfirm', { code: editing?.code ?? '' })}</p>
      </Modal>
    </>
  );
}
