// Turns a failed save into what a form shows: messages next to the fields the backend named, or one
// sentence above the form. A duplicate code (TRUNG_MA) belongs to the code field.
// (Used by the indicator, agency, pillar and settings forms; a candidate for components/formErrors.)
import { ApiCallError } from '../../../shared/api/client';
import { apiFieldErrors, errorMessage, withoutLabel, type FieldErrors } from '../../components';

export interface FormFailure {
  fields: FieldErrors;
  message: string | null;
}

/** `prefix` drops the wrapper of an update's input ('patch.code' -> 'code'). */
export function formFailure(
  error: unknown,
  fallback: string,
  options: { prefix?: string; codeField?: string } = {},
): FormFailure {
  const fromApi = apiFieldErrors(error);
  if (fromApi) {
    const fields: FieldErrors = {};
    for (const [path, message] of Object.entries(fromApi)) {
      const key =
        options.prefix && path.startsWith(options.prefix) ? path.slice(options.prefix.length) : path;
      fields[key] = withoutLabel(message) ?? message;
    }
    return { fields, message: null };
  }
  if (options.codeField && error instanceof ApiCallError && error.code === 'TRUNG_MA') {
    return { fields: { [options.codeField]: error.message }, message: null };
  }
  return { fields: {}, message: errorMessage(error, fallback) };
}

/** Field errors of a zod result, without the field's label (it is printed right above). */
export function cleanFieldErrors(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, withoutLabel(v) ?? v]));
}

/** The errors without one field's: its message goes as soon as the officer edits that field. */
export function withoutKey(errors: FieldErrors, key: string): FieldErrors {
  if (!(key in errors)) return errors;
  const { [key]: _gone, ...rest } = errors;
  return rest;
}
