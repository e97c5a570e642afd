// The Vietnamese words of change sets, without the database: what each record and field is called, how
// a time reads, which kinds of action cannot be undone and why. Labels (./labels) and the undo's
// messages (./undo) are built from these, so the history and the refusals say the same things.
import { BOOKKEEPING_FIELDS } from '../../../shared/changes';
import type { RecordedRow } from './scope';

/** Fields that are bookkeeping or derived from other records: never "changed by the person". */
export const DERIVED_FIELDS = BOOKKEEPING_FIELDS;

/** What a record of each audited entity is called, as a noun: "nhiệm vụ", "cơ quan". */
export const ENTITY_NOUNS: Record<string, string> = {
  task: 'nhiệm vụ',
  agency: 'cơ quan',
  pillar: 'trụ cột',
  plan: 'kế hoạch',
  indicator: 'chỉ tiêu',
  meeting: 'phiên họp',
  conclusion: 'kết luận',
  meeting_notice: 'thông báo kết luận',
  setting: 'cài đặt',
  report_draft: 'dự thảo báo cáo',
  submission: 'hồ sơ báo cáo',
  outbox: 'thư trong hộp thư đi',
  signing_identity: 'khóa ký',
};

/** Field names as the forms print them, per entity. */
export const FIELD_NAMES: Record<string, Record<string, string>> = {
  task: {
    planId: 'Kế hoạch',
    code: 'Mã nhiệm vụ',
    title: 'Tên nhiệm vụ',
    pillarId: 'Trụ cột',
    leadAgencyId: 'Cơ quan chủ trì',
    supportingAgencyIds: 'Cơ quan phối hợp',
    output: 'Sản phẩm',
    startDate: 'Ngày bắt đầu',
    dueDate: 'Thời hạn',
    state: 'Trạng thái',
    progress: 'Tiến độ',
    completedOn: 'Ngày hoàn thành',
    result: 'Kết quả thực hiện',
    difficulties: 'Khó khăn, vướng mắc',
    proposals: 'Đề xuất, kiến nghị',
    sourceText: 'Nguồn giao nhiệm vụ',
    conclusionId: 'Kết luận phiên họp',
    archivedAt: 'Lưu trữ',
  },
  agency: {
    code: 'Mã cơ quan',
    name: 'Tên cơ quan',
    shortName: 'Tên viết tắt',
    kind: 'Loại cơ quan',
    email: 'Thư điện tử',
    validFrom: 'Hiệu lực từ',
    validTo: 'Hiệu lực đến',
    successorId: 'Cơ quan kế thừa',
    archivedAt: 'Lưu trữ',
  },
  pillar: {
    code: 'Mã trụ cột',
    name: 'Tên trụ cột',
    group: 'Nhóm',
    sortOrder: 'Thứ tự',
    archivedAt: 'Lưu trữ',
  },
  plan: {
    code: 'Số hiệu văn bản',
    title: 'Tên kế hoạch',
    yearFrom: 'Năm bắt đầu',
    yearTo: 'Năm kết thúc',
    issuedOn: 'Ngày ban hành',
    issuedBy: 'Cơ quan ban hành',
    basis: 'Căn cứ',
    state: 'Trạng thái',
    archivedAt: 'Lưu trữ',
  },
  indicator: {
    planId: 'Kế hoạch',
    code: 'Mã chỉ tiêu',
    name: 'Tên chỉ tiêu',
    unit: 'Đơn vị tính',
    pillarId: 'Trụ cột',
    direction: 'Chiều đánh giá',
    leadAgencyId: 'Cơ quan chủ trì',
    definition: 'Cách tính',
    archivedAt: 'Lưu trữ',
    value: 'Giá trị',
    baseline: 'Giá trị cơ sở',
    target: 'Chỉ tiêu kế hoạch',
  },
  meeting: {
    number: 'Số phiên họp',
    title: 'Tiêu đề',
    heldOn: 'Ngày họp',
    chair: 'Chủ trì',
    mode: 'Hình thức',
    location: 'Địa điểm',
    attendees: 'Thành phần',
    agenda: 'Nội dung',
    noticeNumber: 'Số thông báo kết luận',
    noticeDate: 'Ngày thông báo',
    archivedAt: 'Lưu trữ',
  },
  conclusion: {
    text: 'Nội dung kết luận',
    agencyId: 'Cơ quan được giao',
    pillarId: 'Trụ cột',
    dueDate: 'Thời hạn',
    taskId: 'Nhiệm vụ được giao',
    taskCode: 'Nhiệm vụ được giao',
    archivedAt: 'Lưu trữ',
  },
  meeting_notice: { body: 'Nội dung thông báo', recipients: 'Nơi nhận', signer: 'Người ký' },
  setting: {
    provinceName: 'Tên tỉnh',
    committeeName: 'Tên Ban Chỉ đạo',
    committeeShortName: 'Tên viết tắt',
    secretariatAgency: 'Cơ quan thường trực',
    operatorName: 'Người thao tác',
    dueSoonDays: 'Số ngày sắp đến hạn',
    assessmentTolerance: 'Dung sai đánh giá',
    backupKeep: 'Số bản sao lưu giữ lại',
    centreEmail: 'Địa chỉ nhận báo cáo',
    reportPlace: 'Địa danh trên văn bản',
    smtp: 'Máy chủ thư (SMTP)',
  },
};

export function fieldName(entity: string, field: string): string {
  return FIELD_NAMES[entity]?.[field] ?? field;
}

/** "Tiến độ, Kết quả thực hiện": the names of the fields, in the order given, once each. */
export function fieldList(entity: string, fields: readonly string[]): string {
  return [...new Set(fields.map((f) => fieldName(entity, f)))].join(', ');
}

/** The fields a row changed, leaving out bookkeeping. */
export function rowFields(row: Pick<RecordedRow, 'before' | 'after'>): string[] {
  const { before, after } = row;
  if (!before || !after) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !DERIVED_FIELDS.has(k) && !sameValue(before[k], after[k]));
}

/** Equality of stored values, whatever the order of keys inside objects. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: unknown): string {
  return JSON.stringify(v ?? null, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : value,
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "10:32 01/12/2026" in the machine's local time (the province's), as the refusals name a later change. */
export function timeAndDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

const ACTION_VERBS: Record<string, string> = {
  create: 'Thêm',
  update: 'Sửa',
  archive: 'Lưu trữ',
  restore: 'Khôi phục',
  merge: 'Sáp nhập',
  set: 'Cập nhật',
  import: 'Nhập',
};

/**
 * A label from the rows alone, for writes no person's call announced (the outbox sending mail, a CLI
 * command) and for audit rows written before change sets: "Sửa nhiệm vụ", "Thêm 3 bản ghi".
 */
export function describeRows(rows: readonly Pick<RecordedRow, 'entity' | 'action'>[]): string {
  const first = rows[0];
  if (!first) return 'Thay đổi dữ liệu';
  const verb = ACTION_VERBS[first.action] ?? 'Thay đổi';
  const sameKind = rows.every((r) => r.entity === first.entity && r.action === first.action);
  const noun = ENTITY_NOUNS[first.entity] ?? first.entity;
  if (rows.length === 1) return `${verb} ${noun}`;
  return sameKind ? `${verb} ${rows.length} ${noun}` : `Thay đổi ${rows.length} bản ghi`;
}

/** Kinds of action that are never undone, with the reason a person is told. */
const NOT_UNDOABLE: Record<string, string> = {
  'app.createDemo':
    'Không hoàn tác được việc tạo dữ liệu mẫu. Nếu cần, hãy khôi phục bản sao lưu trước khi tạo dữ liệu mẫu.',
  'reports.draft.save':
    'Dự thảo báo cáo được lưu tự động trong khi gõ; hãy sửa trực tiếp nội dung trong trang Báo cáo.',
  'signing.identity.create':
    'Không hoàn tác được việc tạo khóa ký; khóa cũ vẫn được giữ lại bên cạnh tệp dữ liệu.',
  system:
    'Đây là thay đổi do TienDo tự ghi (gửi thư, xuất báo cáo, lệnh dòng lệnh), không phải thao tác sửa dữ liệu nên không hoàn tác được.',
};

export const LEGACY_CANNOT_UNDO =
  'Thay đổi này được ghi trước khi TienDo có chức năng hoàn tác, nên chỉ xem được, không hoàn tác được.';

/** Why this kind of change set cannot be undone, or null when it can be tried. */
export function cannotUndoKind(kind: string): string | null {
  return NOT_UNDOABLE[kind] ?? null;
}
