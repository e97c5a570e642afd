// The shapes of the models TienDo embeds in its workbooks, as zod schemas, for reading them back out of a
// file that may come from anywhere (./inspect.ts, ../briefing/inspect.ts). Each schema checks every field
// a reader (tiendo inspect, the verify screen, the e-mail, the trust list, the centre) uses, with its
// type; the compiler holds the readers to these fields, since what they get is the schema's output, not
// the writer's full type. Other fields are kept as they are (loose objects: `tiendo inspect --json`
// prints the whole model) but typed unknown, so nothing relies on them unchecked.
import { z } from 'zod';
import { REPORT_MODEL_SCHEMA } from '../../../shared/report/model';
import { NOTICE_SCHEMA } from '../../services/briefing/documents';

const line = z.string().max(10_000);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = z.number().int().min(0);

/** The header block of every document: issuing body, number, place and date, title. */
const header = z.looseObject({
  issuingBody: z.array(line).max(20),
  docNumber: line,
  placeDateLine: line,
  title: line,
  subtitle: line,
});

export const embeddedReport = z.looseObject({
  schema: z.literal(REPORT_MODEL_SCHEMA),
  generatedAt: line,
  province: line,
  committee: line,
  referenceDate: isoDate,
  docNumber: line,
  intro: line,
  closing: line,
  header: header.extend({ nation: line, motto: line }),
  period: z.looseObject({ key: line, label: line, from: isoDate, to: isoDate }),
  summary: z.looseObject({ taskSentence: line, indicatorSentence: line }),
  annex1: z.looseObject({ groups: z.array(z.unknown()) }),
  annex2: z.looseObject({ groups: z.array(z.unknown()) }),
});
export type EmbeddedReport = z.infer<typeof embeddedReport>;

const meeting = z.looseObject({ number: count, heldOn: isoDate, title: line, noticeNumber: line.nullable() });

export const embeddedBriefing = z.looseObject({
  schema: z.literal('tiendo.briefing/1'),
  header,
  briefing: z.looseObject({
    at: isoDate,
    meeting,
    header: z.looseObject({ provinceName: line }),
  }),
});
export type EmbeddedBriefing = z.infer<typeof embeddedBriefing>;

export const embeddedNotice = z.looseObject({
  schema: z.literal(NOTICE_SCHEMA),
  header,
  meeting,
});
export type EmbeddedNotice = z.infer<typeof embeddedNotice>;

const TYPE_WORDS: Record<string, string> = {
  string: 'chữ',
  number: 'số',
  array: 'danh sách',
  object: 'nhóm trường',
  null: 'để trống',
};

/** One zod problem in Vietnamese, naming the field: "trường header.title: phải là chữ". */
export function problemInVietnamese(issue: z.core.$ZodIssue): string {
  const field = issue.path.length ? `trường ${issue.path.map(String).join('.')}` : 'toàn bộ dữ liệu';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `${field}: thiếu`
        : `${field}: phải là ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `${field}: giá trị không đúng (cần ${issue.values.map((v) => JSON.stringify(v)).join(' hoặc ')})`;
    case 'invalid_format':
      return `${field}: không đúng định dạng`;
    case 'too_big':
    case 'too_small':
      return `${field}: ${issue.code === 'too_big' ? 'lớn' : 'nhỏ'} quá giới hạn`;
    default:
      return `${field}: không hợp lệ`;
  }
}
