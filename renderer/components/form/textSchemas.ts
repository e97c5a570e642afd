// Form boxes hold text as it is typed ("31/12/2026", "12,5", "2026"); these zod pieces read that text into
// the values the contract's schemas (shared/api/schemas.ts) expect, with the app's Vietnamese message when
// it cannot be read. A form's resolver is z.object(its text fields).transform(to the API input).pipe(the
// shared schema), so the same rules the backend applies run in the form, next to each field.
import { z } from 'zod';
import type { IsoDate } from '../../../shared/domain';
import { i18n } from '../../i18n';
import { readDateText } from '../dateText';
import { readNumberText } from '../NumberInput';

/** dd/mm/yyyy text (or empty) to an ISO date (or null). */
export const dateText = () =>
  z.string().transform((text, ctx): IsoDate | null => {
    const read = readDateText(text);
    if (read.ok) return read.value;
    ctx.addIssue({ code: 'custom', message: i18n.t('input.dateInvalid') });
    return z.NEVER;
  });

/**
 * Vietnamese number text (12,5 / 1.234, or empty) to a number (or null); `integer` refuses 12,5,
 * `required` an empty box.
 */
export const numberText = (options: { integer?: boolean; required?: boolean } = {}) =>
  z.string().transform((text, ctx): number | null => {
    const read = readNumberText(text);
    if (read.ok) {
      if (read.value === null && !options.required) return null;
      if (read.value !== null && (!options.integer || Number.isInteger(read.value))) return read.value;
    }
    ctx.addIssue({
      code: 'custom',
      message: i18n.t(options.integer ? 'input.integerInvalid' : 'input.numberInvalid'),
    });
    return z.NEVER;
  });

/** A four-digit year typed as text. */
export const yearText = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}$/, { message })
    .transform(Number);

/** '' (the select's "none") to null. */
export const optionalId = () => z.string().transform((v) => v || null);
