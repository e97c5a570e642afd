// One order everywhere: SQL's ORDER BY tiendo_sort_key(...) equals the shared comparator
// (shared/text/collate.ts) on a table of tricky names and codes, and the task, agency and indicator lists,
// the filters' options, the report annexes and the exported workbook all follow it.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReportWorkbook } from '../../../main/excel/report';
import { createAgency, listAgencies } from '../../../main/services/agencies';
import { createIndicator, listIndicators, valueGrid } from '../../../main/services/indicators';
import { buildReportModel } from '../../../main/services/reports/model';
import { createTask, listTasks } from '../../../main/services/tasks';
import { agencyOptions } from '../../../renderer/components/agencyOptions';
import { compareText } from '../../../shared/text/collate';
import { CODES, NAMES, ORDERED } from '../../helpers/sortTable';
import { openTestStore, type TestStore } from '../../helpers/store';
import { wholeTaskList } from '../../../main/services/taskListFilter';
import { addPlan, taskFields } from '../../helpers/records';

let store: TestStore;
let planId: string;
/** A list scrambled deterministically, so that insertion order says nothing about the expected order. */
const scramble = (list: string[]) =>
  list
    .map((s, i) => ({ s, k: (i * 17) % list.length }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.s);
const scrambled = scramble(ORDERED);
// Record i gets a code and a name (inserted scrambled), so both orders are exercised; no two codes or
// names differ only in case (a store may keep those unique). There are more names than tricky codes:
// the rest get plain codes after them ('Z.1', 'Z.2', …, in natural order too).
const names = NAMES;
const codes = names.map((_, i) => CODES[i] ?? `Z.${i - CODES.length + 1}`);
const nameOfCode = new Map(codes.map((c, i) => [c, names[i]!]));

beforeAll(async () => {
  store = await openTestStore('2025-11-20T03:00:00.000Z');
  const ctx = store.ctx;
  planId = addPlan(ctx, '45/KH-UBND', 'Kế hoạch');
  scramble(codes).forEach((code, i) => {
    const name = nameOfCode.get(code)!;
    const agency = createAgency(ctx, {
      code: `A${i}`,
      name,
      shortName: name,
      kind: 'ubnd_xa',
      email: null,
      validFrom: null,
      validTo: null,
    });
    createTask(ctx, taskFields(planId, code, { title: name, leadAgencyId: agency.id, progress: 0 }));
    createIndicator(ctx, {
      planId,
      code,
      name,
      unit: 'hồ sơ',
      pillarId: null,
      direction: 'increase',
      leadAgencyId: agency.id,
      definition: '',
    });
  });
});
afterAll(() => store.close());

const tasks = (sort: 'code' | 'title' | 'leadAgency', dir: 'asc' | 'desc' = 'asc') =>
  listTasks(store.ctx, { ...wholeTaskList(planId, null), sort, dir, limit: 1000 }).rows;

describe('SQL order equals the shared comparator', () => {
  it('ORDER BY tiendo_sort_key sorts the tricky table as compareText does', () => {
    const rows = store.ctx.db
      .prepare('SELECT value FROM json_each(?) ORDER BY tiendo_sort_key(value)')
      .all(JSON.stringify(scrambled)) as { value: string }[];
    expect(rows.map((r) => r.value)).toEqual(ORDERED);
    expect([...scrambled].sort(compareText)).toEqual(ORDERED);
  });

  it('keeps NULL first, as compareText does', () => {
    const rows = store.ctx.db
      .prepare('SELECT value FROM json_each(\'["b", null, "a"]\') ORDER BY tiendo_sort_key(value)')
      .all() as { value: string | null }[];
    expect(rows.map((r) => r.value)).toEqual([null, 'a', 'b']);
  });
});

describe('lists follow it', () => {
  it('the task list by code, by title and by lead agency, both directions', () => {
    expect(tasks('code').map((t) => t.code)).toEqual(codes);
    expect(tasks('title').map((t) => t.title)).toEqual(names);
    expect(tasks('leadAgency').map((t) => t.leadAgencyName)).toEqual(names);
    expect(tasks('code', 'desc').map((t) => t.code)).toEqual([...codes].reverse());
  });

  it('the agency list, and the options of every agency filter and selector', () => {
    expect(listAgencies(store.ctx, false).map((a) => a.name)).toEqual(names);
    expect(agencyOptions(listAgencies(store.ctx, false).reverse()).map((o) => o.label)).toEqual(names);
  });

  it('departments before communes, whatever the names', () => {
    createAgency(store.ctx, {
      code: 'SZ',
      name: 'Văn phòng UBND tỉnh',
      shortName: null,
      kind: 'so_ban_nganh',
      email: null,
      validFrom: null,
      validTo: null,
    });
    const names = listAgencies(store.ctx, false).map((a) => a.name);
    expect(names[0]).toBe('Văn phòng UBND tỉnh');
    expect(agencyOptions(listAgencies(store.ctx, false))[0]!.label).toBe('Văn phòng UBND tỉnh');
    store.ctx.db.prepare("UPDATE agency SET archived_at = 'x' WHERE code = 'SZ'").run();
  });

  it('the indicator list and the value grid', () => {
    const list = listIndicators(store.ctx, { planId, pillarId: null, leadAgencyId: null, q: '', at: null });
    expect(list.map((i) => i.code)).toEqual(codes);
    expect(valueGrid(store.ctx, { planId, year: 2025 }).rows.map((r) => r.code)).toEqual(codes);
  });
});

describe('the report follows it: annexes in the model and in the exported workbook', () => {
  it('orders both annexes by code, and the workbook rows as the model', async () => {
    const m = buildReportModel(store.ctx, { planId, period: '2025-Q4', kind: 'bao_cao_dinh_ky' });
    const taskCodes = m.annex2.groups.flatMap((g) => g.rows.map((r) => r.code));
    const indicatorCodes = m.annex1.groups.flatMap((g) => g.rows.map((r) => r.code));
    expect(taskCodes).toEqual(codes);
    expect(indicatorCodes).toEqual(codes);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeReportWorkbook(m)) as unknown as ArrayBuffer);
    const column = (sheet: string, col: number) => {
      const ws = wb.getWorksheet(sheet)!;
      const out: string[] = [];
      ws.eachRow((row) => {
        const v = row.getCell(col).value;
        if (typeof v === 'string' && (codes.includes(v) || names.includes(v))) out.push(v);
      });
      return out;
    };
    expect(column('Phụ lục 1', 2)).toEqual(codes);
    // Annex 2 prints the task's title in its "Nhiệm vụ" column, rows in code order.
    expect(column('Phụ lục 2', 2)).toEqual(codes.map((c) => nameOfCode.get(c)));
  });
});
