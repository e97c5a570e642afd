// `npm run bench`: medians on a generated large province, with ratios against a raw baseline measured
// in the same run. Figures go into README.md by hand; tests never assert timings.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../main/db/open';
import { createContext } from '../main/services/context';
import { inTransaction } from '../main/services/context';
import { getDashboard } from '../main/services/dashboard';
import { createPlan } from '../main/services/plans';
import { search } from '../main/services/search';
import { createTask, listTasks } from '../main/services/tasks';
import { generateLargeProvince, SIZE, taskFields } from './generate';
import { printFigures, time, type Figure } from './measure';
import { extraBenchmarks } from './extra';
import { openCheckBenchmarks } from './openCheck';
import { formsBenchmarks } from './formsBench';

const YEAR = 2025;
const AT = '2025-11-20';

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'tiendo-bench-'));
  const file = path.join(dir, 'large.db');
  try {
    console.log(
      `Generating a large province (${SIZE.agencies} agencies, ${SIZE.tasks} tasks, ${SIZE.indicators} indicators, ${SIZE.indicators * SIZE.valueYears * 7} values)…`,
    );
    const t0 = Date.now();
    const db = await openDatabase({ file });
    const ctx = createContext(db, { now: () => new Date('2025-11-20T03:00:00Z') });
    const { planId, pillars, agencies } = generateLargeProvince(ctx, YEAR);
    console.log(`generated in ${((Date.now() - t0) / 1000).toFixed(1)} s; file ${file}`);
    db.close();

    const figures: Figure[] = [];
    figures.push(
      await time('open + migrate (new file)', 9, async () => {
        const f = path.join(dir, `fresh-${Math.random()}.db`);
        (await openDatabase({ file: f })).close();
        rmSync(f);
      }),
    );
    figures.push(...(await openCheckBenchmarks(file)));

    const big = await openDatabase({ file });
    const bctx = createContext(big, { now: () => new Date('2025-11-20T03:00:00Z') });
    figures.push(
      await time('dashboard aggregates (10k tasks, 300 indicators)', 15, () =>
        getDashboard(bctx, { planId, at: AT }),
      ),
    );
    const page = () =>
      listTasks(bctx, {
        planId,
        pillarId: pillars[1]!,
        leadAgencyId: null,
        situations: ['qua_han', 'sap_den_han', 'trong_han'],
        dueFrom: null,
        dueTo: null,
        q: '',
        at: AT,
        sort: 'dueDate',
        dir: 'desc',
        offset: 0,
        limit: 200,
      });
    figures.push(await time('filtered, sorted task page (200 rows)', 25, page));
    figures.push(
      await time('whole task list (10k rows, for the virtualised table)', 9, () =>
        listTasks(bctx, {
          planId,
          pillarId: null,
          leadAgencyId: null,
          situations: [],
          dueFrom: null,
          dueTo: null,
          q: '',
          at: AT,
          sort: 'code',
          dir: 'asc',
          offset: 0,
          limit: 20_000,
        }),
      ),
    );
    figures.push(await time('search "duong" (all records)', 25, () => search(bctx, 'duong', 30)));
    figures.push(
      await time('task list filtered by text "chuyen doi so"', 25, () =>
        listTasks(bctx, {
          planId,
          pillarId: null,
          leadAgencyId: null,
          situations: [],
          dueFrom: null,
          dueTo: null,
          q: 'chuyen doi so',
          at: AT,
          sort: 'code',
          dir: 'asc',
          offset: 0,
          limit: 200,
        }),
      ),
    );

    // Bulk insert: 2,000 tasks through the services (validation of references, audit row, search row)
    // against bare prepared INSERTs of the same task rows, both in one transaction on the same file.
    const N = 2000;
    const plan2 = createPlan(bctx, {
      code: 'BULK',
      title: 'bulk',
      yearFrom: YEAR,
      yearTo: YEAR,
      issuedOn: null,
      issuedBy: null,
      basis: '',
      state: 'dang_thuc_hien',
    });
    let batch = 0;
    const viaServices = await time(`bulk insert ${N} tasks through the services`, 5, () => {
      batch++;
      inTransaction(bctx, () => {
        for (let i = 0; i < N; i++)
          createTask(bctx, { ...taskFields(plan2.id, i, pillars, agencies, YEAR), code: `S${batch}.${i}` });
      });
    });
    const raw = new Database(file);
    const insert = raw.prepare(
      `INSERT INTO task (id, plan_id, code, title, pillar_id, lead_agency_id, output, start_date, due_date, state, progress, completed_on, result, difficulties, proposals, source_text, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const support = raw.prepare('INSERT INTO task_supporting_agency (task_id, agency_id) VALUES (?, ?)');
    let rawBatch = 0;
    const bare = await time(`bulk insert ${N} tasks, bare better-sqlite3`, 5, () => {
      rawBatch++;
      raw.transaction(() => {
        for (let i = 0; i < N; i++) {
          const t = taskFields(plan2.id, i, pillars, agencies, YEAR);
          const id = crypto.randomUUID();
          const now = new Date().toISOString();
          insert.run(
            id,
            t.planId,
            `R${rawBatch}.${i}`,
            t.title,
            t.pillarId,
            t.leadAgencyId,
            t.output,
            t.startDate,
            t.dueDate,
            t.state,
            t.progress,
            t.completedOn,
            t.result,
            t.difficulties,
            t.proposals,
            t.sourceText,
            now,
            now,
          );
          support.run(id, t.supportingAgencyIds[0]!);
        }
      })();
    });
    raw.close();
    figures.push(viaServices, {
      ...bare,
      note: `ratio services / bare = ${(viaServices.medianMs / bare.medianMs).toFixed(1)}x`,
    });

    figures.push(
      ...(await extraBenchmarks({
        ctx: bctx,
        dbFile: file,
        planId,
        year: YEAR,
        at: AT,
        closeStore: () => big.close(),
      })),
    );
    if (big.open) big.close();
    figures.push(...(await formsBenchmarks()));
    console.log('');
    printFigures(figures);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
