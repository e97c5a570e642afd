// The periods the centre's table offers: every period a received file belongs to, and the quarter just
// ended and the current one (a period nothing has arrived for yet still shows who is missing). Newest first.
import { quarterOf } from '../../../shared/rules/periods';
import type { IsoDate } from '../../../shared/domain';

function previousQuarter(key: string): string {
  const [y, q] = key.split('-Q').map(Number) as [number, number];
  return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
}

/** Sort key: a year report after its fourth quarter, 6 months after Q2, 9 months after Q3. */
function order(key: string): string {
  const m = /^(\d{4})(?:-(Q[1-4]|H1|9M))?$/.exec(key);
  if (!m) return key;
  const rank: Record<string, string> = { Q1: '1', Q2: '2', H1: '2b', Q3: '3', '9M': '3b', Q4: '4' };
  return `${m[1]}-${m[2] ? rank[m[2]] : '5'}`;
}

export function centrePeriods(received: (string | null)[], today: IsoDate): string[] {
  const current = quarterOf(today).key;
  const all = new Set<string>([current, previousQuarter(current)]);
  for (const p of received) if (p) all.add(p);
  return [...all].sort((a, b) => order(b).localeCompare(order(a)));
}
