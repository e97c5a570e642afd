// Input schemas of the spreadsheet methods (issue 11). Defaults only where a field is optional on a new
// request; nothing here is a patch of a stored record.
import { z } from 'zod';
import { AGENCY_KINDS } from '../domain';
import { parsePeriod } from '../rules/periods';
import { base64File, MAX_XLSX_BYTES } from '../report/schemas';
import * as s from './schemas';

export const PLAN_IMPORT_FIELDS = [
  'stt',
  'code',
  'title',
  'lead',
  'supporting',
  'due',
  'output',
  'note',
  'indicator',
  'unit',
  'target',
  'baseline',
] as const;

/** A spreadsheet sent by the person: its name (for messages) and its bytes. */
export const sheetFile = z.object({
  fileName: z
    .string({ message: 'Tên tệp: phải là chữ.' })
    .trim()
    .min(1, { message: 'Tên tệp: không được để trống.' })
    .max(255, { message: 'Tên tệp: dài quá 255 ký tự.' }),
  fileBase64: base64File('Tệp bảng tính', MAX_XLSX_BYTES),
});

const columnLetter = z
  .string()
  .regex(/^[A-Za-z]{1,3}$/, { message: 'Cột: ghi bằng chữ cái, ví dụ C hoặc AB.' })
  .transform((c) => c.toUpperCase());

/** The person's corrections of what the reader found in one sheet. */
const sheetChoice = z.object({
  name: z.string().max(200),
  headerRow: z
    .number()
    .int()
    .min(1, { message: 'Dòng tiêu đề: từ dòng 1.' })
    .max(1000, { message: 'Dòng tiêu đề: trong 1000 dòng đầu.' })
    .optional(),
  /** Field -> column letter, or null to leave a field out. Fields not named keep what was found. */
  columns: z.partialRecord(z.enum(PLAN_IMPORT_FIELDS), columnLetter.nullable()).optional(),
});

/** What to do with a name in an agency cell that is not one agency of the Danh mục. */
const agencyResolution = z.union([
  z.object({ agencyId: s.id }).strict(),
  z.object({ ignore: z.literal(true) }).strict(),
  z
    .object({
      create: z.object({
        code: s.line('Mã cơ quan', 50),
        name: s.line('Tên cơ quan'),
        shortName: s.optionalLine('Tên viết tắt', 100).nullable(),
        kind: z.enum(AGENCY_KINDS, { message: 'Loại cơ quan không hợp lệ.' }),
      }),
    })
    .strict(),
]);

/** What to do with a group row's pillar ("sheet!row" -> choice). */
const pillarResolution = z.union([
  z.object({ pillarId: s.id }).strict(),
  z.object({ none: z.literal(true) }).strict(),
  z.object({ create: z.literal(true) }).strict(),
]);

export const planImport = sheetFile.extend({
  /** The plan the rows go into; null: a new plan (`newPlan`, or what the file's title rows say). */
  planId: s.id.nullable(),
  newPlan: z
    .object({
      code: s.line('Số hiệu văn bản', 100),
      title: s.line('Tên kế hoạch', 1000),
      yearFrom: s.year('Năm bắt đầu'),
      yearTo: s.year('Năm kết thúc'),
    })
    .refine((p) => p.yearTo >= p.yearFrom, {
      message: 'Năm kết thúc phải từ năm bắt đầu trở đi.',
      path: ['yearTo'],
    })
    .optional(),
  /** Only these sheets, with these corrections; absent: every visible sheet with a header. */
  sheets: z.array(sheetChoice).max(50).optional(),
  /** By the name as the preview lists it (PlanImportAgencyName.text). */
  agencies: z.record(z.string().max(500), agencyResolution).optional(),
  /** By "sheet!row" of a group row. */
  pillars: z.record(z.string().max(300), pillarResolution).optional(),
});

export const planImportApply = planImport.extend({
  /** Apply the rows that are not refused and leave the refused ones out (otherwise nothing is applied). */
  skipRefused: z.boolean().default(false),
});

export const ROUND_PERIOD_MESSAGE =
  'Kỳ của đợt cập nhật không hợp lệ (ví dụ 2026-Q4, 2026-H1, 2026-9M, 2026).';

export const roundCreate = z.object({
  planId: s.id,
  period: z.string().refine((k) => parsePeriod(k) !== null, { message: ROUND_PERIOD_MESSAGE }),
  dueDate: s.isoDate('Hạn gửi số liệu'),
  /** The agencies asked; absent: every live agency with a task or an indicator of the plan. */
  agencyIds: z.array(s.id).max(2000).optional(),
});

export const roundAgencies = z.object({
  roundId: s.id,
  /** These agencies of the round; absent: all of them (for reminders: those that have not answered). */
  agencyIds: z.array(s.id).max(2000).optional(),
});

export const formFiles = z.object({
  /** The round the files are expected for (the drop zone of a round's page); absent: the form says. */
  roundId: s.id.optional(),
  files: z
    .array(sheetFile)
    .min(1, { message: 'Chưa chọn tệp nào.' })
    .max(60, { message: 'Mỗi lần nhập tối đa 60 tệp.' }),
});

export const formApply = formFiles.extend({
  /**
   * Per file (by SHA-256), per conflict key, which value to keep: 'form' (the agency's) or 'tiendo'
   * (the record as it is now). A conflict with no choice keeps TienDo's value.
   */
  choices: z
    .record(z.string().regex(/^[0-9a-f]{64}$/), z.record(z.string().max(200), z.enum(['form', 'tiendo'])))
    .default({}),
  /** The person saw the plausibility warnings of the preview and confirms the values. */
  confirmWarnings: z.boolean().default(false),
});
