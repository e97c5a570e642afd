// Indicator values and targets as records an undo puts back. Both are audited under their indicator
// (entity 'indicator', action 'set'); here a cell is `${indicatorId}|${period}` and a target
// `${indicatorId}|${year}`. A cell is restored or removed through indicators.setValues, a target through
// setTarget; a target set for the first time is taken back by deleting it (with its own audit row).
import { appError } from '../../errors';
import { recordAudit } from '../audit';
import type { ServiceContext } from '../context';
import { setTarget, setValues } from '../indicators';
import { cellName, recordName } from './names';
import type { RecordKind, Values } from './kinds';
import { one, sql } from '../../db/sql';

export const cellId = (indicatorId: string, period: string) => `${indicatorId}|${period}`;
export const targetId = (indicatorId: string, year: number) => `${indicatorId}|${year}`;

function split(id: string): [indicatorId: string, rest: string] {
  const at = id.lastIndexOf('|');
  return [id.slice(0, at), id.slice(at + 1)];
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function writeCell(ctx: ServiceContext, id: string, values: Values): void {
  const [indicatorId, period] = split(id);
  const note = str(values.note);
  const evidence = str(values.evidence);
  setValues(ctx, {
    values: [
      {
        indicatorId,
        period,
        value: num(values.value),
        // The value an undo brings back was stored before: any plausibility warning it raises was
        // confirmed then (or predates the rule), so the undo does not ask again.
        confirmed: true,
        ...(note === undefined ? {} : { note }),
        ...(evidence === undefined ? {} : { evidence }),
      },
    ],
  });
}

export const cellKind: RecordKind = {
  entity: 'indicator',
  name: (ctx, id) => cellName(ctx, ...split(id)),
  subject: (ctx, id) => `Số liệu ${cellName(ctx, ...split(id))}`,
  current(ctx, id) {
    const [indicatorId, period] = split(id);
    const row = one<Values>(
      ctx,
      sql`SELECT value, note, evidence FROM indicator_value WHERE indicator_id = ${indicatorId} AND period = ${period}`,
    );
    return row ?? null;
  },
  restore: (ctx, id, values) => writeCell(ctx, id, values),
  remove: (ctx, id) => writeCell(ctx, id, { value: null }),
  recreate: (ctx, id, before) => writeCell(ctx, id, before),
};

function currentTarget(ctx: ServiceContext, id: string): Values | null {
  const [indicatorId, year] = split(id);
  const row = one<Values>(
    ctx,
    sql`SELECT year, baseline, target FROM indicator_target WHERE indicator_id = ${indicatorId} AND year = ${Number(year)}`,
  );
  return row ?? null;
}

function writeTarget(ctx: ServiceContext, id: string, values: Values): void {
  const [indicatorId, year] = split(id);
  const now = currentTarget(ctx, id) ?? {};
  const merged = { ...now, ...values };
  const target = num(merged.target);
  if (target === null) throw appError('HOAN_TAC_CHI_TIEU_CU_HONG', {});
  setTarget(ctx, { indicatorId, year: Number(year), baseline: num(merged.baseline), target });
}

export const targetKind: RecordKind = {
  entity: 'indicator',
  name: (ctx, id) =>
    `chỉ tiêu kế hoạch năm ${split(id)[1]} của ${recordName(ctx, 'indicator', split(id)[0])}`,
  subject: (ctx, id) =>
    `Chỉ tiêu kế hoạch năm ${split(id)[1]} của ${recordName(ctx, 'indicator', split(id)[0])}`,
  current: currentTarget,
  restore: writeTarget,
  remove(ctx, id) {
    const before = currentTarget(ctx, id);
    if (!before) return;
    const [indicatorId, year] = split(id);
    ctx
      .prepare('DELETE FROM indicator_target WHERE indicator_id = ? AND year = ?')
      .run(indicatorId, Number(year));
    recordAudit(ctx, 'indicator', indicatorId, 'set', { target: before }, null);
  },
  recreate: writeTarget,
};
