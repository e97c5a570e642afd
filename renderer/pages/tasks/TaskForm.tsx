import { useTranslation } from 'react-i18next';
import { TASK_STATES, type TaskState } from '../../../shared/domain';
import {
  DateInput,
  Field,
  MultiSelect,
  NumberInput,
  Select,
  TextArea,
  TextInput,
  planLabel,
  type FieldErrors,
  agencyOptions,
} from '../../components';
import { useReferenceData } from '../../hooks/useReferenceData';
import { stateChange, type TaskDraft } from './taskDraft';

export interface TaskFormProps {
  draft: TaskDraft;
  /** Messages without their labels (the label is printed right above each). */
  errors: FieldErrors;
  /** Consistency rules the draft breaks now (draftProblems), shown next to their field while typing. */
  problems: FieldErrors;
  onChange(change: Partial<TaskDraft>): void;
  /** The plan of an existing task cannot change (tasks.update has no planId). */
  planLocked: boolean;
  today: string | null;
}

/** The fields of a task, two columns wide; each error sits under its own field. */
export function TaskForm({ draft, errors, problems, onChange, planLocked, today }: TaskFormProps) {
  const { t } = useTranslation();
  const { plans, pillars, agencies } = useReferenceData();
  const label = (field: keyof TaskDraft) => t(`tasks.fields.${field}`);
  const error = (field: keyof TaskDraft) => errors[field] ?? problems[field] ?? null;
  const agencyChoices = agencyOptions(agencies);
  // The lead agency is left out of the supporting choices, unless it is among them (then the problem
  // under the field says so, and the person takes it out: the form does not do it behind their back).
  const supportingOptions = agencyChoices.filter(
    (o) => o.value !== draft.leadAgencyId || draft.supportingAgencyIds.includes(o.value),
  );
  const done = draft.state === 'hoan_thanh';

  // Picking a state fills in what keeps the task consistent, visibly and editable (stateChange).
  const setState = (state: TaskState) => onChange(stateChange(draft, state, today));

  return (
    <div className="form-grid task-form">
      <Field label={label('planId')} error={error('planId')} required className="span-2">
        {(c) => (
          <Select
            {...c}
            name="planId"
            value={draft.planId}
            disabled={planLocked}
            onChange={(planId) => onChange({ planId })}
            placeholder={t('input.selectPlaceholder')}
            options={plans.map((p) => ({ value: p.id, label: planLabel(p) }))}
          />
        )}
      </Field>
      <Field label={label('code')} error={error('code')} hint={t('tasks.form.codeHint')} required>
        {(c) => (
          <TextInput
            {...c}
            name="code"
            value={draft.code}
            onChange={(e) => onChange({ code: e.target.value })}
          />
        )}
      </Field>
      <Field label={label('pillarId')} error={error('pillarId')}>
        {(c) => (
          <Select
            {...c}
            name="pillarId"
            value={draft.pillarId}
            onChange={(pillarId) => onChange({ pillarId })}
            placeholder={t('app.notSet')}
            options={pillars.map((p) => ({ value: p.id, label: p.name }))}
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
            onChange={(e) => onChange({ title: e.target.value })}
          />
        )}
      </Field>
      <Field label={label('leadAgencyId')} error={error('leadAgencyId')}>
        {(c) => (
          <Select
            {...c}
            name="leadAgencyId"
            value={draft.leadAgencyId}
            onChange={(leadAgencyId) => onChange({ leadAgencyId })}
            placeholder={t('app.notSet')}
            options={agencyChoices}
          />
        )}
      </Field>
      <div className="task-supporting">
        <MultiSelect
          label={label('supportingAgencyIds')}
          emptyText={t('tasks.form.noneAgencies')}
          value={draft.supportingAgencyIds}
          onChange={(supportingAgencyIds) => onChange({ supportingAgencyIds })}
          options={supportingOptions}
        />
        {error('supportingAgencyIds') ? (
          <p className="field-error" role="alert">
            {error('supportingAgencyIds')}
          </p>
        ) : null}
      </div>
      <Field label={label('output')} error={error('output')} className="span-2">
        {(c) => (
          <TextInput
            {...c}
            name="output"
            value={draft.output}
            onChange={(e) => onChange({ output: e.target.value })}
          />
        )}
      </Field>
      <Field label={label('startDate')} error={error('startDate')}>
        {(c) => (
          <DateInput
            {...c}
            name="startDate"
            value={draft.startDate}
            onChange={(startDate) => onChange({ startDate })}
          />
        )}
      </Field>
      <Field label={label('dueDate')} error={error('dueDate')} hint={t('tasks.form.dueHint')}>
        {(c) => (
          <DateInput
            {...c}
            name="dueDate"
            value={draft.dueDate}
            onChange={(dueDate) => onChange({ dueDate })}
          />
        )}
      </Field>
      <Field label={label('state')} error={error('state')}>
        {(c) => (
          <Select
            {...c}
            name="state"
            value={draft.state}
            onChange={(v) => setState(v as TaskState)}
            options={TASK_STATES.map((s) => ({ value: s, label: t(`taskState.${s}`) }))}
          />
        )}
      </Field>
      <Field
        label={label('progress')}
        error={error('progress')}
        hint={done ? t('tasks.quick.doneHint') : undefined}
      >
        {(c) => (
          <NumberInput
            {...c}
            name="progress"
            suffix="%"
            value={draft.progress}
            onChange={(progress) => onChange({ progress })}
          />
        )}
      </Field>
      {done || draft.completedOn ? (
        <Field
          label={label('completedOn')}
          error={error('completedOn')}
          hint={done ? t('tasks.form.completedHint') : undefined}
          required={done}
        >
          {(c) => (
            <DateInput
              {...c}
              name="completedOn"
              value={draft.completedOn}
              onChange={(completedOn) => onChange({ completedOn })}
            />
          )}
        </Field>
      ) : null}
      <Field label={label('result')} error={error('result')} className="span-2">
        {(c) => (
          <TextArea
            {...c}
            name="result"
            value={draft.result}
            onChange={(e) => onChange({ result: e.target.value })}
          />
        )}
      </Field>
      <Field label={label('difficulties')} error={error('difficulties')}>
        {(c) => (
          <TextArea
            {...c}
            name="difficulties"
            value={draft.difficulties}
            onChange={(e) => onChange({ difficulties: e.target.value })}
          />
        )}
      </Field>
      <Field label={label('proposals')} error={error('proposals')}>
        {(c) => (
          <TextArea
            {...c}
            name="proposals"
            value={draft.proposals}
            onChange={(e) => onChange({ proposals: e.target.value })}
          />
        )}
      </Field>
      <Field label={label('sourceText')} error={error('sourceText')} className="span-2">
        {(c) => (
          <TextInput
            {...c}
            name="sourceText"
            value={draft.sourceText}
            onChange={(e) => onChange({ sourceText: e.target.value })}
          />
        )}
      </Field>
    </div>
  );
}
