// How records and values are named in labels and refusals: "nhiệm vụ 1.2", "cơ quan Sở Y tế",
// "Tiến độ 60%", "Thời hạn 31/12/2026". Names are read from the database at the time of writing, with the
// audit snapshot as the fallback (a snapshot already carries the code of a task, the name of an agency).
import {
  MEETING_MODE_LABELS,
  PLAN_STATE_LABELS,
  TASK_STATE_LABELS,
  AGENCY_KIND_LABELS,
} from '../../../shared/domain';
import { formatDate, formatNumber } from '../../../shared/format/vi';
import { parsePeriod } from '../../../shared/rules/periods';
import type { ServiceContext } from '../context';
import { one, sql, sqlIdentifier, type SqlFragment } from '../../db/sql';
import { ENTITY_NOUNS, fieldName } from './words';

type Snapshot = Record<string, unknown> | null | undefined;

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

function lookup(ctx: ServiceContext, query: SqlFragment): Record<string, unknown> | undefined {
  return one<Record<string, unknown>>(ctx, query);
}

export function agencyName(ctx: ServiceContext, id: string): string {
  const row = lookup(ctx, sql`SELECT COALESCE(short_name, name) AS name FROM agency WHERE id = ${id}`);
  return text(row?.name) ?? id;
}

function pillarName(ctx: ServiceContext, id: string): string {
  return text(lookup(ctx, sql`SELECT name FROM pillar WHERE id = ${id}`)?.name) ?? id;
}

function meetingNumber(ctx: ServiceContext, meetingId: string): string {
  const n = lookup(ctx, sql`SELECT number FROM meeting WHERE id = ${meetingId}`)?.number;
  return typeof n === 'number' ? String(n) : '?';
}

/** The record as a phrase: "nhiệm vụ 1.2", "kết luận 2 của phiên họp thứ 3", "cài đặt". */
export function recordName(ctx: ServiceContext, entity: string, id: string, snapshot?: Snapshot): string {
  const noun = ENTITY_NOUNS[entity] ?? entity;
  const s = snapshot ?? {};
  switch (entity) {
    case 'task':
    case 'plan':
    case 'indicator': {
      const table = entity === 'task' ? 'task' : entity === 'plan' ? 'plan' : 'indicator';
      const code =
        text(s.code) ??
        text(lookup(ctx, sql`SELECT code FROM ${sqlIdentifier(table)} WHERE id = ${id}`)?.code);
      return code ? `${noun} ${code}` : noun;
    }
    case 'agency':
      return `${noun} ${text(s.shortName) ?? text(s.name) ?? agencyName(ctx, id)}`;
    case 'pillar':
      return `${noun} ${text(s.name) ?? pillarName(ctx, id)}`;
    case 'meeting':
      return `phiên họp thứ ${typeof s.number === 'number' ? s.number : meetingNumber(ctx, id)}`;
    case 'meeting_notice':
      return `thông báo kết luận phiên họp thứ ${meetingNumber(ctx, id)}`;
    case 'conclusion': {
      const row = lookup(ctx, sql`SELECT seq, meeting_id FROM conclusion WHERE id = ${id}`);
      const seq = typeof s.seq === 'number' ? s.seq : row?.seq;
      const meetingId = text(s.meetingId) ?? text(row?.meeting_id);
      return `kết luận ${String(seq ?? '?')} của phiên họp thứ ${meetingId ? meetingNumber(ctx, meetingId) : '?'}`;
    }
    default:
      return noun;
  }
}

/** A reporting-period cell: "Quý I/2026 của chỉ tiêu CT01". */
export function cellName(ctx: ServiceContext, indicatorId: string, period: string): string {
  return `${parsePeriod(period)?.label ?? period} của ${recordName(ctx, 'indicator', indicatorId)}`;
}

/** Fields whose value is short enough to print in a label ("Tiến độ 60%"); the others are only named. */
const SHORT_FIELDS = new Set([
  'code',
  'state',
  'progress',
  'dueDate',
  'startDate',
  'completedOn',
  'leadAgencyId',
  'agencyId',
  'pillarId',
  'kind',
  'mode',
  'number',
  'heldOn',
  'noticeDate',
  'validFrom',
  'validTo',
  'yearFrom',
  'yearTo',
  'issuedOn',
  'sortOrder',
  'dueSoonDays',
  'backupKeep',
]);

const DATE_FIELDS = new Set([
  'dueDate',
  'startDate',
  'completedOn',
  'heldOn',
  'noticeDate',
  'validFrom',
  'validTo',
  'issuedOn',
]);

/** A stored value in words: agency and pillar names, state labels, dd/mm/yyyy dates, '(trống)'. */
export function valueWords(ctx: ServiceContext, entity: string, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  if (typeof value === 'string') {
    if (field === 'leadAgencyId' || field === 'agencyId' || field === 'successorId')
      return agencyName(ctx, value);
    if (field === 'pillarId') return pillarName(ctx, value);
    if (field === 'state' && entity === 'task')
      return TASK_STATE_LABELS[value as keyof typeof TASK_STATE_LABELS] ?? value;
    if (field === 'state' && entity === 'plan')
      return PLAN_STATE_LABELS[value as keyof typeof PLAN_STATE_LABELS] ?? value;
    if (field === 'kind') return AGENCY_KIND_LABELS[value as keyof typeof AGENCY_KIND_LABELS] ?? value;
    if (field === 'mode') return MEETING_MODE_LABELS[value as keyof typeof MEETING_MODE_LABELS] ?? value;
    if (DATE_FIELDS.has(field)) return formatDate(value);
    return value;
  }
  if (typeof value === 'number')
    return field === 'progress' ? `${formatNumber(value)}%` : formatNumber(value, 4);
  if (Array.isArray(value))
    return value.length === 0
      ? '(trống)'
      : value.map((v) => (typeof v === 'string' ? agencyName(ctx, v) : String(v))).join(', ');
  return JSON.stringify(value);
}

/** "Tiến độ 60%, Trạng thái Hoàn thành, Kết quả thực hiện": what was set, with values where they are short. */
export function settingWords(
  ctx: ServiceContext,
  entity: string,
  values: Record<string, unknown>,
  fields: readonly string[] = Object.keys(values),
): string {
  return fields
    .map((f) =>
      SHORT_FIELDS.has(f)
        ? `${fieldName(entity, f)} ${valueWords(ctx, entity, f, values[f])}`
        : fieldName(entity, f),
    )
    .join(', ');
}
