// What a returned form would change, checked against the database as it is now, writing nothing.
//
// The file: a form of this database (its identity), genuine (the HMAC of its hidden metadata under this
// database's key), of a round and agency that exist here (and of the round being imported, when one is
// named); not the very file already imported. Then per row, by its "Mã", per fillable field, three values:
// issued (the hash in the metadata), the agency's (the cell) and TienDo's (now):
//   the agency left the field as issued            nothing (whatever TienDo did since)
//   the agency's value equals TienDo's             unchanged
//   TienDo's is still as issued                    a change: TienDo's -> the agency's
//   TienDo changed it too, to something else       a conflict: the person chooses (default: keep TienDo's)
// An empty progress, state or value cell is no answer (the stored one stays). Values are read as offices
// type them (numbers as text, a decimal comma, "15/12/2026", 85%), refused with sheet, row and column when
// they cannot be; a task whose changed fields break the consistency rules is refused; every value gets the
// plausibility warnings of shared/rules/plausibility.ts. A refused row refuses the file: nothing of it is
// written.
import type { FormChange, FormConflict, FormFileCheck, SheetProblem } from '../../../shared/api/sheetTypes';
import type { Task } from '../../../shared/api/types';
import { todayIso } from '../../../shared/dates';
import { TASK_STATE_LABELS, TASK_STATES, type TaskState } from '../../../shared/domain';
import { formatDate, formatNumber, parseViDate, readViNumber } from '../../../shared/format/vi';
import {
  describeWarning,
  plausibilityWarnings,
  previousPeriodKey,
  type PlausibilityWarning,
} from '../../../shared/rules/plausibility';
import { problemsTouching, taskProblems } from '../../../shared/rules/taskConsistency';
import { foldVietnamese } from '../../../shared/text/fold';
import { firstXmlForbidden } from '../../../shared/text/xmlChars';
import {
  readReturnedForm,
  type FormSheet,
  type TaskColumn,
  type ValueColumn,
} from '../../excel/forms/formRead';
import { cellText, type SheetBook, type SheetCell } from '../../excel/lists/sheet';
import type { ServiceContext } from '../context';
import { storedValue } from '../indicatorValues';
import { getTask } from '../tasks';
import { canonical, fieldHash, type FieldValue } from './fieldHash';
import { databaseId, formKey, macMatches } from './formKey';
import {
  formMetaSchema,
  TASK_FORM_FIELDS,
  VALUE_FORM_FIELDS,
  type FormMeta,
  type TaskFormField,
  type ValueFormField,
} from './formModel';
import { getRoundRow, periodLabelOf } from './rounds';
import { one, sql } from '../../db/sql';

export interface FormFileInput {
  fileName: string;
  sha256: string;
  book: SheetBook | null;
  /** Why the file could not be read at all. */
  readError: string | null;
}

export interface TaskPatchPlan {
  taskId: string;
  code: string;
  patch: Partial<Pick<Task, TaskFormField>>;
}

export interface ValueWritePlan {
  indicatorId: string;
  code: string;
  period: string;
  value: number;
  note: string;
  evidence: string;
  pasted: string | undefined;
  warnings: PlausibilityWarning[];
}

export interface CheckedForm {
  check: FormFileCheck;
  meta: FormMeta | null;
  tasks: TaskPatchPlan[];
  values: ValueWritePlan[];
}

const TASK_LABELS: Record<TaskFormField, string> = {
  progress: 'Tiến độ (%)',
  state: 'Trạng thái',
  completedOn: 'Ngày hoàn thành',
  result: 'Kết quả',
  difficulties: 'Khó khăn, vướng mắc',
  proposals: 'Đề xuất, kiến nghị',
};
const VALUE_LABELS: Record<ValueFormField, string> = {
  value: 'Giá trị',
  note: 'Ghi chú',
  evidence: 'Minh chứng',
};

const MAX_TEXT = 20_000;
const MAX_VALUE_TEXT = 2000;

/** How a stored value reads in the preview. */
function shown(field: string, value: FieldValue): string {
  if (value === null || value === '') return '(trống)';
  if (field === 'state') return TASK_STATE_LABELS[value as TaskState] ?? String(value);
  if (field === 'completedOn') return formatDate(String(value));
  if (field === 'progress') return `${value}%`;
  if (typeof value === 'number') return formatNumber(value, 4);
  const text = String(value);
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

type Read<T> = { ok: true; value: T } | { ok: false; message: string } | { ok: true; value: undefined };

const STATE_BY_WORDS = new Map<string, TaskState>(
  TASK_STATES.flatMap((s) => [
    [foldVietnamese(TASK_STATE_LABELS[s]), s],
    [s, s],
  ]),
);

function readProgress(cell: SheetCell | null | undefined): Read<number> {
  const text = cellText(cell).trim();
  if (!cell || text === '') return { ok: true, value: undefined };
  let n: number | null = null;
  if (typeof cell.value === 'number') n = cell.percent ? cell.value * 100 : cell.value;
  else n = readViNumber(text)?.value ?? null;
  if (n !== null) n = Math.round(n * 1e9) / 1e9;
  if (n === null || !Number.isInteger(n) || n < 0 || n > 100)
    return { ok: false, message: `Tiến độ «${text}» phải là số nguyên từ 0 đến 100; hãy sửa lại.` };
  return { ok: true, value: n };
}

function readState(cell: SheetCell | null | undefined): Read<TaskState> {
  const text = cellText(cell).trim();
  if (text === '') return { ok: true, value: undefined };
  const state = STATE_BY_WORDS.get(foldVietnamese(text));
  if (!state)
    return {
      ok: false,
      message: `Trạng thái «${text}» không có trong danh sách; hãy chọn một trong: ${TASK_STATES.map((s) => TASK_STATE_LABELS[s]).join(', ')}.`,
    };
  return { ok: true, value: state };
}

function readDate(cell: SheetCell | null | undefined): Read<string | null> {
  if (cell?.date) return { ok: true, value: cell.date };
  const text = cellText(cell).trim();
  if (text === '') return { ok: true, value: null };
  const iso = parseViDate(text);
  if (!iso)
    return {
      ok: false,
      message: `Ngày hoàn thành «${text}» không phải là ngày; hãy nhập dạng ngày/tháng/năm, ví dụ 15/12/2026.`,
    };
  return { ok: true, value: iso };
}

function readText(cell: SheetCell | null | undefined, label: string, max: number): Read<string> {
  const text = cellText(cell)
    .replace(/\r\n|\r/g, '\n')
    .trim();
  if (text.length > max)
    return { ok: false, message: `${label} dài quá ${formatNumber(max)} ký tự; hãy viết ngắn lại.` };
  const bad = firstXmlForbidden(text);
  if (bad !== null)
    return {
      ok: false,
      message: `${label} có ký tự điều khiển không dùng được (thường do dán từ phần mềm khác); hãy gõ lại ô này.`,
    };
  return { ok: true, value: text };
}

function readValue(
  cell: SheetCell | null | undefined,
  unit: string,
): Read<{ value: number; pasted: string | undefined }> {
  const text = cellText(cell).trim();
  if (!cell || text === '') return { ok: true, value: undefined };
  if (cell.error) return { ok: false, message: `Ô có lỗi ${cell.error}; hãy nhập số liệu.` };
  if (cell.uncalculated) return { ok: false, message: 'Ô có công thức chưa được tính; hãy nhập số liệu.' };
  if (typeof cell.value === 'number') {
    const value = cell.percent && unit.trim() === '%' ? cell.value * 100 : cell.value;
    return { ok: true, value: { value: Math.round(value * 1e9) / 1e9, pasted: undefined } };
  }
  const read = readViNumber(text);
  if (!read)
    return {
      ok: false,
      message: `Giá trị «${text}» không phải là số; hãy nhập số, phần thập phân dùng dấu phẩy (ví dụ 85,5).`,
    };
  return { ok: true, value: { value: read.value, pasted: text } };
}

const localDay = (iso: string) => todayIso(new Date(iso));

interface Sink {
  problems: SheetProblem[];
  notes: SheetProblem[];
  changes: FormChange[];
  conflicts: FormConflict[];
  unchanged: number;
}

/** Which rows of a sheet the metadata names, by code; duplicates and strangers reported. */
function rowsByCode<F extends string>(
  sheet: FormSheet<F>,
  known: Map<string, string>,
  sink: Sink,
  what: string,
): Map<string, FormSheet<F>['rows'][number]> {
  const out = new Map<string, FormSheet<F>['rows'][number]>();
  for (const r of sheet.rows) {
    const id = known.get(r.code.toLowerCase());
    const at = { sheet: sheet.sheet, row: r.row, column: sheet.columns['code' as F] ?? '' };
    if (!id) {
      if (r.filled)
        sink.notes.push({
          ...at,
          message: r.code
            ? `Mã ${r.code} không có trong phiếu (dòng thêm vào?): dòng này không được nhập. Nếu là ${what} mới, hãy báo cơ quan thường trực.`
            : `Dòng không có mã ${what}: không được nhập.`,
        });
      continue;
    }
    const before = out.get(id);
    if (before) {
      sink.problems.push({
        ...at,
        message: `Mã ${r.code} có hai dòng (dòng ${before.row} và dòng ${r.row}); hãy xóa dòng thừa.`,
      });
      continue;
    }
    out.set(id, r);
  }
  return out;
}

function checkTasks(
  ctx: ServiceContext,
  meta: FormMeta,
  sheet: FormSheet<TaskColumn>,
  choices: Record<string, 'form' | 'tiendo'>,
  sink: Sink,
): TaskPatchPlan[] {
  const known = new Map(meta.tasks.map(([id, code]) => [code.toLowerCase(), id]));
  const hashes = new Map(meta.tasks.map(([id, , h]) => [id, h]));
  const plans: TaskPatchPlan[] = [];
  const today = ctx.today();
  for (const [taskId, r] of rowsByCode(sheet, known, sink, 'nhiệm vụ')) {
    const at = (f: TaskColumn) => ({ sheet: sheet.sheet, row: r.row, column: sheet.columns[f] ?? '' });
    let task: Task;
    try {
      task = getTask(ctx, taskId);
    } catch {
      sink.notes.push({
        ...at('code'),
        message: `Nhiệm vụ ${r.code} không còn trong TienDo: dòng không được nhập.`,
      });
      continue;
    }
    if (task.archivedAt) {
      sink.notes.push({
        ...at('code'),
        message: `Nhiệm vụ ${r.code} đã được lưu trữ trong TienDo: dòng không được nhập.`,
      });
      continue;
    }
    const reads: Record<TaskFormField, Read<FieldValue>> = {
      progress: readProgress(r.cells.progress),
      state: readState(r.cells.state),
      completedOn: readDate(r.cells.completedOn),
      result: readText(r.cells.result, 'Kết quả', MAX_TEXT),
      difficulties: readText(r.cells.difficulties, 'Khó khăn, vướng mắc', MAX_TEXT),
      proposals: readText(r.cells.proposals, 'Đề xuất, kiến nghị', MAX_TEXT),
    };
    const patch: TaskPatchPlan['patch'] = {};
    const rowProblems: SheetProblem[] = [];
    TASK_FORM_FIELDS.forEach((field, i) => {
      const read = reads[field];
      if (sheet.columns[field] === undefined) return; // a column deleted: nothing answered there
      if (!read.ok)
        return void rowProblems.push({ ...at(field), message: `Nhiệm vụ ${r.code}: ${read.message}` });
      if (read.value === undefined) return;
      const formValue = read.value;
      const issued = hashes.get(taskId)![i]!;
      if (fieldHash(field, formValue) === issued) return; // left as issued
      const current = task[field] as FieldValue;
      if (canonical(formValue) === canonical(current)) return void sink.unchanged++;
      const key = `task:${taskId}:${field}`;
      const base = {
        key,
        kind: 'task' as const,
        recordId: taskId,
        code: task.code,
        name: task.title,
        field,
        label: TASK_LABELS[field],
        ...at(field),
      };
      if (fieldHash(field, current) !== issued) {
        sink.conflicts.push({
          ...base,
          formValue: shown(field, formValue),
          currentValue: shown(field, current),
        });
        if (choices[key] !== 'form') return;
      } else {
        sink.changes.push({
          ...base,
          before: shown(field, current),
          after: shown(field, formValue),
          warnings: [],
        });
      }
      (patch as Record<string, FieldValue>)[field] = formValue;
    });
    const changed = Object.keys(patch) as TaskFormField[];
    if (rowProblems.length === 0 && changed.length > 0) {
      const merged = { ...task, ...patch };
      const problems = problemsTouching(
        taskProblems(
          {
            state: merged.state,
            progress: merged.progress,
            completedOn: merged.completedOn,
            startDate: merged.startDate,
            dueDate: merged.dueDate,
          },
          today,
        ),
        changed,
      );
      for (const p of problems) {
        const column: TaskColumn =
          p.field === 'completedOn' ? 'completedOn' : p.field === 'progress' ? 'progress' : 'state';
        rowProblems.push({ ...at(column), message: `Nhiệm vụ ${r.code}: ${p.message}` });
      }
    }
    sink.problems.push(...rowProblems);
    if (rowProblems.length === 0 && changed.length > 0) plans.push({ taskId, code: task.code, patch });
  }
  return plans;
}

function checkValues(
  ctx: ServiceContext,
  meta: FormMeta,
  sheet: FormSheet<ValueColumn>,
  choices: Record<string, 'form' | 'tiendo'>,
  sink: Sink,
): ValueWritePlan[] {
  const known = new Map(meta.values.map(([id, code]) => [code.toLowerCase(), id]));
  const hashes = new Map(meta.values.map(([id, , h]) => [id, h]));
  const plans: ValueWritePlan[] = [];
  const today = ctx.today();
  for (const [indicatorId, r] of rowsByCode(sheet, known, sink, 'chỉ tiêu')) {
    const at = (f: ValueColumn) => ({ sheet: sheet.sheet, row: r.row, column: sheet.columns[f] ?? '' });
    const ind = one<{ code: string; name: string; unit: string; archived_at: string | null }>(
      ctx,
      sql`SELECT code, name, unit, archived_at FROM indicator WHERE id = ${indicatorId}`,
    );
    if (!ind || ind.archived_at) {
      sink.notes.push({
        ...at('code'),
        message: `Chỉ tiêu ${r.code} không còn dùng trong TienDo: dòng không được nhập.`,
      });
      continue;
    }
    const stored = storedValue(ctx, indicatorId, meta.period);
    const current: Record<ValueFormField, FieldValue> = {
      value: stored?.value ?? null,
      note: stored?.note ?? '',
      evidence: stored?.evidence ?? '',
    };
    const value = readValue(r.cells.value, ind.unit);
    const reads: Record<ValueFormField, Read<FieldValue>> = {
      value: value.ok ? { ok: true, value: value.value?.value } : value,
      note: readText(r.cells.note, 'Ghi chú', MAX_VALUE_TEXT),
      evidence: readText(r.cells.evidence, 'Minh chứng', MAX_VALUE_TEXT),
    };
    const rowProblems: SheetProblem[] = [];
    const next = { ...current };
    const changedFields: {
      field: ValueFormField;
      base: Omit<FormChange, 'before' | 'after' | 'warnings'>;
    }[] = [];
    VALUE_FORM_FIELDS.forEach((field, i) => {
      const read = reads[field];
      if (sheet.columns[field] === undefined) return;
      if (!read.ok)
        return void rowProblems.push({ ...at(field), message: `Chỉ tiêu ${r.code}: ${read.message}` });
      if (read.value === undefined) {
        if (
          field === 'value' &&
          current.value !== null &&
          fieldHash('value', null) !== hashes.get(indicatorId)![0]
        )
          sink.notes.push({
            ...at('value'),
            message: `Chỉ tiêu ${r.code}: ô giá trị để trống, giữ số liệu đang có (${shown('value', current.value)}).`,
          });
        return;
      }
      const formValue = read.value;
      const issued = hashes.get(indicatorId)![i]!;
      if (fieldHash(field, formValue) === issued) return;
      if (canonical(formValue) === canonical(current[field])) return void sink.unchanged++;
      const key = `value:${indicatorId}:${meta.period}:${field}`;
      const base = {
        key,
        kind: 'value' as const,
        recordId: indicatorId,
        code: ind.code,
        name: ind.name,
        field,
        label:
          field === 'value' ? `${VALUE_LABELS.value} ${periodLabelOf(meta.period)}` : VALUE_LABELS[field],
        ...at(field),
      };
      if (fieldHash(field, current[field]) !== issued) {
        sink.conflicts.push({
          ...base,
          formValue: shown(field, formValue),
          currentValue: shown(field, current[field]),
        });
        if (choices[key] !== 'form') return;
      }
      next[field] = formValue;
      changedFields.push({ field, base });
    });
    sink.problems.push(...rowProblems);
    if (rowProblems.length > 0 || changedFields.length === 0) continue;
    if (next.value === null) {
      sink.notes.push({
        ...at('note'),
        message: `Chỉ tiêu ${r.code}: chưa có giá trị nên ghi chú, minh chứng chưa được lưu.`,
      });
      continue;
    }
    const previousKey = previousPeriodKey(meta.period);
    const previous = previousKey ? (storedValue(ctx, indicatorId, previousKey)?.value ?? null) : null;
    const pasted = value.ok && value.value ? value.value.pasted : undefined;
    const newValue = Number(next.value);
    const warnings = plausibilityWarnings(
      { value: newValue, unit: ind.unit, period: meta.period, previous, pasted },
      today,
    );
    for (const { field, base } of changedFields) {
      const isConflict = sink.conflicts.some((c) => c.key === base.key);
      if (isConflict) continue;
      sink.changes.push({
        ...base,
        before: shown(field, current[field]),
        after: shown(field, next[field]),
        warnings:
          field === 'value' ? warnings.map((w) => ({ code: w.code, message: describeWarning(w) })) : [],
      });
    }
    plans.push({
      indicatorId,
      code: ind.code,
      period: meta.period,
      value: newValue,
      note: String(next.note ?? ''),
      evidence: String(next.evidence ?? ''),
      pasted,
      warnings,
    });
  }
  return plans;
}

const refused = (base: FormFileCheck, message: string): CheckedForm => ({
  check: { ...base, status: 'refused', problems: [{ sheet: '', row: 0, column: '', message }] },
  meta: null,
  tasks: [],
  values: [],
});

/** One returned file, checked; see the top of this file. `roundId`: the round being imported, if named. */
export function checkFormFile(
  ctx: ServiceContext,
  file: FormFileInput,
  roundId: string | undefined,
  choices: Record<string, 'form' | 'tiendo'>,
): CheckedForm {
  const base: FormFileCheck = {
    fileName: file.fileName,
    sha256: file.sha256,
    status: 'refused',
    form: null,
    formDate: null,
    changes: [],
    conflicts: [],
    unchanged: 0,
    problems: [],
    notes: [],
    importedAt: null,
  };
  if (!file.book) return refused(base, file.readError ?? 'Không đọc được tệp.');
  const form = readReturnedForm(file.book);
  if (!form.meta)
    return refused(
      base,
      'Tệp không phải là phiếu cập nhật do TienDo lập (không có phần dữ liệu ẩn của phiếu). Nếu số liệu đã được chép sang tệp khác, hãy điền vào phiếu gốc đã gửi cho cơ quan rồi gửi lại.',
    );
  let meta: FormMeta;
  try {
    const parsed = formMetaSchema.safeParse(JSON.parse(form.meta.json));
    if (!parsed.success) throw new Error('schema');
    meta = parsed.data;
  } catch {
    return refused(
      base,
      'Phần dữ liệu ẩn của phiếu bị hỏng hoặc bị sửa (trang "TienDo"); hãy dùng phiếu gốc đã gửi cho cơ quan.',
    );
  }
  const which = `phiếu ${meta.periodLabel} của ${meta.agencyName}${meta.province ? ` (${meta.province})` : ''}, lập ngày ${formatDate(localDay(meta.issuedAt))}`;
  base.form = {
    roundId: meta.round,
    periodLabel: meta.periodLabel,
    agencyId: meta.agency,
    agencyName: meta.agencyName,
    issuedAt: meta.issuedAt,
    province: meta.province,
  };
  if (meta.db !== databaseId(ctx))
    return refused(
      base,
      `Đây là ${which}, do một tệp dữ liệu TienDo khác lập, không phải tệp đang mở: không nhập được. Hãy nhập phiếu vào đúng tệp dữ liệu đã lập ra nó.`,
    );
  const key = formKey(ctx, false);
  if (!key)
    return refused(
      base,
      `Máy này không có khóa xác thực phiếu của tệp dữ liệu này (khóa được giữ trên máy đã lập phiếu, không nằm trong tệp dữ liệu), nên không kiểm tra được ${which}. Hãy nhập phiếu trên máy đã lập phiếu.`,
    );
  if (!macMatches(key, form.meta.json, form.meta.mac))
    return refused(
      base,
      `Mã xác thực của ${which} không đúng: phần dữ liệu ẩn đã bị sửa hoặc phiếu không do tệp dữ liệu này lập. Hãy dùng phiếu gốc đã gửi cho cơ quan.`,
    );
  let round;
  try {
    round = getRoundRow(ctx, meta.round);
  } catch {
    return refused(base, `Đợt cập nhật của ${which} không còn trong tệp dữ liệu này.`);
  }
  if (roundId && roundId !== meta.round) {
    let expected = '';
    try {
      expected = periodLabelOf(getRoundRow(ctx, roundId).period);
    } catch {
      expected = 'đang nhập';
    }
    return refused(
      base,
      `Đây là ${which}, thuộc đợt ${meta.periodLabel}, không phải đợt ${expected} đang nhập. Hãy nhập phiếu ở đúng đợt.`,
    );
  }
  if (round.archived_at)
    return refused(
      base,
      `Đợt cập nhật ${meta.periodLabel} của phiếu đã được lưu trữ; hãy khôi phục đợt trước khi nhập.`,
    );
  const member = ctx
    .prepare('SELECT 1 FROM round_agency WHERE round_id = ? AND agency_id = ?')
    .get(meta.round, meta.agency);
  if (!member)
    return refused(base, `${meta.agencyName} không còn trong danh sách cơ quan của đợt ${meta.periodLabel}.`);

  const modified = form.modified ? localDay(form.modified) : null;
  base.formDate =
    modified && modified >= localDay(meta.issuedAt) && modified <= ctx.today() ? modified : null;
  const earlier = one<{ imported_at: string }>(
    ctx,
    sql`SELECT f.imported_at FROM round_form_import f LEFT JOIN change_set c ON c.id = f.change_set_id
       WHERE f.round_id = ${meta.round} AND f.sha256 = ${file.sha256} AND (f.change_set_id IS NULL OR c.reverted_by IS NULL)
       ORDER BY f.imported_at DESC LIMIT 1`,
  );
  if (earlier)
    return {
      check: {
        ...base,
        status: 'already',
        importedAt: earlier.imported_at,
        notes: [
          {
            sheet: '',
            row: 0,
            column: '',
            message: `Tệp này đã được nhập lúc ${formatDate(localDay(earlier.imported_at))}; nhập lại không thay đổi gì.`,
          },
        ],
      },
      meta,
      tasks: [],
      values: [],
    };

  const sink: Sink = { problems: [], notes: [], changes: [], conflicts: [], unchanged: 0 };
  let tasks: TaskPatchPlan[] = [];
  let values: ValueWritePlan[] = [];
  if (meta.tasks.length > 0) {
    if (!form.tasks)
      sink.problems.push({
        sheet: '',
        row: 0,
        column: '',
        message:
          'Không tìm thấy trang nhiệm vụ của phiếu (bảng có cột "Mã" và "Tiến độ (%)"); hãy dùng phiếu gốc, không xóa trang hay đổi tên cột.',
      });
    else tasks = checkTasks(ctx, meta, form.tasks, choices, sink);
  }
  if (meta.values.length > 0) {
    if (!form.values)
      sink.problems.push({
        sheet: '',
        row: 0,
        column: '',
        message: `Không tìm thấy trang chỉ tiêu của phiếu (bảng có cột "Mã" và cột "Giá trị ${meta.periodLabel}"); hãy dùng phiếu gốc, không xóa trang hay đổi tên cột.`,
      });
    else values = checkValues(ctx, meta, form.values, choices, sink);
  }
  const status: FormFileCheck['status'] =
    sink.problems.length > 0
      ? 'refused'
      : tasks.length + values.length === 0 && sink.conflicts.length === 0
        ? 'nothing'
        : 'ready';
  return {
    check: { ...base, ...sink, status },
    meta,
    tasks: status === 'refused' ? [] : tasks,
    values: status === 'refused' ? [] : values,
  };
}
