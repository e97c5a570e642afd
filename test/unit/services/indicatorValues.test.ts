// Which values a figure uses (main/services/indicatorValues.ts), and the plausibility check on save.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../main/errors';
import { getDashboard } from '../../../main/services/dashboard';
import {
  createIndicator,
  getIndicator,
  listIndicators,
  setTarget,
  setValues,
  valueGrid,
} from '../../../main/services/indicators';
import { buildReportModel } from '../../../main/services/reports/model';
import { createPlan } from '../../../main/services/plans';
import { openTestStore, type TestStore } from '../../helpers/store';

let store: TestStore;
let planId: string;
let pct: string;
let docs: string;

beforeEach(async () => {
  store = await openTestStore('2025-07-01T03:00:00.000Z');
  const ctx = store.ctx;
  planId = createPlan(ctx, {
    code: '45/KH-UBND',
    title: 'Kế hoạch chuyển đổi số năm 2025',
    yearFrom: 2025,
    yearTo: 2025,
    issuedOn: '2025-01-20',
    issuedBy: null,
    basis: '',
    state: 'dang_thuc_hien',
  }).id;
  const add = (code: string, unit: string, target: number) => {
    const id = createIndicator(ctx, {
      planId,
      code,
      name: `Chỉ tiêu ${code}`,
      unit,
      pillarId: null,
      direction: 'increase',
      leadAgencyId: null,
      definition: '',
    }).id;
    setTarget(ctx, { indicatorId: id, year: 2025, baseline: 0, target });
    return id;
  };
  pct = add('CT01', '%', 80);
  docs = add('CT02', 'hồ sơ', 1000);
});
afterEach(() => store.close());

const at = (iso: string) => store.clock.set(iso);
const set = (indicatorId: string, period: string, value: number | null, extra: object = {}) =>
  setValues(store.ctx, { values: [{ indicatorId, period, value, ...extra }] });
const report = (period: string) => buildReportModel(store.ctx, { planId, period, kind: 'bao_cao_dinh_ky' });
const annexRow = (period: string, code: string) =>
  report(period)
    .annex1.groups.flatMap((g) => g.rows)
    .find((r) => r.code === code)!;
const known = (d: string, id: string) =>
  listIndicators(store.ctx, { planId, pillarId: null, leadAgencyId: null, q: '', at: d }).find(
    (i) => i.id === id,
  )!;

describe('a report uses the values of its periods as known when it is made', () => {
  beforeEach(() => {
    at('2025-07-01T03:00:00.000Z');
    set(pct, '2025-Q2', 40);
    // Agencies send the Quý III figures after the 14/09 cut-off.
    at('2025-10-20T03:00:00.000Z');
    set(pct, '2025-Q3', 55);
    set(pct, '2025-Q4', 60, { confirmed: true }); // typed early, for a period that has not ended
    at('2025-10-25T03:00:00.000Z');
  });

  // The annex note holds only the verdict's short numbers ("69% ≥ 60%"): no note of a value taken
  // from another period.
  const verdictOnly = expect.stringMatching(/^(\d+% [≥<] \d+%)?$/);

  it('counts a Quý III value typed on 20/10 in the Quý III and 9-month reports', () => {
    expect(annexRow('2025-Q3', 'CT01')).toMatchObject({ actual: 55, note: verdictOnly });
    expect(annexRow('2025-9M', 'CT01')).toMatchObject({ actual: 55 });
    expect(report('2025-9M').referenceDate).toBe('2025-09-14');
  });

  it('never uses a value of a later period (no Quý IV in a Quý III report)', () => {
    expect(annexRow('2025-H1', 'CT01')).toMatchObject({ actual: 40, note: verdictOnly });
    expect(annexRow('2025-Q3', 'CT01').actual).toBe(55);
  });

  it('prefers its own period at the same cut-off, then a cumulative period to a quarter', () => {
    set(pct, '2025-9M', 50);
    expect(annexRow('2025-9M', 'CT01').actual).toBe(50);
    expect(annexRow('2025-Q3', 'CT01').actual).toBe(55);
    set(pct, '2025-H1', 42);
    expect(annexRow('2025-Q2', 'CT01').actual).toBe(40);
    expect(annexRow('2025-H1', 'CT01').actual).toBe(42);
  });

  it('while the dashboard at 30/09 shows what was known on 30/09', () => {
    const d = getDashboard(store.ctx, { planId, at: '2025-09-30' });
    expect(known('2025-09-30', pct).latest).toMatchObject({ period: '2025-Q2', value: 40 });
    expect(d.indicatorBasis).toBe('Số liệu chỉ tiêu như đã biết đến hết ngày 30/09/2025');
    expect(known('2025-10-20', pct).latest).toMatchObject({ period: '2025-Q4', value: 60 });
  });
});

describe('a view at D shows what was known at D, exactly', () => {
  it('shows a value revised after D with its old number, and a value cleared after D as it was', () => {
    at('2025-07-01T03:00:00.000Z');
    set(docs, '2025-Q2', 300);
    at('2025-08-10T03:00:00.000Z');
    set(docs, '2025-Q2', 350);
    at('2025-09-01T03:00:00.000Z');
    set(docs, '2025-Q2', null);
    expect(known('2025-06-30', docs).latest).toBeNull();
    expect(known('2025-07-01', docs).latest).toMatchObject({ value: 300 });
    expect(known('2025-08-09', docs).latest).toMatchObject({ value: 300 });
    expect(known('2025-08-10', docs).latest).toMatchObject({ value: 350 });
    expect(known('2025-09-01', docs).latest).toBeNull();
    const versions = store.ctx.db
      .prepare(
        'SELECT value, recorded_at, source FROM indicator_value_version WHERE indicator_id = ? ORDER BY seq',
      )
      .all(docs);
    expect(versions).toEqual([
      { value: 300, recorded_at: '2025-07-01T03:00:00.000Z', source: 'write' },
      { value: 350, recorded_at: '2025-08-10T03:00:00.000Z', source: 'write' },
      { value: null, recorded_at: '2025-09-01T03:00:00.000Z', source: 'write' },
    ]);
  });

  it('of two versions recorded at the same instant, shows the one written last', () => {
    at('2025-07-01T03:00:00.000Z');
    set(docs, '2025-Q2', 300);
    set(docs, '2025-Q2', 320);
    set(pct, '2025-Q2', 40);
    set(pct, '2025-Q2', null);
    expect(known('2025-07-01', docs).latest).toMatchObject({ period: '2025-Q2', value: 320 });
    expect(known('2025-07-01', pct).latest).toBeNull();
  });

  it('keeps the audit row shape the undo of value writes relies on', () => {
    at('2025-07-01T03:00:00.000Z');
    set(docs, '2025-Q2', 300);
    set(docs, '2025-Q2', 320);
    const rows = store.ctx.db
      .prepare(
        "SELECT before, after FROM audit WHERE entity = 'indicator' AND action = 'set' AND entity_id = ? ORDER BY seq",
      )
      .all(docs) as { before: string | null; after: string | null }[];
    // (The target set in beforeEach is a 'set' row too, without a period.)
    const parsed = rows
      .map((r) => [r.before && JSON.parse(r.before), r.after && JSON.parse(r.after)])
      .filter(([before, after]) => (before ?? after).period !== undefined);
    expect(parsed).toEqual([
      [null, { period: '2025-Q2', value: 300, warnings: [] }],
      [
        { period: '2025-Q2', value: 300, note: '', evidence: '' },
        { period: '2025-Q2', value: 320, warnings: [] },
      ],
    ]);
  });
});

describe('plausibility on save: refused unless confirmed, kept with the value', () => {
  const counts = () =>
    store.ctx.db
      .prepare(
        'SELECT (SELECT COUNT(*) FROM indicator_value) AS v, (SELECT COUNT(*) FROM indicator_value_version) AS versions, (SELECT COUNT(*) FROM audit) AS audit',
      )
      .get();

  it('refuses 1.234,5 % with the warning per cell and writes nothing of the batch', () => {
    at('2025-07-01T03:00:00.000Z');
    const before = counts();
    let error: unknown;
    try {
      setValues(store.ctx, {
        values: [
          { indicatorId: docs, period: '2025-Q2', value: 300 },
          { indicatorId: pct, period: '2025-Q2', value: 1234.5 },
          { indicatorId: pct, period: '2026-Q1', value: 20 },
        ],
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    expect(e.code).toBe('CAN_XAC_NHAN');
    expect(e.message).toMatch(/^Có 2 ô cần xác nhận trước khi lưu \(chưa lưu gì\)/);
    expect(e.details).toEqual([
      { path: 'values.1', message: 'CT01, Quý II/2025: Tỷ lệ 1.234,5% nằm ngoài khoảng 0-100%.' },
      { path: 'values.2', message: 'CT01, Quý I/2026: Quý I/2026 chưa bắt đầu (từ ngày 15/12/2025).' },
    ]);
    expect(counts()).toEqual(before);
  });

  it('saves a confirmed warning and keeps it on the value, the grid and the detail', () => {
    at('2025-07-01T03:00:00.000Z');
    setValues(store.ctx, { values: [{ indicatorId: pct, period: '2025-Q2', value: 120, confirmed: true }] });
    const grid = valueGrid(store.ctx, { planId, year: 2025 });
    const row = grid.rows.find((r) => r.indicatorId === pct)!;
    expect(row.values['2025-Q2']).toBe(120);
    expect(row.warnings).toEqual({ '2025-Q2': [{ code: 'percent_range', value: 120 }] });
    expect(getIndicator(store.ctx, pct).values[0]!.warnings).toEqual([{ code: 'percent_range', value: 120 }]);
  });

  it('compares with the previous period, also one saved earlier in the same batch', () => {
    at('2025-07-01T03:00:00.000Z');
    expect(() =>
      setValues(store.ctx, {
        values: [
          { indicatorId: docs, period: '2025-Q1', value: 20 },
          { indicatorId: docs, period: '2025-Q2', value: 300 },
        ],
      }),
    ).toThrow(/300 lớn hơn 10 lần số liệu Quý I\/2025 \(20\)/);
    // 20 -> 150 is under ten times: nothing to confirm.
    setValues(store.ctx, {
      values: [
        { indicatorId: docs, period: '2025-Q1', value: 20 },
        { indicatorId: docs, period: '2025-Q2', value: 150 },
      ],
    });
  });

  it("refreshes the next period's jump warning when its previous period changes", () => {
    at('2025-07-01T03:00:00.000Z');
    set(docs, '2025-Q1', 100);
    set(docs, '2025-Q2', 150);
    set(docs, '2025-Q1', 10, { confirmed: true });
    const row = () => valueGrid(store.ctx, { planId, year: 2025 }).rows.find((r) => r.indicatorId === docs)!;
    expect(row().warnings['2025-Q2']).toEqual([
      { code: 'jump', value: 150, previous: 10, previousPeriod: '2025-Q1' },
    ]);
    set(docs, '2025-Q1', 100);
    expect(row().warnings['2025-Q2']).toBeUndefined();
  });

  it('checks a pasted text: it must read as the value, and an ambiguous separator is a warning', () => {
    at('2025-07-01T03:00:00.000Z');
    expect(() =>
      setValues(store.ctx, {
        values: [{ indicatorId: docs, period: '2025-Q2', value: 1.234, pasted: '1.234' }],
      }),
    ).toThrow(/không khớp với chữ đã dán "1.234"/);
    expect(() =>
      setValues(store.ctx, {
        values: [{ indicatorId: docs, period: '2025-Q2', value: 1234, pasted: '1.234' }],
      }),
    ).toThrow(/"1.234" được đọc là 1.234; nếu bảng tính gốc dùng dấu chấm thập phân kiểu Anh thì là 1,234/);
    setValues(store.ctx, {
      values: [{ indicatorId: docs, period: '2025-Q2', value: 1234, pasted: '1.234', confirmed: true }],
    });
    // Typed (no pasted text): the Vietnamese reading, no question asked.
    setValues(store.ctx, { values: [{ indicatorId: docs, period: '2025-Q3', value: 1234 }] });
    const row = valueGrid(store.ctx, { planId, year: 2025 }).rows.find((r) => r.indicatorId === docs)!;
    expect(row.warnings).toEqual({
      '2025-Q2': [{ code: 'ambiguous_separator', text: '1.234', value: 1234, other: 1.234 }],
    });
  });

  it('gives the grid the periods just before its own, for the jump check of its first columns', () => {
    at('2025-07-01T03:00:00.000Z');
    set(docs, '2024-Q4', 70);
    set(docs, '2024', 500);
    const row = valueGrid(store.ctx, { planId, year: 2025 }).rows.find((r) => r.indicatorId === docs)!;
    expect(row.before).toEqual({ '2024-Q4': 70, '2024': 500 });
  });
});
