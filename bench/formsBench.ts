// Importing returned collection forms as the app does (issue 11): 40 agencies' forms, 300 tasks and 300
// indicator values in all, each form filled (every task's progress and result, every value) and saved by
// exceljs. Measured: issuing the 40 forms, the check of all 40 (read in the reader's worker thread, then
// compared), the import of all 40 (read, checked again and written, one change set per form), and the
// longest stall of the event loop of the process doing the import (the sheets are parsed in the worker;
// what stays on the main thread is the comparison and the writes, one form's transaction at a time).
// Each run imports into a fresh province of the same shape: a form imported twice changes nothing.
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../main/db/open';
import { memorySecretStore } from '../main/secrets/store';
import { createAgency } from '../main/services/agencies';
import { createContext, type ServiceContext } from '../main/services/context';
import { createIndicator, setTarget, setValues } from '../main/services/indicators';
import { seedPillars } from '../main/services/pillars';
import { createPlan } from '../main/services/plans';
import { applyForms, checkForms, readFormFiles } from '../main/services/rounds/formImport';
import { issueForms } from '../main/services/rounds/formsOut';
import { createRound } from '../main/services/rounds/rounds';
import { createTask } from '../main/services/tasks';
import { median, type Figure } from './measure';

const AGENCIES = 40;
const TASKS = 300;
const VALUES = 300;
const NOW = new Date('2026-12-10T03:00:00Z');

async function province(
  dir: string,
  n: number,
): Promise<{ ctx: ServiceContext; roundId: string; close(): void }> {
  const db = await openDatabase({ file: path.join(dir, `forms-${n}.db`) });
  const ctx = createContext(db, { now: () => NOW, secrets: memorySecretStore() });
  seedPillars(ctx);
  const plan = createPlan(ctx, {
    code: '45/KH-UBND',
    title: 'Kế hoạch 2026',
    yearFrom: 2026,
    yearTo: 2026,
    issuedOn: null,
    issuedBy: null,
    basis: '',
    state: 'dang_thuc_hien',
  });
  const agencies = Array.from({ length: AGENCIES }, (_, i) =>
    createAgency(ctx, {
      code: `CQ${i + 1}`,
      name: `Sở số ${i + 1}`,
      shortName: null,
      kind: 'so_ban_nganh',
      email: `cq${i + 1}@tinh.gov.vn`,
      validFrom: null,
      validTo: null,
    }),
  );
  for (let i = 0; i < TASKS; i++)
    createTask(ctx, {
      planId: plan.id,
      code: `NV.${i + 1}`,
      title: `Nhiệm vụ chuyển đổi số thứ ${i + 1} của tỉnh, triển khai tại các cơ quan, đơn vị`,
      pillarId: null,
      leadAgencyId: agencies[i % AGENCIES]!.id,
      supportingAgencyIds: [agencies[(i + 1) % AGENCIES]!.id],
      output: 'Báo cáo',
      startDate: null,
      dueDate: '2026-12-31',
      state: 'dang_thuc_hien',
      progress: 40,
      completedOn: null,
      result: '',
      difficulties: '',
      proposals: '',
      sourceText: '',
    });
  for (let i = 0; i < VALUES; i++) {
    const ind = createIndicator(ctx, {
      planId: plan.id,
      code: `CT${i + 1}`,
      name: `Chỉ tiêu ${i + 1}`,
      unit: 'hồ sơ',
      pillarId: null,
      direction: 'increase',
      leadAgencyId: agencies[i % AGENCIES]!.id,
      definition: '',
    });
    setTarget(ctx, { indicatorId: ind.id, year: 2026, baseline: null, target: 1000 });
    setValues(ctx, { values: [{ indicatorId: ind.id, period: '2026-Q3', value: 500 }] });
  }
  const round = createRound(ctx, { planId: plan.id, period: '2026-Q4', dueDate: '2026-12-20' });
  return { ctx, roundId: round.id, close: () => db.close() };
}

/** Every form filled as an agency would: each task's progress and result, each value, saved by exceljs. */
async function filled(ctx: ServiceContext, roundId: string): Promise<{ fileName: string; bytes: Buffer }[]> {
  const forms = await issueForms(ctx, roundId, undefined);
  const out: { fileName: string; bytes: Buffer }[] = [];
  for (const f of forms) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(f.content).buffer);
    const tasks = wb.getWorksheet('Nhiệm vụ')!;
    for (let r = 5; r <= tasks.rowCount; r++) {
      if (!tasks.getCell(r, 2).text) continue;
      tasks.getCell(r, 6).value = 60;
      tasks.getCell(r, 9).value = 'Đã triển khai theo kế hoạch, kết quả tốt';
    }
    const values = wb.getWorksheet('Chỉ tiêu')!;
    for (let r = 5; r <= values.rowCount; r++)
      if (values.getCell(r, 2).text) values.getCell(r, 7).value = '650';
    out.push({ fileName: f.fileName, bytes: Buffer.from(await wb.xlsx.writeBuffer()) });
  }
  return out;
}

/** The longest gap between ticks of a 5 ms interval while `fn` runs (as bench/exportBench.ts measures it). */
async function longestStall<T>(fn: () => Promise<T>): Promise<{ value: T; stall: number }> {
  let last = performance.now();
  let longest = 0;
  const interval = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const value = await fn();
  clearInterval(interval);
  return { value, stall: longest };
}

export async function formsBenchmarks(runs = 3): Promise<Figure[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tiendo-bench-forms-'));
  const issue: number[] = [];
  const check: number[] = [];
  const apply: number[] = [];
  const stall: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const p = await province(dir, run);
      try {
        let t0 = performance.now();
        const files = await filled(p.ctx, p.roundId);
        issue.push(performance.now() - t0); // issuing and filling; the filling (exceljs) is most of it
        t0 = performance.now();
        const checked = checkForms(p.ctx, await readFormFiles(files), p.roundId);
        check.push(performance.now() - t0);
        const changes = checked.files.reduce((n, f) => n + f.changes.length, 0);
        if (changes !== TASKS * 2 + VALUES)
          throw new Error(`expected ${TASKS * 2 + VALUES} changes, got ${changes}`);
        t0 = performance.now();
        const { value, stall: s } = await longestStall(async () =>
          applyForms(p.ctx, await readFormFiles(files), {
            roundId: p.roundId,
            choices: {},
            confirmWarnings: true,
          }),
        );
        apply.push(performance.now() - t0);
        stall.push(s);
        if (!value.ok || value.files.length !== AGENCIES) throw new Error('an import was refused');
      } finally {
        p.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    { name: `${AGENCIES} forms issued and filled (exceljs as the agencies)`, medianMs: median(issue), runs },
    {
      name: `check of ${AGENCIES} returned forms (${TASKS} tasks, ${VALUES} values)`,
      medianMs: median(check),
      runs,
    },
    {
      name: `import of ${AGENCIES} returned forms (read, check, write; ${AGENCIES} change sets)`,
      medianMs: median(apply),
      runs,
    },
    { name: 'longest event-loop stall of the process importing them', medianMs: median(stall), runs },
  ];
}

/** Run alone: node --import tsx bench/formsBench.ts */
if (require.main === module)
  void formsBenchmarks().then((figures) => {
    for (const f of figures) console.log(`${f.name}: ${f.medianMs.toFixed(1)} ms (median of ${f.runs})`);
  });
