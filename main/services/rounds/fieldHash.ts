// The version of each fillable field of a form's row, as issued: a short hash of the field's value then.
// The import compares three things per field: what the form was issued with (this hash), what the agency
// wrote, and what TienDo holds now. So it knows exactly which fields the agency changed, and which ones
// TienDo changed since the form went out (a conflict when both did, to different values).
import { createHash } from 'node:crypto';

export type FieldValue = string | number | null;

/** The canonical text of a value: numbers in JavaScript's shortest form, null and '' alike. */
export function canonical(value: FieldValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value + 0) : '';
  return value.replace(/\r\n|\r/g, '\n').trim();
}

/** 16 hex characters (64 bits): enough to tell a changed field, short enough for 300 rows in a cell. */
export function fieldHash(field: string, value: FieldValue): string {
  return createHash('sha256')
    .update(`${field}\u0000${canonical(value)}`)
    .digest('hex')
    .slice(0, 16);
}
