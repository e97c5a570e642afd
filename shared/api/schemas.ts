// Input schemas (zod) for every API method. Messages are Vietnamese and name the field, because they
// are shown next to the field in forms and printed by the CLI.
import { z } from 'zod';
import { TASK_FILTER_NONE, TASK_SORTS } from '../tasks/fields';
import { AGENCY_KINDS, DIRECTIONS, MEETING_MODES, PILLAR_GROUPS, PLAN_STATES, TASK_STATES } from '../domain';
import { isValidIsoDate } from '../dates';
import { parsePeriod } from '../rules/periods';
import { taskProblems, type TaskConsistencyInput } from '../rules/taskConsistency';
import { TASK_SITUATIONS } from '../rules/taskSituation';
import { firstXmlForbidden, xmlForbiddenMessage } from '../text/xmlChars';
import { timeZoneNames } from '../format/zone';
import { fieldMessage } from '../errors/wording';

z.config(z.locales.vi());

/** Longest text accepted anywhere: generous for narrative, small enough that a paste accident is caught. */
export const MAX_TEXT = 20_000;
export const MAX_LINE = 500;

export const id = z.string().uuid({ message: fieldMessage('MA_DINH_DANH_SAI', {}) });
/**
 * Text goes into workbooks and mail: a character XML 1.0 forbids (a control character, U+FFFE, U+FFFF, a
 * lone surrogate; usually pasted from another program) would make the exported file unreadable.
 */
const xmlSafe = (label: string) => ({
  error: (issue: { input: unknown }) =>
    xmlForbiddenMessage(label, String(issue.input)) ?? fieldMessage('TRUONG_KHONG_HOP_LE', { label }),
});
const noXmlForbidden = (s: string) => firstXmlForbidden(s) === null;
export const line = (label: string, max = MAX_LINE) =>
  z
    .string({ message: fieldMessage('TRUONG_PHAI_LA_CHU', { label }) })
    .trim()
    .min(1, { message: fieldMessage('TRUONG_TRONG', { label }) })
    .max(max, { message: fieldMessage('TRUONG_DAI_QUA', { label, max }) })
    .refine(noXmlForbidden, xmlSafe(label));
export const optionalLine = (label: string, max = MAX_LINE) =>
  z
    .string({ message: fieldMessage('TRUONG_PHAI_LA_CHU', { label }) })
    .trim()
    .max(max, { message: fieldMessage('TRUONG_DAI_QUA', { label, max }) })
    .refine(noXmlForbidden, xmlSafe(label));
export const text = (label: string) =>
  z
    .string({ message: fieldMessage('TRUONG_PHAI_LA_CHU', { label }) })
    .max(MAX_TEXT, { message: fieldMessage('TRUONG_DAI_QUA', { label, max: MAX_TEXT }) })
    .refine(noXmlForbidden, xmlSafe(label));
export const isoDate = (label: string) =>
  z.string({ message: fieldMessage('TRUONG_PHAI_LA_NGAY', { label }) }).refine(isValidIsoDate, {
    message: fieldMessage('TRUONG_NGAY_SAI', { label }),
  });
export const year = (label: string) =>
  z
    .number({ message: fieldMessage('TRUONG_PHAI_LA_SO', { label }) })
    .int({ message: fieldMessage('TRUONG_PHAI_LA_SO_NGUYEN', { label }) })
    .min(2000, { message: fieldMessage('TRUONG_TU_NAM', { label, year: 2000 }) })
    .max(2100, { message: fieldMessage('TRUONG_DEN_NAM', { label, year: 2100 }) });
export const periodKey = z.string().refine((k) => parsePeriod(k) !== null, {
  message: fieldMessage('KY_BAO_CAO_SAI', {}),
});
export const email = (label: string) =>
  z
    .string()
    .trim()
    .max(254)
    .email({ message: fieldMessage('TRUONG_THU_SAI', { label }) });
export const finite = (label: string) =>
  z
    .number({ message: fieldMessage('TRUONG_PHAI_LA_SO', { label }) })
    .finite({ message: fieldMessage('TRUONG_PHAI_HUU_HAN', { label }) });

// Each entity has one fields object with no defaults. Its create schema adds the defaults (what an
// omitted field means on a new record); its patch schema is the fields object .partial() and nothing
// else, because zod 4 applies .default() even inside .partial(): a default in a patch would overwrite
// a stored value the patch does not name. test/unit/api/patches.test.ts walks the contract to keep it so.

const agencyEmail = email('Thư điện tử')
  .nullable()
  .or(z.literal('').transform(() => null));
export const agencyFields = z.object({
  code: line('Mã cơ quan', 50),
  name: line('Tên cơ quan'),
  shortName: optionalLine('Tên viết tắt', 100).nullable(),
  kind: z.enum(AGENCY_KINDS, { message: fieldMessage('LOAI_CO_QUAN_SAI', {}) }),
  email: agencyEmail,
  validFrom: isoDate('Hiệu lực từ').nullable(),
  validTo: isoDate('Hiệu lực đến').nullable(),
});
export const agencyCreate = agencyFields.extend({
  shortName: agencyFields.shape.shortName.default(null),
  email: agencyEmail.default(null),
  validFrom: agencyFields.shape.validFrom.default(null),
  validTo: agencyFields.shape.validTo.default(null),
});
export const agencyPatch = agencyFields.partial();

export const pillarFields = z.object({
  code: line('Mã trụ cột', 50),
  name: line('Tên trụ cột'),
  group: z.enum(PILLAR_GROUPS),
  sortOrder: z.number().int().min(0).max(10_000),
});
export const pillarCreate = pillarFields.extend({ sortOrder: pillarFields.shape.sortOrder.default(0) });
export const pillarPatch = pillarFields.partial();

export const planFields = z.object({
  code: line('Số hiệu văn bản', 100),
  title: line('Tên kế hoạch', 1000),
  yearFrom: year('Năm bắt đầu'),
  yearTo: year('Năm kết thúc'),
  issuedOn: isoDate('Ngày ban hành').nullable(),
  issuedBy: optionalLine('Cơ quan ban hành').nullable(),
  basis: text('Căn cứ'),
  state: z.enum(PLAN_STATES),
});
export const planCreate = planFields
  .extend({
    issuedOn: planFields.shape.issuedOn.default(null),
    issuedBy: planFields.shape.issuedBy.default(null),
    basis: planFields.shape.basis.default(''),
    state: planFields.shape.state.default('dang_thuc_hien'),
  })
  .refine((p) => p.yearTo >= p.yearFrom, {
    message: fieldMessage('NAM_KET_THUC_TRUOC', {}),
    path: ['yearTo'],
  });
/** The years are checked on the merged record by the service (a patch may name only one of them). */
export const planPatch = planFields.partial();

const progress = z
  .number({ message: fieldMessage('TRUONG_PHAI_LA_SO', { label: 'Tiến độ' }) })
  .int({ message: fieldMessage('TRUONG_PHAI_LA_SO_NGUYEN', { label: 'Tiến độ' }) })
  .min(0, { message: fieldMessage('TIEN_DO_KHOANG', {}) })
  .max(100, { message: fieldMessage('TIEN_DO_KHOANG', {}) });
export const taskFields = z.object({
  planId: id,
  code: line('Mã nhiệm vụ', 50),
  title: line('Tên nhiệm vụ', 2000),
  pillarId: id.nullable(),
  leadAgencyId: id.nullable(),
  supportingAgencyIds: z.array(id).max(200),
  output: text('Sản phẩm'),
  startDate: isoDate('Ngày bắt đầu').nullable(),
  dueDate: isoDate('Thời hạn').nullable(),
  state: z.enum(TASK_STATES, { message: fieldMessage('TRANG_THAI_SAI', {}) }),
  progress,
  completedOn: isoDate('Ngày hoàn thành').nullable(),
  result: text('Kết quả'),
  difficulties: text('Khó khăn, vướng mắc'),
  proposals: text('Đề xuất, kiến nghị'),
  sourceText: optionalLine('Nguồn giao nhiệm vụ', 1000),
});

/**
 * The rules of shared/rules/taskConsistency that need no reference date, on a whole new task, as field
 * issues (so a form shows them next to the field). "Not after today" is checked by the service and
 * live by the forms, which know today.
 */
function checkNewTask(t: TaskConsistencyInput, ctx: z.RefinementCtx): void {
  for (const p of taskProblems(t, null))
    ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
}

export const taskCreate = taskFields
  .extend({
    pillarId: taskFields.shape.pillarId.default(null),
    leadAgencyId: taskFields.shape.leadAgencyId.default(null),
    supportingAgencyIds: taskFields.shape.supportingAgencyIds.default([]),
    output: taskFields.shape.output.default(''),
    startDate: taskFields.shape.startDate.default(null),
    dueDate: taskFields.shape.dueDate.default(null),
    state: taskFields.shape.state.default('chua_thuc_hien'),
    progress: progress.default(0),
    completedOn: taskFields.shape.completedOn.default(null),
    result: taskFields.shape.result.default(''),
    difficulties: taskFields.shape.difficulties.default(''),
    proposals: taskFields.shape.proposals.default(''),
    sourceText: taskFields.shape.sourceText.default(''),
  })
  // Only once every field is valid on its own: "Tiến độ: từ 0 đến 100%" says more than a rule about 150%.
  .check(z.superRefine(checkNewTask, { when: (payload) => payload.issues.length === 0 }));
/** Consistency is checked by the service on the merged record: a patch alone cannot be judged. */
export const taskPatch = taskFields.omit({ planId: true }).partial();
export const taskBulkPatch = taskPatch.pick({
  state: true,
  progress: true,
  leadAgencyId: true,
  pillarId: true,
  dueDate: true,
  completedOn: true,
});
/**
 * The weekly chore beside a row: state, progress, completion date, result, and the difficulties and
 * proposals the agency reported with it (what the briefing and the report's sections read), each only if named.
 */
export const taskQuickUpdate = z.object({
  id,
  ...taskPatch.pick({
    state: true,
    progress: true,
    completedOn: true,
    result: true,
    difficulties: true,
    proposals: true,
  }).shape,
});

export { TASK_SORTS };
/** A pillar or lead agency filter: one record's id, or 'none' (TASK_FILTER_NONE) for the tasks that have none. */
// The id option carries the message: zod reports the issue of the option the value came closest to.
const idOrNone = z.union([
  z.literal(TASK_FILTER_NONE),
  z
    .string()
    .uuid({ message: 'Bộ lọc phải là một mã định danh hoặc "none" (chưa phân loại, chưa giao cơ quan).' }),
]);
export const taskFilter = z.object({
  planId: id.nullable().default(null),
  pillarId: idOrNone.nullable().default(null),
  leadAgencyId: idOrNone.nullable().default(null),
  situations: z.array(z.enum(TASK_SITUATIONS)).max(8).default([]),
  dueFrom: isoDate('Hạn từ ngày').nullable().default(null),
  dueTo: isoDate('Hạn đến ngày').nullable().default(null),
  q: z
    .string()
    .max(200, { message: fieldMessage('TU_KHOA_DAI', {}) })
    .default(''),
  at: isoDate('Ngày tham chiếu').nullable().default(null),
  sort: z.enum(TASK_SORTS).default('code'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(20_000).default(200),
});

export const indicatorFields = z.object({
  planId: id.nullable(),
  code: line('Mã chỉ tiêu', 50),
  name: line('Tên chỉ tiêu', 1000),
  unit: line('Đơn vị tính', 50),
  pillarId: id.nullable(),
  direction: z.enum(DIRECTIONS),
  leadAgencyId: id.nullable(),
  definition: text('Cách tính'),
});
export const indicatorCreate = indicatorFields.extend({
  planId: indicatorFields.shape.planId.default(null),
  pillarId: indicatorFields.shape.pillarId.default(null),
  direction: indicatorFields.shape.direction.default('increase'),
  leadAgencyId: indicatorFields.shape.leadAgencyId.default(null),
  definition: indicatorFields.shape.definition.default(''),
});
export const indicatorPatch = indicatorFields.partial();

export const meetingFields = z.object({
  number: z
    .number({ message: fieldMessage('TRUONG_PHAI_LA_SO', { label: 'Số phiên họp' }) })
    .int()
    .min(1, { message: fieldMessage('TRUONG_TU', { label: 'Số phiên họp', min: 1 }) })
    .max(10_000),
  title: optionalLine('Tiêu đề', 1000),
  heldOn: isoDate('Ngày họp'),
  chair: optionalLine('Chủ trì'),
  mode: z.enum(MEETING_MODES),
  location: optionalLine('Địa điểm'),
  attendees: text('Thành phần'),
  agenda: text('Nội dung'),
  noticeNumber: optionalLine('Số thông báo kết luận', 100).nullable(),
  noticeDate: isoDate('Ngày thông báo').nullable(),
});
export const meetingCreate = meetingFields.extend({
  title: meetingFields.shape.title.default(''),
  chair: meetingFields.shape.chair.default(''),
  mode: meetingFields.shape.mode.default('truc_tiep'),
  location: meetingFields.shape.location.default(''),
  attendees: meetingFields.shape.attendees.default(''),
  agenda: meetingFields.shape.agenda.default(''),
  noticeNumber: meetingFields.shape.noticeNumber.default(null),
  noticeDate: meetingFields.shape.noticeDate.default(null),
});
export const meetingPatch = meetingFields.partial();

export const conclusionFields = z.object({
  text: line('Nội dung kết luận', MAX_TEXT),
  agencyId: id.nullable(),
  pillarId: id.nullable(),
  dueDate: isoDate('Thời hạn').nullable(),
});
export const conclusionCreate = conclusionFields.extend({
  meetingId: id,
  agencyId: conclusionFields.shape.agencyId.default(null),
  pillarId: conclusionFields.shape.pillarId.default(null),
  dueDate: conclusionFields.shape.dueDate.default(null),
});
export const conclusionPatch = conclusionFields.partial();

/**
 * One conclusion to become a task in a batch: the plan, and the pillar, lead agency and due date the
 * dialog filled from the conclusion (editable per row); the code empty means the default KL<số>.<thứ tự>.
 */
export const conclusionTaskItem = z.object({
  conclusionId: id,
  planId: id,
  code: line('Mã nhiệm vụ', 50).optional(),
  pillarId: id.nullable(),
  leadAgencyId: id.nullable(),
  dueDate: isoDate('Thời hạn').nullable(),
});
/** Several conclusions of one meeting become tasks in one action (conclusions.toTasks and its preview). */
export const conclusionsToTasks = z.object({
  meetingId: id,
  items: z
    .array(conclusionTaskItem)
    .min(1, { message: 'Hãy chọn ít nhất một kết luận.' })
    .max(500, { message: 'Tối đa 500 kết luận một lần.' }),
});

export const settingsPatch = z
  .object({
    provinceName: line('Tên tỉnh', 200),
    committeeName: line('Tên Ban Chỉ đạo', 300),
    committeeShortName: line('Tên viết tắt', 50),
    secretariatAgency: line('Cơ quan thường trực', 300),
    operatorName: line('Người thao tác', 200),
    dueSoonDays: z
      .number()
      .int()
      .min(1, { message: fieldMessage('TRUONG_KHOANG', { label: 'Số ngày sắp đến hạn', min: 1, max: 90 }) })
      .max(90, { message: fieldMessage('TRUONG_KHOANG', { label: 'Số ngày sắp đến hạn', min: 1, max: 90 }) }),
    assessmentTolerance: z
      .number()
      .min(0, { message: fieldMessage('TRUONG_KHOANG', { label: 'Dung sai', min: 0, max: '0,5' }) })
      .max(0.5, { message: fieldMessage('TRUONG_KHOANG', { label: 'Dung sai', min: 0, max: '0,5' }) }),
    backupKeep: z
      .number()
      .int()
      .min(1, {
        message: fieldMessage('TRUONG_KHOANG', { label: 'Số bản sao lưu giữ lại', min: 1, max: 365 }),
      })
      .max(365),
    centreEmail: z.union([email('Địa chỉ nhận báo cáo'), z.literal('')]),
    reportPlace: line('Địa danh trên văn bản', 100),
    // The runtime's own list of IANA names (Intl.supportedValuesOf), as the settings form offers them.
    timeZone: z.enum(timeZoneNames(), {
      message: 'Múi giờ: hãy chọn một múi giờ trong danh sách (ví dụ Asia/Ho_Chi_Minh).',
    }),
    smtp: z
      .object({
        host: line('Máy chủ SMTP', 253),
        port: z.number().int().min(1).max(65535),
        secure: z.boolean(),
        user: optionalLine('Tài khoản SMTP', 254),
        from: email('Địa chỉ gửi'),
        password: z.string().max(500).optional(),
      })
      .nullable(),
    /** The plan every page (and the CLI) opens on; null: the latest plan being carried out. */
    defaultPlanId: id.nullable(),
  })
  .partial();
