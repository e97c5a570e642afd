// The active filters in words, printed under the heading so a printout says which tasks it lists.
import type { TFunction } from 'i18next';
import type { Agency, Pillar } from '../../../shared/api/types';
import type { Formatters } from '../../i18n/format';
import type { TaskFilters } from './taskQuery';

export function describeFilters(
  f: TaskFilters,
  t: TFunction,
  fmt: Formatters,
  lookups: { pillars: Pillar[]; agencies: Agency[] },
): string {
  const parts: string[] = [];
  if (f.situations.length) {
    parts.push(`${t('tasks.filters.situation')}: ${f.situations.map((s) => t(`situation.${s}`)).join(', ')}`);
  }
  if (f.pillarId) {
    const name =
      f.pillarId === 'none'
        ? t('tasks.filters.noPillar')
        : (lookups.pillars.find((p) => p.id === f.pillarId)?.name ?? f.pillarId);
    parts.push(`${t('tasks.filters.pillar')}: ${name}`);
  }
  if (f.leadAgencyId === 'none') parts.push(`${t('tasks.filters.agency')}: ${t('tasks.filters.noAgency')}`);
  else if (f.leadAgencyId) {
    const a = lookups.agencies.find((x) => x.id === f.leadAgencyId);
    parts.push(`${t('tasks.filters.agency')}: ${a ? a.shortName || a.name : f.leadAgencyId}`);
  }
  if (f.dueFrom || f.dueTo) {
    parts.push(t('tasks.print.dueRange', { from: fmt.date(f.dueFrom) || '…', to: fmt.date(f.dueTo) || '…' }));
  }
  if (f.q.trim()) parts.push(t('tasks.print.keyword', { q: f.q.trim() }));
  return parts.join('; ');
}
