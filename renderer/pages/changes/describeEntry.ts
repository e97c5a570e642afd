// How one audit row reads in a history: which record it is about ("Nhiệm vụ 1.2"), and each field it
// changed as "Tiến độ: 10% → 60%" in words (names instead of ids, labels instead of keys, dd/mm/yyyy
// dates). Value cells and targets read as "Số liệu Quý I/2026" and "Kế hoạch năm 2026".
import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../shared/api/types';
import { BOOKKEEPING_FIELDS } from '../../../shared/changes';
import { isValidIsoDate } from '../../../shared/dates';
import { AGENCY_KIND_LABELS, DIRECTION_LABELS, MEETING_MODE_LABELS } from '../../../shared/domain';
import { TASK_DATE_FIELDS } from '../../../shared/tasks/fields';
import type { Formatters } from '../../i18n/format';
import { periodLabel } from '../../i18n/periodLabel';

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface EntryView {
  /** "Nhiệm vụ 1.2", "Cơ quan Sở KH&CN", "Cài đặt". */
  subject: string;
  /** A record created (no fields to compare), removed, or changed field by field. */
  kind: 'created' | 'removed' | 'changed';
  fields: FieldChange[];
}

export interface Describe {
  t: TFunction;
  fmt: Formatters;
  /** Display names by id, from the change set (archived records included). */
  names: Record<string, string>;
}

const ID_FIELDS = new Set([
  'leadAgencyId',
  'agencyId',
  'successorId',
  'pillarId',
  'planId',
  'taskId',
  'conclusionId',
]);
const DATE_FIELDS = new Set([
  ...TASK_DATE_FIELDS, // the task's, from its field list
  'validFrom',
  'validTo',
  'issuedOn',
  'heldOn',
  'noticeDate',
]);
const GROUPS: Record<string, string> = { tru_cot: 'Trụ cột', nen_tang: 'Nền tảng' };
const LONG_TEXT = 300;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const asNumber = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function fieldLabel(t: TFunction, entity: string, field: string): string {
  return t(`history.fieldsBy.${entity}.${field}`, {
    defaultValue: t(`history.fields.${field}`, { defaultValue: field }),
  });
}

/** One stored value in words. */
export function valueText(d: Describe, entity: string, field: string, value: unknown): string {
  const { t, fmt, names } = d;
  const empty = t('history.value.empty');
  if (field === 'archivedAt')
    return typeof value === 'string'
      ? `${t('history.value.archived')} (${fmt.dateTime(value)})`
      : t('history.value.active');
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value)) {
    if (value.length === 0) return empty;
    return value
      .map((v) => (typeof v === 'string' ? (names[v] ?? v) : String(v)))
      .join(field === 'recipients' ? '; ' : ', ');
  }
  if (typeof value === 'boolean') return t(value ? 'history.value.yes' : 'history.value.no');
  if (typeof value === 'number') {
    if (field === 'progress') return `${fmt.number(value)}%`;
    if (field === 'assessmentTolerance') return fmt.percent(value);
    return fmt.number(value, 4);
  }
  if (isRecord(value)) {
    if (field === 'signer')
      return [value.authority, value.authorityName, value.title, value.name]
        .filter((p) => typeof p === 'string' && p)
        .join(' ');
    if (field === 'smtp') return `${String(value.host ?? '')}:${String(value.port ?? '')}`;
    return JSON.stringify(value);
  }
  if (typeof value !== 'string') return String(value);
  if (ID_FIELDS.has(field)) return names[value] ?? value;
  if (field === 'state')
    return t(entity === 'plan' ? `planState.${value}` : `taskState.${value}`, { defaultValue: value });
  if (field === 'kind') return AGENCY_KIND_LABELS[value as keyof typeof AGENCY_KIND_LABELS] ?? value;
  if (field === 'mode') return MEETING_MODE_LABELS[value as keyof typeof MEETING_MODE_LABELS] ?? value;
  if (field === 'direction') return DIRECTION_LABELS[value as keyof typeof DIRECTION_LABELS] ?? value;
  if (field === 'group') return GROUPS[value] ?? value;
  if (DATE_FIELDS.has(field) && isValidIsoDate(value)) return fmt.date(value);
  return value.length > LONG_TEXT ? `${value.slice(0, LONG_TEXT)}…` : value;
}

function subjectOf(d: Describe, entry: AuditEntry): string {
  const noun = d.t(`history.entity.${entry.entity}`, { defaultValue: entry.entity });
  const name = d.names[entry.entityId];
  return name ? `${noun} ${name}` : noun;
}

/** A value cell or a target of an indicator ('set' rows), as one field. */
function indicatorSet(d: Describe, entry: AuditEntry): FieldChange | null {
  const { t, fmt } = d;
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const period = after.period ?? before.period;
  const number = (v: unknown) =>
    asNumber(v) === null ? t('history.value.absent') : fmt.number(asNumber(v)!, 4);
  if (typeof period === 'string') {
    return {
      field: `value:${period}`,
      label: t('history.cell', { period: periodLabel(period) }),
      before: entry.before ? number(before.value) : t('history.value.absent'),
      after: entry.after ? number(after.value) : t('history.value.absent'),
    };
  }
  const target = (v: unknown) => {
    if (!isRecord(v)) return t('history.value.absent');
    const baseline = asNumber(v.baseline);
    return baseline === null
      ? number(v.target)
      : t('history.targetValue', { target: number(v.target), baseline: fmt.number(baseline, 4) });
  };
  const b = before.target;
  const a = after.target;
  const year = isRecord(a) ? a.year : isRecord(b) ? b.year : null;
  if (year === null) return null;
  return {
    field: `target:${String(year)}`,
    label: t('history.target', { year }),
    before: target(b),
    after: target(a),
  };
}

export function describeEntry(d: Describe, entry: AuditEntry): EntryView {
  const subject = subjectOf(d, entry);
  if (entry.entity === 'indicator' && entry.action === 'set') {
    const field = indicatorSet(d, entry);
    return { subject, kind: 'changed', fields: field ? [field] : [] };
  }
  if (!entry.before) return { subject, kind: 'created', fields: [] };
  if (!entry.after) return { subject, kind: 'removed', fields: [] };
  // A conclusion given to a task names the task by its code (taskCode) beside its id: show the code.
  const fields = entry.changed
    .filter((f) => !BOOKKEEPING_FIELDS.has(f) && !(f === 'taskId' && entry.changed.includes('taskCode')))
    .map((f) => ({
      field: f,
      label: fieldLabel(d.t, entry.entity, f),
      before: valueText(d, entry.entity, f, entry.before?.[f]),
      after: valueText(d, entry.entity, f, entry.after?.[f]),
    }));
  return { subject, kind: 'changed', fields };
}
