// A data problem's proposed fix, applied through the normal update method of its record (so it is
// validated and audited like any change the person makes), and where to open the record instead.
import type { DataFix, DataProblem } from '../../../shared/api/types';
import { write } from '../../api/writes';
import { routeHref } from '../../stores/route';

export async function applyFix(fix: DataFix): Promise<void> {
  switch (fix.kind) {
    case 'rename': {
      const patch = { code: fix.code };
      if (fix.entity === 'task') await write('tasks.update', { id: fix.id, patch });
      else if (fix.entity === 'indicator') await write('indicators.update', { id: fix.id, patch });
      else if (fix.entity === 'agency') await write('agencies.update', { id: fix.id, patch });
      else await write('pillars.update', { id: fix.id, patch });
      return;
    }
    case 'renumber':
      await write('meetings.update', { id: fix.id, patch: { number: fix.number } });
      return;
    case 'taskFields':
      await write('tasks.update', { id: fix.id, patch: fix.patch });
      return;
  }
}

/** The page where the person can look at the record and decide. */
export function recordHref(p: DataProblem): string {
  switch (p.entity) {
    case 'task':
      return routeHref('tasks', { planId: p.planId, open: p.entityId });
    case 'indicator':
      return routeHref('indicators', { planId: p.planId, id: p.entityId });
    case 'meeting':
      return routeHref('meetings', { id: p.entityId });
    case 'agency':
      return routeHref('catalog', { tab: 'agencies' });
    case 'pillar':
      return routeHref('catalog', { tab: 'pillars' });
  }
}
