import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TASK_STATES, type TaskState } from '../../../shared/domain';
import { TASK_FIELDS, type TaskFieldDescriptor } from '../../../shared/tasks/fields';
import { agencyOptions, planLabel, type FieldErrors, type SelectOption } from '../../components';
import {
  FormDate,
  FormMultiSelect,
  FormNumber,
  FormSelect,
  FormText,
  FormTextArea,
} from '../../components/form';
import { useAgencies, usePillars, usePlans } from '../../hooks/useReferenceData';
import { draftProblems, type TaskDraft } from './taskDraft';

export interface TaskFormProps {
  /** The plan of an existing task cannot change (tasks.update has no planId). */
  planLocked: boolean;
  today: string | null;
  /** Picking a state fills in what keeps the task consistent (TaskEditor, with stateChange). */
  onState(state: TaskState): void;
}

/**
 * The fields of a task, two columns wide, laid out from the one field list (shared/tasks/fields); each
 * error sits under its own field, and the consistency rules the values break show there while typing.
 */
export function TaskForm({ planLocked, today, onState }: TaskFormProps) {
  const { t } = useTranslation();
  const plans = usePlans();
  const pillars = usePillars();
  const agencies = useAgencies();
  const { control } = useFormContext<TaskDraft>();
  const draft = useWatch({ control }) as TaskDraft;
  const problems: FieldErrors = draftProblems(draft, today);
  const done = draft.state === 'hoan_thanh';
  const agencyChoices = agencyOptions(agencies);
  // The lead agency is left out of the supporting choices, unless it is among them (then the problem
  // under the field says so, and the person takes it out: the form does not do it behind their back).
  const supporting = agencyChoices.filter(
    (o) => o.value !== draft.leadAgencyId || draft.supportingAgencyIds.includes(o.value),
  );
  const options: Record<NonNullable<TaskFieldDescriptor['options']>, SelectOption[]> = {
    plans: plans.map((p) => ({ value: p.id, label: planLabel(p) })),
    pillars: pillars.map((p) => ({ value: p.id, label: p.name })),
    agencies: agencyChoices,
    states: TASK_STATES.map((s) => ({ value: s, label: t(`taskState.${s}`) })),
  };
  const HINTS: Partial<Record<TaskFieldDescriptor['name'], string | undefined>> = {
    code: t('tasks.form.codeHint'),
    dueDate: t('tasks.form.dueHint'),
    progress: done ? t('tasks.quick.doneHint') : undefined,
    completedOn: done ? t('tasks.form.completedHint') : undefined,
  };

  const fieldOf = (d: TaskFieldDescriptor) => {
    const common = {
      name: d.name,
      label: t(d.labelKey),
      hint: HINTS[d.name],
      required: d.required === true || (d.name === 'completedOn' && done),
      className: d.wide ? 'span-2' : undefined,
      problem: problems[d.name] ?? null,
    };
    switch (d.kind) {
      case 'text':
        return <FormText<TaskDraft> {...common} />;
      case 'textarea':
        return <FormTextArea<TaskDraft> {...common} rows={d.rows} />;
      case 'number':
        return <FormNumber<TaskDraft> {...common} suffix="%" />;
      case 'date':
        return <FormDate<TaskDraft> {...common} />;
      case 'multiselect':
        return (
          <FormMultiSelect<TaskDraft>
            {...common}
            className="task-supporting"
            emptyText={t('tasks.form.noneAgencies')}
            options={supporting}
          />
        );
      case 'select':
        return (
          <FormSelect<TaskDraft>
            {...common}
            disabled={d.name === 'planId' && planLocked}
            options={d.options ? options[d.options] : []}
            placeholder={
              d.name === 'state'
                ? undefined
                : d.name === 'planId'
                  ? t('input.selectPlaceholder')
                  : t('app.notSet')
            }
            onPick={d.name === 'state' ? (v) => onState(v as TaskState) : undefined}
          />
        );
    }
  };

  return (
    <div className="form-grid task-form">
      {TASK_FIELDS.filter((d) => d.name !== 'completedOn' || done || draft.completedOn).map((d) => (
        <FieldSlot key={d.name}>{fieldOf(d)}</FieldSlot>
      ))}
    </div>
  );
}

const FieldSlot = ({ children }: { children: React.ReactNode }) => <>{children}</>;
