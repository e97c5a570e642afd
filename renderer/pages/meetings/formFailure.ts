// Turns a failed save into what a form shows: each message next to the field the backend named
// (ApiCallError.fields), or one sentence above the form when no field is to blame.
import {
  apiFieldErrors,
  errorMessage,
  withoutLabel,
  zodFieldErrors,
  type FieldErrors,
} from '../../components';
import type { z } from 'zod';

export interface FormFailure {
  fields: FieldErrors;
  message: string | null;
}

/** `prefix` drops the wrapper of an update's input ('patch.heldOn' -> 'heldOn'). */
export function formFailure(error: unknown, fallback: string, prefix = 'patch.'): FormFailure {
  const fromApi = apiFieldErrors(error);
  if (!fromApi) return { fields: {}, message: errorMessage(error, fallback) };
  const fields: FieldErrors = {};
  for (const [path, message] of Object.entries(fromApi)) {
    fields[path.startsWith(prefix) ? path.slice(prefix.length) : path] = withoutLabel(message) ?? message;
  }
  return { fields, message: null };
}

/** Field errors of a client-side zod check, without the label printed right above each field. */
export function checkFields(error: z.ZodError): FieldErrors {
  return Object.fromEntries(Object.entries(zodFieldErrors(error)).map(([k, v]) => [k, withoutLabel(v) ?? v]));
}
