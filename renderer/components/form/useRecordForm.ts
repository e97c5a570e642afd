// What every record form does around react-hook-form: the values as typed (the draft), read and checked by
// the form's zod resolver (text -> API input -> the shared schema); an edit sends only the fields the
// person changed (RHF's dirtyFields, compared with the record as loaded), "Không có thay đổi nào để lưu."
// when none; the unsaved-changes guard follows RHF's isDirty; what the server still refuses lands next to
// the field it names (formFailure), anything else in the banner above the form.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import { useUnsavedChanges, type UnsavedChanges } from '../../hooks/useUnsavedChanges';
import { i18n } from '../../i18n';
import { sameFormValue } from '../formChanges';
import { formFailure, type FormFailureOptions } from '../formErrors';

export interface RecordFormOptions<D extends FieldValues, I> extends FormFailureOptions {
  /** Text fields -> API input -> the shared schema. */
  schema: z.ZodType<I, D>;
  /** The draft the form opens with (the loaded record, or a new one). */
  initial: D;
  /** The field order, to focus the first one with an error. */
  order: readonly (keyof D & string)[];
  /**
   * Rules beyond the schema, on the read input and the fields the save changes (all of them for a new
   * record): their messages land next to their fields and stop the save.
   */
  check?(input: I, changed: readonly string[]): Record<string, string>;
}

export interface RecordForm<D extends FieldValues, I> {
  methods: UseFormReturn<D, unknown, I>;
  /** The fields with an error now, for the count above the form (FormAlert). */
  errors: Record<string, string>;
  unsaved: UnsavedChanges;
  /** The failure no field is to blame for (the banner), else null. */
  failure: unknown;
  setFailure(error: unknown): void;
  notice: string | null;
  busy: boolean;
  /**
   * Validates, then calls `send` with the input and the fields the person changed whose value differs
   * from `loaded` (the record read the same way); true once saved. `edit`: nothing changed is a notice.
   */
  submit(send: (input: I, changed: Partial<I>) => Promise<unknown>, edit: boolean): Promise<boolean>;
  /** Runs another call (archive) with busy set and its failure in the banner; true when it went through. */
  run(call: () => Promise<unknown>): Promise<boolean>;
  /** Starts again from `draft` (after "save and add another"). */
  restart(draft: D): void;
  /** Sets fields as if the person had typed them (a state that fills progress and the date). */
  fill(values: Partial<D>): void;
}

export function useRecordForm<D extends FieldValues, I extends object>(
  options: RecordFormOptions<D, I>,
  root: () => HTMLElement | null,
): RecordForm<D, I> {
  const { schema, initial, order, check, ...failureOptions } = options;
  const methods = useForm<D, unknown, I>({
    // The same zod rules as the backend; messages stay as the schemas write them (the field strips the label).
    resolver: zodResolver(schema),
    defaultValues: initial as DefaultValues<D>,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { isDirty } = methods.formState;
  const unsaved = useUnsavedChanges(isDirty);

  const focusFirst = (names: readonly string[]) => {
    const first = order.find((f) => names.includes(f));
    if (first) requestAnimationFrame(() => root()?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus());
  };

  const run = async (call: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await call();
      return true;
    } catch (error) {
      const failed = formFailure(error, failureOptions);
      for (const [name, message] of Object.entries(failed.fields))
        methods.setError(name as Path<D>, { type: 'server', message });
      if (Object.keys(failed.fields).length > 0) focusFirst(Object.keys(failed.fields));
      setFailure(failed.error);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const submit = (send: (input: I, changed: Partial<I>) => Promise<unknown>, edit: boolean) =>
    new Promise<boolean>((resolve) => {
      setNotice(null);
      setFailure(null);
      void methods.handleSubmit(
        async (input) => {
          const dirty = methods.formState.dirtyFields as Partial<Record<keyof D, unknown>>;
          // Read the record as loaded the same way, so "changed" compares values, not texts.
          const before = schema.safeParse(methods.formState.defaultValues);
          const changed: Partial<I> = {};
          for (const key of Object.keys(input) as (keyof I & string)[]) {
            const touched = Boolean(dirty[key as unknown as keyof D]);
            const was = before.success ? before.data[key] : undefined;
            if (touched && !sameFormValue(was, input[key])) changed[key] = input[key];
          }
          if (edit && Object.keys(changed).length === 0) {
            setNotice(i18n.t('unsaved.nothingToSave'));
            return resolve(false);
          }
          const found = check?.(input, edit ? Object.keys(changed) : Object.keys(input)) ?? {};
          if (Object.keys(found).length > 0) {
            for (const [name, message] of Object.entries(found))
              methods.setError(name as Path<D>, { type: 'rule', message });
            focusFirst(Object.keys(found));
            return resolve(false);
          }
          // Settled before the save, so what `send` does once written (close, open the saved record) does
          // not ask to discard what it has just saved; a refused save counts as unsaved again.
          unsaved.settled();
          const ok = await run(() => send(input, changed));
          if (ok)
            methods.reset(methods.getValues()); // what is saved is the new starting point
          else unsaved.unsettled();
          resolve(ok);
        },
        (errors) => {
          focusFirst(Object.keys(errors));
          resolve(false);
        },
      )();
    });

  const errors = Object.fromEntries(
    Object.entries(methods.formState.errors).map(([k, v]) => [k, String(v?.message ?? '')]),
  );
  return {
    methods,
    errors,
    unsaved,
    failure,
    setFailure,
    notice,
    busy,
    submit,
    run,
    restart: (draft) => methods.reset(draft),
    fill: (values) => {
      for (const [name, value] of Object.entries(values))
        methods.setValue(name as Path<D>, value as D[Path<D>], { shouldDirty: true, shouldValidate: false });
    },
  };
}
