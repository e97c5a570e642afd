// "Cần xem lại trước khi ký" (main/services/reports/checklist.ts) for the scripted province's Quý IV report.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIndicator, setValues } from '../../../main/services/indicators';
import { reportChecklist } from '../../../main/services/reports/checklist';
import { scriptedProvince, type Province } from './fixture';

let p: Province;
beforeEach(async () => {
  p = await scriptedProvince();
});
afterEach(() => p.store.close());

const check = (period = '2025-Q4') => reportChecklist(p.store.ctx, { planId: p.planId, period });

describe('reportChecklist', () => {
  it('lists indicators without a value, those on an older period, and those without a target', () => {
    createIndicator(p.store.ctx, {
      planId: p.planId,
      code: 'CT06',
      name: 'Chỉ tiêu chưa giao kế hoạch',
      unit: 'hệ thống',
      pillarId: null,
      direction: 'increase',
      leadAgencyId: null,
      definition: '',
    });
    const c = check();
    expect(c.items.map((i) => [i.kind, i.code, i.period])).toEqual([
      ['no_value', 'CT05', null],
      ['no_value', 'CT06', null],
      ['stale_value', 'CT02', '2025-Q3'],
      ['no_target', 'CT06', null],
    ]);
    expect(c.items.find((i) => i.kind === 'stale_value')!.message).toBe(
      'CT02: báo cáo dùng số liệu Quý III/2025; chưa có số liệu Quý IV/2025.',
    );
    expect(c.counts).toEqual({ valueWarnings: 0, noValue: 2, staleValue: 1, noTarget: 1 });
  });

  it("lists the values of the report's periods saved with warnings, not those of later periods", () => {
    const ctx = p.store.ctx;
    setValues(ctx, {
      values: [
        { indicatorId: p.ids.CT01!, period: '2025-Q3', value: 120, confirmed: true },
        { indicatorId: p.ids.CT03!, period: '2026-Q1', value: 10, confirmed: true },
      ],
    });
    const warned = check().items.filter((i) => i.kind === 'value_warning');
    expect(warned.map((i) => [i.code, i.period, i.value])).toEqual([['CT01', '2025-Q3', 120]]);
    expect(warned[0]!.message).toBe('CT01, Quý III/2025 (120 %): Tỷ lệ 120% nằm ngoài khoảng 0-100%.');
    // A Quý II report does not cover Quý III.
    expect(check('2025-Q2').items.filter((i) => i.kind === 'value_warning')).toEqual([]);
  });

  it('refuses an unknown period with a message for the person', () => {
    expect(() => reportChecklist(p.store.ctx, { planId: p.planId, period: '2025-Q5' })).toThrow(
      /Kỳ báo cáo "2025-Q5" không hợp lệ/,
    );
  });
});
