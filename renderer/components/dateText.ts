// Dates in forms are typed as text ("31/12/2026", "1/3/2026") and only become ISO dates when read.
import type { IsoDate } from '../../shared/domain';
import { formatDate, parseViDate } from '../../shared/format/vi';

export type DateRead = { ok: true; value: IsoDate | null } | { ok: false };

/** Empty text is "no date"; anything else must be a real day. */
export function readDateText(text: string): DateRead {
  if (text.trim() === '') return { ok: true, value: null };
  const value = parseViDate(text);
  return value === null ? { ok: false } : { ok: true, value };
}

export function dateToText(d: IsoDate | null | undefined): string {
  return d ? formatDate(d) : '';
}
