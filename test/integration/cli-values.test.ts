// Which values a figure uses, as a user sees it through the `tiendo` command: a Quý III value that an
// agency sent on 20/10/2025, after the 14/09 cut-off, is in the Quý III and 9-month reports (read back
// with `tiendo inspect`), while the dashboard at 30/09/2025 (`tiendo stats --at`) did not know it yet.
// And 199 of 200 tasks done reads "99,5%" in both, never "100%".
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHost } from '../../main/app';
import { createIndicator, setTarget, setValues } from '../../main/services/indicators';
import { createPlan } from '../../main/services/plans';
import { createTask } from '../../main/services/tasks';
import { taskFields } from '../helpers/records';
import { tempDir } from '../helpers/store';
import { memorySecretStore } from '../../main/secrets/store';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'tiendo.cjs');
const built = existsSync(path.resolve(__dirname, '..', '..', 'dist', 'main', 'cli.cjs'));

function tiendo(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TIENDO_DB: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface AnnexRow {
  code: string;
  actual: number | null;
  assessment: string;
  note: string;
}
interface InspectedModel {
  period: { key: string };
  referenceDate: string;
  summary: { indicators: Record<string, number>; taskSentence: string };
  annex1: { groups: { rows: AnnexRow[] }[] };
}

describe.skipIf(!built)('a value sent after the cut-off, through the CLI', () => {
  const dir = tempDir('tiendo-cli-values-');
  const db = path.join(dir, 'tinh.db');

  beforeAll(async () => {
    let now = new Date('2025-07-01T03:00:00.000Z');
    const host = await AppHost.open({
      create: true,
      secrets: memorySecretStore(),
      dbFile: db,
      mode: 'browser',
      version: 'test',
      now: () => now,
    });
    try {
      const ctx = host.ctx;
      const planId = createPlan(ctx, {
        code: '45/KH-UBND',
        title: 'Kế hoạch chuyển đổi số năm 2025',
        yearFrom: 2025,
        yearTo: 2025,
        issuedOn: '2025-01-20',
        issuedBy: 'Ủy ban nhân dân tỉnh Lâm Đồng',
        basis: '',
        state: 'dang_thuc_hien',
      }).id;
      const indicator = (code: string) => {
        const id = createIndicator(ctx, {
          planId,
          code,
          name: `Tỷ lệ ${code}`,
          unit: '%',
          pillarId: null,
          direction: 'increase',
          leadAgencyId: null,
          definition: '',
        }).id;
        setTarget(ctx, { indicatorId: id, year: 2025, baseline: 0, target: 80 });
        return id;
      };
      // 199 of 200 tasks done by June: the committee must not read "100%".
      for (let i = 1; i <= 200; i++)
        createTask(
          ctx,
          taskFields(planId, `1.${i}`, {
            title: `Nhiệm vụ ${i}`,
            dueDate: '2025-12-31',
            state: i < 200 ? 'hoan_thanh' : 'dang_thuc_hien',
            progress: i < 200 ? 100 : 50,
            completedOn: i < 200 ? '2025-06-30' : null,
          }),
        );
      const early = indicator('CT01');
      const late = indicator('CT02');
      setValues(ctx, { values: [{ indicatorId: early, period: '2025-Q2', value: 40 }] });
      // The agency sends its Quý III figure on 20/10/2025.
      now = new Date('2025-10-20T03:00:00.000Z');
      setValues(ctx, { values: [{ indicatorId: late, period: '2025-Q3', value: 55 }] });
    } finally {
      host.close();
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const inspect = (period: string): InspectedModel => {
    const out = path.join(dir, `bao-cao-${period}.xlsx`);
    const made = tiendo('report', '--db', db, '--period', period, '--out', out);
    expect(made.err).toBe('');
    expect(made.code).toBe(0);
    const r = tiendo('inspect', out, '--json');
    expect(r.code).toBe(0);
    return JSON.parse(r.out) as InspectedModel;
  };
  const row = (m: InspectedModel, code: string) =>
    m.annex1.groups.flatMap((g) => g.rows).find((r) => r.code === code)!;

  it.each(['2025-Q3', '2025-9M'])('the %s report counts the Quý III value typed on 20/10', (period) => {
    const m = inspect(period);
    expect(m.period.key).toBe(period);
    expect(m.referenceDate).toBe('2025-09-14');
    // Counted: the note is the verdict's short numbers ("69% ≥ 60%"), not a missing-value note.
    expect(row(m, 'CT02').actual).toBe(55);
    expect(row(m, 'CT02').note).toMatch(/^\d+% [≥<] \d+%$/);
    expect(row(m, 'CT02').assessment).not.toBe('chua_co_so_lieu');
    expect(m.summary.indicators.chua_co_so_lieu).toBe(0);
    expect(m.summary.taskSentence).toBe('200 nhiệm vụ, 199 đã hoàn thành, đạt 99,5%');
  });

  it('the dashboard at 30/09/2025 does not count it, and says which values it shows', () => {
    const json = tiendo('stats', '--db', db, '--at', '2025-09-30', '--json');
    expect(json.code).toBe(0);
    const d = JSON.parse(json.out) as { indicators: Record<string, number>; indicatorBasis: string };
    expect(d.indicators.total).toBe(2);
    expect(d.indicators.chua_co_so_lieu).toBe(1);
    expect(d.indicatorBasis).toBe('Số liệu chỉ tiêu như đã biết đến hết ngày 30/09/2025');
    const text = tiendo('stats', '--db', db, '--at', '2025-09-30');
    expect(text.out).toContain('Số liệu chỉ tiêu như đã biết đến hết ngày 30/09/2025');
    expect(text.out).toContain('1 chưa có số liệu');
    expect(text.out).toContain('Nhiệm vụ: 200, đã hoàn thành 199, tỷ lệ hoàn thành 99,5%');
    // From 20/10 on it is known.
    const later = JSON.parse(tiendo('stats', '--db', db, '--at', '2025-10-20', '--json').out) as {
      indicators: Record<string, number>;
    };
    expect(later.indicators.chua_co_so_lieu).toBe(0);
  });
});
