// The one field set of every form, bound to react-hook-form: a text line, a paragraph, a number (with
// the Vietnamese decimal comma), a dd/mm/yyyy date, a select and a multi-select. Each is a Field (label,
// hint, the error right under the box, tied to it for screen readers) around the kit's control; the
// form's state (values, what the person changed, errors from the schema or the server) lives in RHF.
import type { ReactNode } from 'react';
import { get, useController, useFormContext, type FieldValues, type Path } from 'react-hook-form';
import { DateInput } from '../DateInput';
import { Field, type ControlProps } from '../Field';
import { withoutLabel } from '../formErrors';
import { wordMessage } from '../../i18n/errorText';
import { MultiSelect } from '../MultiSelect';
import { NumberInput } from '../NumberInput';
import { Select, type SelectOption } from '../Select';
import { TextArea, TextInput } from '../TextInput';

export interface FormFieldProps<T extends FieldValues> {
  name: Path<T>;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  /** A rule the values break now (shown live until the field has an error of its own). */
  problem?: string | null;
  disabled?: boolean;
  autoFocus?: boolean;
  testId?: string;
}

/** The field's message: its own error (without the label printed above it), else the live problem. */
export function useFieldMessage(name: string, problem?: string | null): string | null {
  const { formState } = useFormContext();
  const entry: { message?: unknown } | undefined = get(formState.errors, name);
  const message = entry?.message;
  return (
    (typeof message === 'string' ? withoutLabel(message) : null) ?? (problem ? wordMessage(problem) : null)
  );
}

function Labelled<T extends FieldValues>(
  props: FormFieldProps<T> & { children: (c: ControlProps) => ReactNode },
) {
  const { name, label, hint, required, className, problem, children } = props;
  const error = useFieldMessage(name, problem);
  return (
    <Field label={label} error={error} hint={hint} required={required} className={className}>
      {children}
    </Field>
  );
}

export function FormText<T extends FieldValues>(
  props: FormFieldProps<T> & {
    inputMode?: 'numeric' | 'email';
    type?: 'text' | 'email' | 'password';
    /** What an empty box stands for (the code a task gets when none is typed). */
    placeholder?: string;
    /** 'off' for an account name, 'new-password' for a password the browser must not fill in. */
    autoComplete?: 'off' | 'new-password';
  },
) {
  const { register } = useFormContext<T>();
  return (
    <Labelled {...props}>
      {(c) => (
        <TextInput
          {...c}
          {...register(props.name)}
          placeholder={props.placeholder}
          autoComplete={props.autoComplete}
          type={props.type}
          inputMode={props.inputMode}
          disabled={props.disabled}
          autoFocus={props.autoFocus}
          data-testid={props.testId}
        />
      )}
    </Labelled>
  );
}

export function FormTextArea<T extends FieldValues>(props: FormFieldProps<T> & { rows?: number }) {
  const { register } = useFormContext<T>();
  return (
    <Labelled {...props}>
      {(c) => (
        <TextArea
          {...c}
          {...register(props.name)}
          rows={props.rows}
          disabled={props.disabled}
          autoFocus={props.autoFocus}
          data-testid={props.testId}
        />
      )}
    </Labelled>
  );
}

/** Text the person types as a number ("12,5"); the schema reads it (textSchemas.numberText). */
export function FormNumber<T extends FieldValues>(props: FormFieldProps<T> & { suffix?: string }) {
  const { field } = useController<T>({ name: props.name });
  return (
    <Labelled {...props}>
      {(c) => (
        <NumberInput
          {...c}
          name={field.name}
          suffix={props.suffix}
          value={String(field.value ?? '')}
          onChange={field.onChange}
          onBlur={field.onBlur}
          disabled={props.disabled}
          autoFocus={props.autoFocus}
          data-testid={props.testId}
        />
      )}
    </Labelled>
  );
}

/** A dd/mm/yyyy box; valid text is tidied when the box is left (textSchemas.dateText reads it). */
export function FormDate<T extends FieldValues>(props: FormFieldProps<T>) {
  const { field } = useController<T>({ name: props.name });
  return (
    <Labelled {...props}>
      {(c) => (
        <DateInput
          {...c}
          name={field.name}
          value={String(field.value ?? '')}
          onChange={field.onChange}
          onBlur={field.onBlur}
          disabled={props.disabled}
          autoFocus={props.autoFocus}
          data-testid={props.testId}
        />
      )}
    </Labelled>
  );
}

export function FormSelect<T extends FieldValues>(
  props: FormFieldProps<T> & {
    options: readonly SelectOption[];
    placeholder?: string;
    /** Called with the new value instead of setting it (a choice that fills in other fields). */
    onPick?(value: string): void;
  },
) {
  const { field } = useController<T>({ name: props.name });
  return (
    <Labelled {...props}>
      {(c) => (
        <Select
          {...c}
          name={field.name}
          value={String(field.value ?? '')}
          onChange={(v) => (props.onPick ? props.onPick(v) : field.onChange(v))}
          onBlur={field.onBlur}
          options={props.options}
          placeholder={props.placeholder}
          disabled={props.disabled}
          autoFocus={props.autoFocus}
          data-testid={props.testId}
        />
      )}
    </Labelled>
  );
}

export function FormMultiSelect<T extends FieldValues>(
  props: Omit<FormFieldProps<T>, 'label' | 'hint' | 'required'> & {
    label: string;
    options: readonly SelectOption[];
    emptyText: string;
  },
) {
  const { field } = useController<T>({ name: props.name });
  const error = useFieldMessage(props.name, props.problem);
  const value: unknown = field.value;
  return (
    <div className={props.className}>
      <MultiSelect
        label={props.label}
        emptyText={props.emptyText}
        value={Array.isArray(value) ? value.map(String) : []}
        onChange={field.onChange}
        options={props.options}
        testId={props.testId}
      />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
