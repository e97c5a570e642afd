// How a task field's stored value reads in the history: names instead of ids, labels instead of keys,
// dd/mm/yyyy instead of ISO dates. Unknown fields fall back to their raw text.
import type { TFunction } from 'i18next';
import type { Agency, Pillar, Plan } from '../../../shared/api/types';
import { isValidIsoDate } from '../../../shared/dates';
import type { Formatters } from '../../i18n/format';

export interface Lookups {
  plans: Plan[];
  pillars: Pillar[];
  agencies: Agency[];
}

const DATE_FIELDS = new Set(['startDate', 'dueDate', 'completedOn']);

/** Fields a person changes; derived and bookkeeping fields (updatedAt, id) are left out of the history. */
export const HISTORY_FIELDS = [
  'code',
  'title',
  'pillarId',
  'leadAgencyId',
  'supportingAgencyIds',
  'output',
  'startDate',
  'dueDate',
  'state',
  'progress',
  'completedOn',
  'result',
  'difficulties',
  'proposals',
  'sourceText',
  'archivedAt',
  'planId',
  'conclusionId',
] as const;

export function describeValue(
  field: string,
  value: unknown,
  t: TFunction,
  fmt: Formatters,
  lookups: Lookups,
): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return t('tasks.history.emptyValue');
  }
  const agencyName = (id: unknown) => {
    const a = lookups.agencies.find((x) => x.id === id);
    return a ? a.shortName || a.name : String(id);
  };
  switch (field) {
    case 'state':
      return t(`taskState.${String(value)}`);
    case 'progress':
      return `${fmt.number(Number(value))}%`;
    case 'pillarId':
      return lookups.pillars.find((p) => p.id === value)?.name ?? String(value);
    case 'planId':
      return lookups.plans.find((p) => p.id === value)?.code ?? String(value);
    case 'leadAgencyId':
      return agencyName(value);
    case 'supportingAgencyIds':
      return Array.isArray(value) ? value.map(agencyName).join(', ') : String(value);
    case 'archivedAt':
      return typeof value === 'string' ? fmt.dateTime(value) : String(value);
    default:
      if (DATE_FIELDS.has(field) && typeof value === 'string' && isValidIsoDate(value))
        return fmt.date(value);
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}
