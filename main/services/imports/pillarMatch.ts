// Which pillar a group row of a plan annex names: "I. CHÍNH QUYỀN SỐ" is Chính quyền số, "1. Hạ tầng
// số" is Hạ tầng và nền tảng số. Names are compared as sets of folded words, without the words every
// pillar's name may carry ("trụ cột", "lĩnh vực", "phát triển", "và"): one name's words all within the
// other's is a match, the closest (fewest extra words) winning; a tie is no match.
import type { Pillar } from '../../../shared/api/types';
import { foldVietnamese } from '../../../shared/text/fold';

const NOISE = new Set(['tru', 'cot', 'linh', 'vuc', 'phat', 'trien', 'va', 've', 'nhom', 'nhiem', 'vu']);

function words(name: string): string[] {
  return foldVietnamese(name)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(' ')
    .filter((w) => w && !NOISE.has(w));
}

export function matchPillar(name: string, pillars: readonly Pillar[]): Pillar | null {
  const mine = new Set(words(name));
  if (mine.size === 0) return null;
  let best: Pillar | null = null;
  let bestExtra = Infinity;
  let tie = false;
  for (const p of pillars) {
    const theirs = new Set(words(p.name));
    if (theirs.size === 0) continue;
    const [small, large] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
    if (![...small].every((w) => large.has(w))) continue;
    const extra = large.size - small.size;
    if (extra < bestExtra) {
      best = p;
      bestExtra = extra;
      tie = false;
    } else if (extra === bestExtra) tie = true;
  }
  return tie ? null : best;
}

/** "CHÍNH QUYỀN SỐ" -> "Chính quyền số": a pillar's name from a group row written in capitals. */
export function sentenceCase(name: string): string {
  const t = name.trim().replace(/\s+/g, ' ');
  if (t !== t.toLocaleUpperCase('vi')) return t;
  const lower = t.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** "Chính quyền số" -> "CQS", made unique among `taken` (case ignored) with -2, -3, … */
export function codeFromName(name: string, taken: Set<string>): string {
  const base =
    foldVietnamese(name)
      .replace(/[^a-z0-9 ]+/g, ' ')
      .split(' ')
      .filter((w) => w && w !== 'va')
      .map((w) => w[0])
      .join('')
      .toUpperCase()
      .slice(0, 12) || 'TC';
  let code = base;
  for (let n = 2; taken.has(code.toLowerCase()); n++) code = `${base}-${n}`;
  taken.add(code.toLowerCase());
  return code;
}
