// The data-access figures of issue 15, counted over the TypeScript files of main/ that git tracks:
//   casts      untyped `.get(…)/.all(…) as …` results (calls spanning several lines included)
//   templates  SQL templates handed to prepare()/exec() that interpolate `${…}`
//   selectStar `SELECT *` in SQL text
//   router     prepare() calls in the router (main/api.ts, main/api-*.ts)
// Run from the repository root: `node scripts/sql-health.mjs` (add --files for the per-file casts,
// --rev <commit> to count a commit instead of the working tree).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const revAt = process.argv.indexOf('--rev');
const rev = revAt > 0 ? process.argv[revAt + 1] : null;
const git = (...args) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 26 });
const files = (rev ? git('ls-tree', '-r', '--name-only', rev, 'main') : git('ls-files', 'main'))
  .split('\n')
  .filter((f) => f.endsWith('.ts'));
const read = (file) => (rev ? git('show', `${rev}:${file}`) : readFileSync(file, 'utf8'));
const count = (text, re) => (text.match(re) ?? []).length;
const CAST = /\.(?:get|all)\((?:[^()]|\([^()]*\))*\)\s*as\s/g;
const TEMPLATE = /\.(?:prepare|exec)\(\s*`[^`]*\$\{/g;
const totals = { casts: 0, templates: 0, selectStar: 0, router: 0 };
const perFile = [];
for (const file of files) {
  const text = read(file);
  const casts = count(text, CAST);
  totals.casts += casts;
  totals.templates += count(text, TEMPLATE);
  totals.selectStar += count(text, /SELECT \*/g);
  if (/^main\/api(-[\w-]+)?\.ts$/.test(file)) totals.router += count(text, /prepare\(/g);
  if (casts) perFile.push(`${String(casts).padStart(3)} ${file}`);
}
console.log(JSON.stringify(totals));
if (process.argv.includes('--files')) console.log(perFile.join('\n'));
