// What each write method of the API says it did, as the label of its change set: one function per method,
// given the validated input, the audit rows the call wrote and its result. A method listed here is one
// change set per call (changes/runner); the rest either do not write or write system rows (mail, exports).
import type { MethodName, Output, ParsedInput } from '../../../shared/api/contract';
import { formatNumber } from '../../../shared/format/vi';
import { parsePeriod } from '../../../shared/rules/periods';
import type { ServiceContext } from '../context';
import { getMeeting } from '../meetings';
import { provinceNames } from '../province';
import { cellName, recordName, settingWords } from './names';
import type { RecordedRow } from './scope';
import { fieldList, rowFields } from './words';

type Labeler<M extends MethodName> = (
  ctx: ServiceContext,
  input: ParsedInput<M>,
  rows: readonly RecordedRow[],
  result: Output<M>,
) => string;

type LabelTable = { [M in MethodName]?: Labeler<M> };

const rowsOf = (rows: readonly RecordedRow[], entity: string) => rows.filter((r) => r.entity === entity);

/** The fields the rows of `entity` changed, in the order first seen. */
function changedOf(rows: readonly RecordedRow[], entity: string): string[] {
  return [...new Set(rowsOf(rows, entity).flatMap(rowFields))];
}

/** "nhiệm vụ 1.2", from the first row about `entity`. */
function subject(ctx: ServiceContext, rows: readonly RecordedRow[], entity: string, id?: string): string {
  const row = rows.find((r) => r.entity === entity && (id === undefined || r.entityId === id));
  if (!row) return recordName(ctx, entity, id ?? '');
  return recordName(ctx, entity, row.entityId, row.after ?? row.before);
}

/** "Sửa nhiệm vụ 1.2: Tiến độ, Kết quả thực hiện". */
function edited(ctx: ServiceContext, rows: readonly RecordedRow[], entity: string): string {
  const fields = changedOf(rows, entity);
  const name = subject(ctx, rows, entity);
  return fields.length > 0 ? `Sửa ${name}: ${fieldList(entity, fields)}` : `Lưu ${name}`;
}

const created = (entity: string) => (ctx: ServiceContext, _i: unknown, rows: readonly RecordedRow[]) =>
  `Thêm ${subject(ctx, rows, entity)}`;
const archived = (entity: string) => (ctx: ServiceContext, _i: unknown, rows: readonly RecordedRow[]) =>
  `Lưu trữ ${subject(ctx, rows, entity)}`;
const updated = (entity: string) => (ctx: ServiceContext, _i: unknown, rows: readonly RecordedRow[]) =>
  edited(ctx, rows, entity);

/** "Nhập số liệu Quý I/2026 của chỉ tiêu CT01: 45" or "Nhập số liệu 4 ô của 2 chỉ tiêu (CT01, CT02)". */
function valuesLabel(ctx: ServiceContext, rows: readonly RecordedRow[]): string {
  const cells = rows.filter((r) => r.entity === 'indicator' && r.action === 'set');
  const period = (r: RecordedRow) => String(r.after?.period ?? r.before?.period ?? '');
  const only = cells[0];
  if (cells.length === 1 && only) {
    const where = cellName(ctx, only.entityId, period(only));
    const value = only.after?.value;
    return typeof value === 'number'
      ? `Nhập số liệu ${where}: ${formatNumber(value, 4)}`
      : `Xóa số liệu ${where}`;
  }
  const indicators = [...new Set(cells.map((r) => r.entityId))];
  const codes = indicators
    .slice(0, 3)
    .map((id) => recordName(ctx, 'indicator', id).replace(/^chỉ tiêu /, ''));
  const more = indicators.length > 3 ? ', …' : '';
  const cleared = cells.every((r) => r.after === null);
  return `${cleared ? 'Xóa' : 'Nhập'} số liệu ${cells.length} ô của ${indicators.length} chỉ tiêu (${codes.join(', ')}${more})`;
}

export const ACTION_LABELS: LabelTable = {
  'app.createDemo': () => 'Tạo dữ liệu mẫu',
  'app.startEmpty': (_ctx, i) =>
    i.province
      ? `Bắt đầu dữ liệu của ${provinceNames(i.province).provinceName}`
      : 'Tạo danh mục trụ cột mặc định',
  'settings.update': (_ctx, _i, rows) => {
    const fields = changedOf(rows, 'setting');
    return fields.length > 0 ? `Sửa cài đặt: ${fieldList('setting', fields)}` : 'Lưu cài đặt';
  },

  'agencies.create': created('agency'),
  'agencies.update': updated('agency'),
  'agencies.archive': archived('agency'),
  'agencies.merge': (ctx, i, rows, r) =>
    `Sáp nhập ${subject(ctx, rows, 'agency', i.fromId)} vào ${recordName(ctx, 'agency', i.intoId)} ` +
    `(chuyển ${r.movedTasks} nhiệm vụ, ${r.movedIndicators} chỉ tiêu, ${r.movedConclusions} kết luận)`,

  'pillars.create': created('pillar'),
  'pillars.update': updated('pillar'),
  'pillars.archive': archived('pillar'),

  'plans.create': created('plan'),
  'plans.update': updated('plan'),
  'plans.archive': archived('plan'),

  'tasks.create': created('task'),
  'tasks.update': updated('task'),
  'tasks.quickUpdate': (ctx, _i, rows) => {
    const row = rowsOf(rows, 'task')[0];
    const fields = changedOf(rows, 'task');
    const name = subject(ctx, rows, 'task');
    return row?.after && fields.length > 0
      ? `Cập nhật nhanh ${name}: ${settingWords(ctx, 'task', row.after, fields)}`
      : `Cập nhật nhanh ${name}`;
  },
  'tasks.bulkUpdate': (ctx, i) => {
    const patch = Object.fromEntries(Object.entries(i.patch).filter(([, v]) => v !== undefined));
    return `Cập nhật hàng loạt ${i.ids.length} nhiệm vụ: ${settingWords(ctx, 'task', patch)}`;
  },
  'tasks.archive': archived('task'),

  'indicators.create': created('indicator'),
  'indicators.update': updated('indicator'),
  'indicators.archive': archived('indicator'),
  'indicators.setTarget': (ctx, i) =>
    `Đặt chỉ tiêu kế hoạch năm ${i.year} của ${recordName(ctx, 'indicator', i.indicatorId)}: ${formatNumber(i.target, 4)}`,
  'indicators.setValues': (ctx, _i, rows) => valuesLabel(ctx, rows),

  'meetings.create': created('meeting'),
  'meetings.update': updated('meeting'),
  'meetings.archive': archived('meeting'),
  'conclusions.create': created('conclusion'),
  'conclusions.update': updated('conclusion'),
  'conclusions.archive': archived('conclusion'),
  'conclusions.toTask': (ctx, i, _rows, task) =>
    `Giao ${recordName(ctx, 'conclusion', i.conclusionId)} thành nhiệm vụ ${task.code}`,
  'conclusions.toTasks': (ctx, i, _rows, result) => {
    const m = getMeeting(ctx, i.meetingId);
    return `Tạo ${result.created.length} nhiệm vụ từ kết luận phiên họp số ${m.number}/${m.heldOn.slice(0, 4)}`;
  },
  'meetings.saveNotice': (ctx, i) => `Lưu ${recordName(ctx, 'meeting_notice', i.meetingId)}`,

  'reports.draft.save': (_ctx, i) => `Lưu dự thảo báo cáo ${parsePeriod(i.period)?.label ?? i.period}`,
  'signing.identity.create': () => 'Tạo khóa ký của ứng dụng',
};

/** The label of one call, or null when the method is not an action of its own (reads, exports, undo). */
export function labelFor(method: MethodName): Labeler<MethodName> | null {
  // The table is keyed by method, so the entry of `method` takes that method's input and output.
  return (ACTION_LABELS[method] as Labeler<MethodName> | undefined) ?? null;
}
