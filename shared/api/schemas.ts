// Input schemas (zod) for every API method. Messages are Vietnamese and name the field, because they
// are shown next to the field in forms and printed by the CLI.
import { z } from 'zod';
import { AGENCY_KINDS, DIRECTIONS, MEETING_MODES, PILLAR_GROUPS, PLAN_STATES, TASK_STATES } from '../domain';
import { isValidIsoDate } from '../dates';
import { parsePeriod } from '../rules/periods';
import { TASK_SITUATIONS } from '../rules/taskSituation';
import { firstXmlForbidden, xmlForbiddenMessage } from '../text/xmlChars';

z.config(z.locales.vi());

/** Longest text accepted anywhere: generous for narrative, small enough that a paste accident is caught. */
export const MAX_TEXT = 20_000;
export const MAX_LINE = 500;

export const id = z.string().uuid({ message: 'Mã định danh không hợp lệ.' });
/**
 * Text goes into workbooks and mail: a character XML 1.0 forbids (a control character, U+FFFE, U+FFFF, a
 * lone surrogate; usually pasted from another program) would make the exported file unreadable.
 */
const xmlSafe = (label: string) => ({
  error: (issue: { input: unknown }) =>
    xmlForbiddenMessage(label, String(issue.input)) ?? `${label}: không hợp lệ.`,
});
const noXmlForbidden = (s: string) => firstXmlForbidden(s) === null;
export const line = (label: string, max = MAX_LINE) =>
  z
    .string({ message: `${label}: phải là chữ.` })
    .trim()
    .min(1, { message: `${label}: không được để trống.` })
    .max(max, { message: `${label}: dài quá ${max} ký tự.` })
    .refine(noXmlForbidden, xmlSafe(label));
export const optionalLine = (label: string, max = MAX_LINE) =>
  z
    .string({ message: `${label}: phải là chữ.` })
    .trim()
    .max(max, { message: `${label}: dài quá ${max} ký tự.` })
    .refine(noXmlForbidden, xmlSafe(label));
export const text = (label: string) =>
  z
    .string({ message: `${label}: phải là chữ.` })
    .max(MAX_TEXT, { message: `${label}: dài quá ${MAX_TEXT} ký tự.` })
    .refine(noXmlForbidden, xmlSafe(label));
export const isoDate = (label: string) =>
  z.string({ message: `${label}: phải là ngày.` }).refine(isValidIsoDate, {
    message: `${label}: ngày không hợp lệ (dạng năm-tháng-ngày, ví dụ 2025-03-31).`,
  });
export const year = (label: string) =>
  z
    .number({ message: `${label}: phải là số.` })
    .int({ message: `${label}: phải là số nguyên.` })
    .min(2000, { message: `${label}: từ năm 2000.` })
    .max(2100, { message: `${label}: đến năm 2100.` });
export const periodKey = z.string().refine((k) => parsePeriod(k) !== null, {
  message: 'Kỳ báo cáo không hợp lệ (ví dụ 2025-Q4, 2025-H1, 2025-9M, 2025).',
});
export const email = (label: string) =>
  z
    .string()
    .trim()
    .max(254)
    .email({ message: `${label}: địa chỉ thư điện tử không hợp lệ.` });
export const finite = (label: string) =>
  z.number({ message: `${label}: phải là số.` }).finite({ message: `${label}: phải là số hữu hạn.` });

export const agencyFields = z.object({
  code: line('Mã cơ quan', 50),
  name: line('Tên cơ quan'),
  shortName: optionalLine('Tên viết tắt', 100).nullable().default(null),
  kind: z.enum(AGENCY_KINDS, { message: 'Loại cơ quan không hợp lệ.' }),
  email: email('Thư điện tử')
    .nullable()
    .default(null)
    .or(z.literal('').transform(() => null)),
  validFrom: isoDate('Hiệu lực từ').nullable().default(null),
  validTo: isoDate('Hiệu lực đến').nullable().default(null),
});

export const pillarFields = z.object({
  code: line('Mã trụ cột', 50),
  name: line('Tên trụ cột'),
  group: z.enum(PILLAR_GROUPS),
  sortOrder: z.number().int().min(0).max(10_000).default(0),
});

export const planBase = z.object({
  code: line('Số hiệu văn bản', 100),
  title: line('Tên kế hoạch', 1000),
  yearFrom: year('Năm bắt đầu'),
  yearTo: year('Năm kết thúc'),
  issuedOn: isoDate('Ngày ban hành').nullable().default(null),
  issuedBy: optionalLine('Cơ quan ban hành').nullable().default(null),
  basis: text('Căn cứ').default(''),
  state: z.enum(PLAN_STATES).default('dang_thuc_hien'),
});
export const planFields = planBase.refine((p) => p.yearTo >= p.yearFrom, {
  message: 'Năm kết thúc phải từ năm bắt đầu trở đi.',
  path: ['yearTo'],
});

const taskBase = z.object({
  planId: id,
  code: line('Mã nhiệm vụ', 50),
  title: line('Tên nhiệm vụ', 2000),
  pillarId: id.nullable().default(null),
  leadAgencyId: id.nullable().default(null),
  supportingAgencyIds: z.array(id).max(200).default([]),
  output: text('Sản phẩm').default(''),
  startDate: isoDate('Ngày bắt đầu').nullable().default(null),
  dueDate: isoDate('Thời hạn').nullable().default(null),
  state: z.enum(TASK_STATES, { message: 'Trạng thái không hợp lệ.' }).default('chua_thuc_hien'),
  progress: z
    .number({ message: 'Tiến độ: phải là số.' })
    .int({ message: 'Tiến độ: phải là số nguyên.' })
    .min(0, { message: 'Tiến độ: từ 0 đến 100%.' })
    .max(100, { message: 'Tiến độ: từ 0 đến 100%.' })
    .default(0),
  completedOn: isoDate('Ngày hoàn thành').nullable().default(null),
  result: text('Kết quả').default(''),
  difficulties: text('Khó khăn, vướng mắc').default(''),
  proposals: text('Đề xuất, kiến nghị').default(''),
  sourceText: optionalLine('Nguồn giao nhiệm vụ', 1000).default(''),
});

/** Cross-field rules of a task, shared by create, update and quick update. */
export function checkTaskConsistency(
  t: { state?: string; completedOn?: string | null; startDate?: string | null; dueDate?: string | null },
  ctx: z.RefinementCtx,
): void {
  if (t.state === 'hoan_thanh' && !t.completedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['completedOn'],
      message: 'Nhiệm vụ đã hoàn thành cần có ngày hoàn thành.',
    });
  }
  if (t.startDate && t.dueDate && t.dueDate < t.startDate) {
    ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'Thời hạn không được trước ngày bắt đầu.' });
  }
}

export const taskCreate = taskBase.superRefine(checkTaskConsistency);
export const taskPatch = taskBase.omit({ planId: true }).partial();
export const taskQuickUpdate = z
  .object({
    id,
    state: z.enum(TASK_STATES),
    progress: z
      .number()
      .int()
      .min(0, { message: 'Tiến độ: từ 0 đến 100%.' })
      .max(100, { message: 'Tiến độ: từ 0 đến 100%.' }),
    completedOn: isoDate('Ngày hoàn thành').nullable(),
    result: text('Kết quả'),
  })
  .superRefine(checkTaskConsistency);

export const TASK_SORTS = [
  'code',
  'title',
  'dueDate',
  'progress',
  'state',
  'leadAgency',
  'pillar',
  'updatedAt',
  'situation',
] as const;
export const taskFilter = z.object({
  planId: id.nullable().default(null),
  pillarId: id.nullable().default(null),
  leadAgencyId: id.nullable().default(null),
  situations: z.array(z.enum(TASK_SITUATIONS)).max(8).default([]),
  dueFrom: isoDate('Hạn từ ngày').nullable().default(null),
  dueTo: isoDate('Hạn đến ngày').nullable().default(null),
  q: z.string().max(200, { message: 'Từ khóa tìm kiếm dài quá 200 ký tự.' }).default(''),
  at: isoDate('Ngày tham chiếu').nullable().default(null),
  sort: z.enum(TASK_SORTS).default('code'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(20_000).default(200),
});

const indicatorBase = z.object({
  planId: id.nullable().default(null),
  code: line('Mã chỉ tiêu', 50),
  name: line('Tên chỉ tiêu', 1000),
  unit: line('Đơn vị tính', 50),
  pillarId: id.nullable().default(null),
  direction: z.enum(DIRECTIONS).default('increase'),
  leadAgencyId: id.nullable().default(null),
  definition: text('Cách tính').default(''),
});
export const indicatorCreate = indicatorBase;
export const indicatorPatch = indicatorBase.partial();

export const meetingFields = z.object({
  number: z
    .number({ message: 'Số phiên họp: phải là số.' })
    .int()
    .min(1, { message: 'Số phiên họp: từ 1 trở lên.' })
    .max(10_000),
  title: optionalLine('Tiêu đề', 1000).default(''),
  heldOn: isoDate('Ngày họp'),
  chair: optionalLine('Chủ trì').default(''),
  mode: z.enum(MEETING_MODES).default('truc_tiep'),
  location: optionalLine('Địa điểm').default(''),
  attendees: text('Thành phần').default(''),
  agenda: text('Nội dung').default(''),
  noticeNumber: optionalLine('Số thông báo kết luận', 100).nullable().default(null),
  noticeDate: isoDate('Ngày thông báo').nullable().default(null),
});

export const conclusionFields = z.object({
  text: line('Nội dung kết luận', MAX_TEXT),
  agencyId: id.nullable().default(null),
  pillarId: id.nullable().default(null),
  dueDate: isoDate('Thời hạn').nullable().default(null),
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
      .min(1, { message: 'Số ngày sắp đến hạn: từ 1 đến 90.' })
      .max(90, { message: 'Số ngày sắp đến hạn: từ 1 đến 90.' }),
    assessmentTolerance: z
      .number()
      .min(0, { message: 'Dung sai: từ 0 đến 0,5.' })
      .max(0.5, { message: 'Dung sai: từ 0 đến 0,5.' }),
    backupKeep: z.number().int().min(1, { message: 'Số bản sao lưu giữ lại: từ 1 đến 365.' }).max(365),
    centreEmail: z.union([email('Địa chỉ nhận báo cáo'), z.literal('')]),
    reportPlace: line('Địa danh trên văn bản', 100),
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
  })
  .partial();
