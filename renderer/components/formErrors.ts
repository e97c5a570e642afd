// Field errors of a form, keyed by field path ('dueDate', 'yearTo'). Both sources speak the same
// language: the zod schemas of shared/api/schemas.ts run in the form first, and whatever the backend
// still rejects comes back as ApiCallError.fields with the same paths.
import type { z } from 'zod';
import { ApiCallError } from '../../shared/api/client';
import { errorText, fieldText, wordMessage } from '../i18n/errorText';

export type FieldErrors = Record<string, string>;

/** First message per path: one clear sentence next to each field is enough. */
function collect(issues: readonly { path: string; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) if (!(issue.path in out)) out[issue.path] = issue.message;
  return out;
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  return collect(
    error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: wordMessage(i.message) })),
  );
}

/** Field errors from a failed call, or null when the failure was not about fields. */
export function apiFieldErrors(error: unknown): FieldErrors | null {
  if (error instanceof ApiCallError && error.fields && error.fields.length > 0)
    return collect(error.fields.map((f) => ({ path: f.path, message: fieldText(f) })));
  return null;
}

/**
 * Strips "Tên nhiệm vụ: " from the schemas' "Tên nhiệm vụ: không được để trống." when the label is already
 * beside it. The schemas write "<label>: <problem>"; the app's own messages never use that colon form.
 */
export function withoutLabel(shown: string | undefined): string | undefined {
  if (!shown) return shown;
  const message = wordMessage(shown); // a schema's Vietnamese in the chosen language (the English keeps the form)
  const i = message.indexOf(': ');
  return i > 0 && i < 40 ? message.charAt(i + 2).toUpperCase() + message.slice(i + 3) : message;
}

/** The same errors without their labels, for forms that print each message right under its label. */
export function withoutLabels(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, withoutLabel(v) ?? v]));
}

/** The errors minus those of fields just edited: a message disappears as soon as its field is touched. */
export function withoutKeys(errors: FieldErrors, keys: readonly string[]): FieldErrors {
  if (!keys.some((k) => k in errors)) return errors;
  const rest = { ...errors };
  for (const k of keys) delete rest[k];
  return rest;
}

/** What a failed save shows: messages next to fields, or the error itself for the banner above the form. */
export interface FormFailure {
  fields: FieldErrors;
  /** The error to show above the form when no field is to blame, else null. */
  error: unknown;
}

export interface FormFailureOptions {
  /** Drops the wrapper of an update's input ('patch.code' -> 'code', 'smtp.host' -> 'host'). */
  prefix?: string;
  /** The field a duplicate code (TRUNG_MA) belongs to, for forms that have one. */
  codeField?: string;
  /** Folds other paths onto the form's fields ('recipients.2' -> 'recipients'). */
  fieldOf?(path: string): string;
}

/**
 * Turns a failed save into what a form shows: each message next to the field the backend named
 * (ApiCallError.fields, without the label printed above it), else one sentence above the form.
 */
export function formFailure(error: unknown, options: FormFailureOptions = {}): FormFailure {
  const { prefix, codeField, fieldOf = (path: string) => path } = options;
  const fromApi = apiFieldErrors(error);
  if (fromApi) {
    const fields: FieldErrors = {};
    for (const [path, message] of Object.entries(fromApi)) {
      const key = prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path;
      fields[fieldOf(key)] = withoutLabel(message) ?? message;
    }
    return { fields, error: null };
  }
  if (codeField && error instanceof ApiCallError && error.code === 'TRUNG_MA') {
    return { fields: { [codeField]: errorText(error) }, error: null };
  }
  return { fields: {}, error };
}
