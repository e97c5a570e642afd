// What the check at open costs on the large province: opening as the app does (lock, header look,
// quick_check) against the same open without the check (bare better-sqlite3 with the app's pragmas), plus
// quick_check and integrity_check alone. Run on its own with `node --import tsx bench/openCheck.ts`
// (generates the large province first), or as part of `npm run bench`.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyPragmas, openDatabase } from '../main/db/open';
import { createContext } from '../main/services/context';
import { generateLargeProvince } from './generate';
import { printFigures, time, type Figure } from './measure';

export async function openCheckBenchmarks(
  file: string,
  runs: (n: number) => number = (n) => n,
): Promise<Figure[]> {
  const sizeMb = (statSync(file).size / 1024 / 1024).toFixed(1);
  const withCheck = await time(
    'open the file as the app does (lock, quick_check)',
    runs(9),
    async () => (await openDatabase({ file })).close(),
    `${sizeMb} MB`,
  );
  const bare = await time(
    'the same open without the check (bare better-sqlite3, same pragmas)',
    runs(9),
    () => {
      const db = new Database(file);
      applyPragmas(db);
      db.close();
    },
  );
  const raw = new Database(file, { readonly: true });
  const quick = await time('PRAGMA quick_check alone', runs(9), () => raw.pragma('quick_check'));
  const integrity = await time('PRAGMA integrity_check alone (what `tiendo check` runs)', runs(5), () =>
    raw.pragma('integrity_check'),
  );
  raw.close();
  return [
    // The open's cost is its check: SQLite's own quick_check is what it grows with.
    { ...withCheck, baseline: quick.name },
    { ...bare, note: `the check at open costs ${(withCheck.medianMs - bare.medianMs).toFixed(1)} ms` },
    quick,
    { ...integrity, note: `ratio integrity / quick = ${(integrity.medianMs / quick.medianMs).toFixed(1)}x` },
  ];
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'tiendo-bench-open-'));
  const file = path.join(dir, 'large.db');
  try {
    const db = await openDatabase({ file });
    generateLargeProvince(createContext(db, { now: () => new Date('2025-11-20T03:00:00Z') }), 2025);
    db.close();
    printFigures(await openCheckBenchmarks(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  void main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
