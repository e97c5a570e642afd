// The options of every agency selector and filter, in the order of every list: departments first, then
// communes, enterprises, others (as reports group them), and by the label shown within each kind, in
// TienDo's order (shared/text/collate.ts: 'UBND xã Đam Rông 1' before 'UBND xã Tuy Phong').
import type { Agency } from '../../shared/api/types';
import { AGENCY_KINDS } from '../../shared/domain';
import { compareText } from '../../shared/text/collate';
import type { SelectOption } from './Select';

/** Agencies in list order: by kind, then by `label` (the full name unless told otherwise). */
export function sortAgencies<T extends Pick<Agency, 'kind' | 'name'>>(
  agencies: readonly T[],
  label: (a: T) => string = (a) => a.name,
): T[] {
  return agencies
    .map((a) => ({ a, kind: AGENCY_KINDS.indexOf(a.kind), text: label(a) }))
    .sort((x, y) => x.kind - y.kind || compareText(x.text, y.text))
    .map((x) => x.a);
}

export const shortLabel = (a: Pick<Agency, 'name' | 'shortName'>): string => a.shortName || a.name;

/** Select options for agencies, labelled with the short name (or `label`), in list order. */
export function agencyOptions(
  agencies: readonly Agency[],
  label: (a: Agency) => string = shortLabel,
): SelectOption[] {
  return sortAgencies(agencies, label).map((a) => ({ value: a.id, label: label(a) }));
}
