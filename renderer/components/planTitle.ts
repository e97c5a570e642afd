// A plan as a selector shows it: its number and a readable title short enough for the box. "Kế hoạch"
// at the start is dropped (the field is labelled "Kế hoạch" already) and a long title keeps its first and
// last words around "…" — the subject and the years, which is how secretaries tell plans apart.
import type { Plan } from '../../shared/api/types';

/** Characters of title a selector shows before it shortens the middle. */
export const PLAN_TITLE_BUDGET = 40;

const LEADING_KIND = /^kế hoạch\s+/iu;

/** The title cut in the middle at word boundaries to at most `budget` characters (plus the "…"). */
export function shortTitle(title: string, budget: number = PLAN_TITLE_BUDGET): string {
  const text = title.trim().replace(/\s+/gu, ' ');
  if (text.length <= budget) return text;
  const words = text.split(' ');
  const head: string[] = [];
  const tail: string[] = [];
  let used = 2; // the "…" and its spaces
  let i = 0;
  let j = words.length - 1;
  // Take words alternately from the end (the years) and the start (the subject), start first.
  for (let fromStart = true; i <= j; fromStart = !fromStart) {
    const word = fromStart ? words[i]! : words[j]!;
    if (used + word.length + 1 > budget) break;
    used += word.length + 1;
    if (fromStart) head.push(words[i++]!);
    else tail.unshift(words[j--]!);
  }
  if (head.length === 0) return `${text.slice(0, budget - 1)}…`;
  return tail.length ? `${head.join(' ')} … ${tail.join(' ')}` : `${head.join(' ')} …`;
}

/** "45/KH-UBND · Chuyển đổi số tỉnh … 2026-2030": the plan's number and a title that fits a selector. */
export function planShortLabel(p: Pick<Plan, 'code' | 'title'>, budget: number = PLAN_TITLE_BUDGET): string {
  const title = shortTitle(p.title.trim().replace(LEADING_KIND, ''), budget);
  return title ? `${p.code} · ${title.charAt(0).toLocaleUpperCase('vi') + title.slice(1)}` : p.code;
}
