// What every form keeps around its save: the messages next to the fields, the one failure shown above
// them, and busy while the call runs (the save button shows "Đang lưu…" and cannot be pressed twice).
// The form checks its own input first; only a clean form reaches the backend, and what the backend
// still rejects lands next to the field it names (formFailure).
import { useEffect, useRef, useState } from 'react';
import { formFailure, withoutKeys, type FieldErrors, type FormFailureOptions } from './formErrors';

export interface FormSaveOptions extends FormFailureOptions {
  /** Called with the errors whenever some are shown (e.g. to focus the first one). */
  onInvalid?(errors: FieldErrors): void;
}

export interface FormSave {
  errors: FieldErrors;
  /** The error for the banner when no field is to blame, else null. */
  failure: unknown;
  busy: boolean;
  /** A sentence above the form that is not an error ("Không có thay đổi nào để lưu."). */
  notice: string | null;
  /** Shows (or, with null, takes away) that sentence. */
  note(message: string | null): void;
  /** Shows the form's own findings; true when there are none, so the save may go on. */
  check(found: FieldErrors): boolean;
  /** Runs the call with busy set and maps its failure; true when it succeeded. */
  save(call: () => Promise<unknown>): Promise<boolean>;
  /** Takes away the messages of the fields just edited. */
  edited(keys: readonly string[]): void;
  setErrors(errors: FieldErrors): void;
  /** Shows an error that did not come from a save (loading the record, archiving it). */
  fail(error: unknown): void;
}

export function useFormSave(options: FormSaveOptions = {}): FormSave {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // The latest options, so a callback given inline never goes stale between renders.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  const show = (found: FieldErrors) => {
    setErrors(found);
    if (Object.keys(found).length > 0) latest.current.onInvalid?.(found);
  };

  return {
    errors,
    failure,
    busy,
    notice,
    note: setNotice,
    check(found) {
      show(found);
      setFailure(null);
      setNotice(null);
      return Object.keys(found).length === 0;
    },
    async save(call) {
      setBusy(true);
      setFailure(null);
      try {
        await call();
        setErrors({});
        return true;
      } catch (error) {
        const failed = formFailure(error, latest.current);
        show(failed.fields);
        setFailure(failed.error);
        return false;
      } finally {
        setBusy(false);
      }
    },
    edited: (keys) => {
      setNotice(null);
      setErrors((e) => withoutKeys(e, keys));
    },
    setErrors,
    fail: setFailure,
  };
}
