// Bulk insert: 2,000 tasks through the task service (references, consistency and code checks, the row,
// its supporting agency, the search row, the audit row in its change set) against bare prepared
// INSERTs of the same task rows, each batch one transaction on the same file, the baseline on a plain
// better-sqlite3 connection with the app's pragmas. The two alternate, batch by batch, so that both see
// the file at the same size and the machine under the same load. A third batch writes, bare, every row
// the service writes for a task (also its sort keys, search rows and audit row): not the goal's
// baseline, but the floor of the rows themselves, so the rest of the ratio can be read as the service's.
import Database from 'better-sqlite3';
import { applyPragmas } from '../main/db/open';
import { inTransaction, type ServiceContext } from '../main/services/context';
import { createPlan } from '../main/services/plans';
import { createTask } from '../main/services/tasks';
import { flushSearch } from '../main/services/search';
import { sortKey } from '../shared/text/collate';
import { foldVietnamese } from '../shared/text/fold';
import { taskFields } from './generate';
import { median, type Figure } from './measure';

const N = 2000;

export async function insertBenchmarks(
  ctx: ServiceContext,
  file: string,
  pillars: string[],
  agencies: string[],
  year: number,
  runs: number,
): Promise<Figure[]> {
  const plan = createPlan(ctx, {
    code: `BULK-${Date.now()}`,
    title: 'bulk',
    yearFrom: year,
    yearTo: year,
    issuedOn: null,
    issuedBy: null,
    basis: '',
    state: 'dang_thuc_hien',
  });
  const raw = new Database(file);
  applyPragmas(raw);
  const insert = raw.prepare(
    `INSERT INTO task (id, plan_id, code, title, pillar_id, lead_agency_id, output, start_date, due_date, state, progress, completed_on, result, difficulties, proposals, source_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const support = raw.prepare('INSERT INTO task_supporting_agency (task_id, agency_id) VALUES (?, ?)');
  const keys = raw.prepare('INSERT INTO task_sort_key (task_id, code_key, title_key) VALUES (?, ?, ?)');
  const searchKey = raw.prepare(
    "INSERT INTO search_key (entity, entity_id) VALUES ('task', ?) RETURNING rowid",
  );
  const searchRow = raw.prepare(
    "INSERT INTO search_index (rowid, entity, entity_id, title, subtitle, folded) VALUES (?, 'task', ?, ?, ?, ?)",
  );
  const audit = raw.prepare(
    "INSERT INTO audit (at, actor, entity, entity_id, action, before, after, change_set_id) VALUES (?, 'bench', 'task', ?, 'create', NULL, ?, NULL)",
  );
  // The names the service folds into a task's search row with its text (tasks.ts `index`), read once.
  const shownName = (sql: string) =>
    new Map((raw.prepare(sql).all() as { id: string; name: string }[]).map((r) => [r.id, r.name]));
  const agencyName = shownName('SELECT id, COALESCE(short_name, name) AS name FROM agency');
  const pillarName = shownName('SELECT id, name FROM pillar');
  const viaServices = (batch: number) =>
    inTransaction(ctx, () => {
      for (let i = 0; i < N; i++)
        createTask(ctx, { ...taskFields(plan.id, i, pillars, agencies, year), code: `S${batch}.${i}` });
    });
  const bare = (batch: number, prefix: string, everyRow: boolean) =>
    raw.transaction(() => {
      for (let i = 0; i < N; i++) {
        const t = taskFields(plan.id, i, pillars, agencies, year);
        const id = crypto.randomUUID();
        const now = new Date().toISOString();
        const code = `${prefix}${batch}.${i}`;
        // The keys before the task row, as the service writes them (migration 10's trigger then adds none).
        if (everyRow) keys.run(id, sortKey(code), sortKey(t.title));
        insert.run(
          id,
          t.planId,
          code,
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
        if (!everyRow) continue;
        const { rowid } = searchKey.get(id) as { rowid: number };
        const parts = [
          t.title,
          code,
          t.output,
          t.result,
          agencyName.get(t.leadAgencyId),
          pillarName.get(t.pillarId),
        ];
        searchRow.run(rowid, id, t.title, code, foldVietnamese(parts.filter(Boolean).join(' ')));
        audit.run(now, id, JSON.stringify({ id, ...t, code }));
      }
    })();
  const services: number[] = [];
  const afterCommit: number[] = [];
  const bareMs: number[] = [];
  const everyRowMs: number[] = [];
  try {
    for (let batch = 0; batch <= runs; batch++) {
      const t0 = performance.now();
      viaServices(batch);
      const tc = performance.now();
      flushSearch(ctx);
      const t1 = performance.now();
      bare(batch, 'R', false);
      const t2 = performance.now();
      bare(batch, 'W', true);
      const t3 = performance.now();
      // the first batch of each warms statements and caches
      if (batch > 0) {
        services.push(tc - t0);
        afterCommit.push(t1 - tc);
        bareMs.push(t2 - t1);
        everyRowMs.push(t3 - t2);
      }
    }
  } finally {
    raw.close();
  }
  const s = median(services);
  const b = median(bareMs);
  return [
    {
      name: `bulk insert ${N} tasks through the services`,
      medianMs: s,
      runs,
      baseline: `bulk insert ${N} tasks, bare better-sqlite3`,
    },
    {
      name: `their search rows, written after commit (flushSearch)`,
      medianMs: median(afterCommit),
      runs,
      note: `services + search rows / bare = ${((s + median(afterCommit)) / b).toFixed(1)}x (not the goal's ratio)`,
    },
    {
      name: `bulk insert ${N} tasks, bare better-sqlite3`,
      medianMs: b,
      runs,
      note: `ratio services / bare = ${(s / b).toFixed(1)}x`,
    },
    {
      name: `bulk insert ${N} tasks, bare, every row the service writes`,
      medianMs: median(everyRowMs),
      runs,
      note: `ratio services / same rows bare = ${(s / median(everyRowMs)).toFixed(1)}x (not the goal's baseline)`,
    },
  ];
}
