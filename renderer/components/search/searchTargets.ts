// Where each kind of search result opens: the page and the address parameters that page reads to show
// that record (the task drawer, the indicator's detail, the catalog row's form, the meeting detail with
// the conclusion marked).
import type { SearchHit } from '../../../shared/api/types';
import type { PageName, RouteParams } from '../../stores/route';

export type SearchKind = SearchHit['entity'];

/** The order of the groups in the result list: the daily work first. */
export const KIND_ORDER: SearchKind[] = ['task', 'indicator', 'meeting', 'conclusion', 'plan', 'agency'];

export function searchTarget(hit: SearchHit): { page: PageName; params: RouteParams } {
  switch (hit.entity) {
    case 'task':
      return { page: 'tasks', params: { open: hit.id } };
    case 'indicator':
      return { page: 'indicators', params: { id: hit.id } };
    case 'agency':
      return { page: 'catalog', params: { agency: hit.id } };
    case 'plan':
      return { page: 'plans', params: { plan: hit.id } };
    case 'meeting':
      return { page: 'meetings', params: { id: hit.id } };
    case 'conclusion':
      return { page: 'meetings', params: { id: hit.meetingId, conclusion: hit.id } };
  }
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
}

/** The hits grouped by kind in KIND_ORDER, each group in the index's rank order; empty kinds left out. */
export function groupHits(hits: SearchHit[]): SearchGroup[] {
  return KIND_ORDER.map((kind) => ({ kind, hits: hits.filter((h) => h.entity === kind) })).filter(
    (g) => g.hits.length > 0,
  );
}
