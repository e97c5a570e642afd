// The plan import's corrections become the dry run's input as the contract reads it: a new plan only
// when no plan is chosen, the sheets as found plus the person's column changes (one change keeps the
// rest), every agency decision in the contract's shape, an undecided name left to the backend.
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../shared/api/sheetSchemas';
import type { PlanImportDryRun } from '../../../shared/api/sheetTypes';
import {
  dryRunInput,
  sheetsFrom,
  withColumn,
  type Choices,
} from '../../../renderer/pages/planimport/importChoices';

const file = { fileName: 'kh.xlsx', fileBase64: Buffer.from('PK fake').toString('base64') };
const none: Choices = { planId: null, newPlan: null, sheets: null, agencies: {} };

describe('plan import choices', () => {
  it('sends nothing but the file and the target when the person changed nothing', () => {
    expect(dryRunInput(file, none)).toEqual({ ...file, planId: null, agencies: {} });
    expect(planImport.safeParse(dryRunInput(file, none)).success).toBe(true);
  });

  it('sends the new plan only for a new plan', () => {
    const newPlan = { code: '45/KH-UBND', title: 'Kế hoạch', yearFrom: 2025, yearTo: 2026 };
    expect(dryRunInput(file, { ...none, newPlan })).toMatchObject({ newPlan });
    expect(dryRunInput(file, { ...none, planId: 'p1', newPlan })).not.toHaveProperty('newPlan');
  });

  it('turns every agency decision into the contract shape, leaving undecided names out', () => {
    const input = dryRunInput(file, {
      ...none,
      agencies: {
        'Sở KH&CN': {
          kind: 'create',
          code: 'SKHCN',
          name: 'Sở Khoa học và Công nghệ',
          shortName: 'Sở KH&CN',
          agencyKind: 'so_ban_nganh',
        },
        'SỞ KHOA HỌC VÀ CÔNG NGHỆ': {
          kind: 'create',
          code: 'SKHCN',
          name: 'Sở Khoa học và Công nghệ',
          shortName: 'Sở KH&CN',
          agencyKind: 'so_ban_nganh',
          sameAs: 'Sở KH&CN',
        },
        'Các sở, ngành': { kind: 'ignore' },
        'Công an': { kind: 'agency', agencyId: '0b7d8c3e-4f1a-4c2b-9d1e-2a3b4c5d6e7f' },
        'Sở lạ': { kind: 'undecided' },
      },
    });
    expect(input.agencies).toEqual({
      'Sở KH&CN': {
        create: {
          code: 'SKHCN',
          name: 'Sở Khoa học và Công nghệ',
          shortName: 'Sở KH&CN',
          kind: 'so_ban_nganh',
        },
      },
      // The same new code: the backend makes one agency of both names.
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ': {
        create: {
          code: 'SKHCN',
          name: 'Sở Khoa học và Công nghệ',
          shortName: 'Sở KH&CN',
          kind: 'so_ban_nganh',
        },
      },
      'Các sở, ngành': { ignore: true },
      'Công an': { agencyId: '0b7d8c3e-4f1a-4c2b-9d1e-2a3b4c5d6e7f' },
    });
    expect(planImport.safeParse(input).success).toBe(true);
  });

  it('keeps the sheets as found when one column is corrected, and can leave a field out', () => {
    const dry = {
      sheets: [
        { name: 'Kế hoạch', used: true, headerRow: 4, columns: [], unmapped: [] },
        { name: 'Ẩn', used: false, headerRow: null, columns: [], unmapped: [] },
        { name: 'Chỉ tiêu', used: true, headerRow: 1, columns: [], unmapped: [] },
      ],
    } as unknown as PlanImportDryRun;
    const base = sheetsFrom(dry);
    expect(base).toEqual([
      { name: 'Kế hoạch', headerRow: 4 },
      { name: 'Chỉ tiêu', headerRow: 1 },
    ]);
    const next = withColumn(withColumn(base, 'Kế hoạch', 'lead', 'D'), 'Kế hoạch', 'note', null);
    expect(next).toEqual([
      { name: 'Kế hoạch', headerRow: 4, columns: { lead: 'D', note: null } },
      { name: 'Chỉ tiêu', headerRow: 1 },
    ]);
    const input = dryRunInput(file, { ...none, sheets: next });
    expect(planImport.parse(input).sheets?.[0]?.columns).toEqual({ lead: 'D', note: null });
  });
});
