// The periodic report (Báo cáo) as a Word document, drawn only from the report model the workbook takes:
// the body on A4 portrait (header, the figures with their table, the narrative parts, Nơi nhận and the
// signer), then Phụ lục 1 (indicators) and Phụ lục 2 (tasks) as Word tables on A4 landscape, each annex
// a section of its own with its page numbers starting again. The annexes are tables in the same document,
// not a workbook beside it: one file to sign, mail and verify, and Word itself repeats each table's header
// on every page, keeps a pillar's heading with its first row and its "Cộng" row with its last, and never
// splits a row, which is what a printed annex needs (the workbook stays the format for adding figures up).
import { AlignmentType, Paragraph, type Table } from 'docx';
import { formatRate } from '../../shared/format/rate';
import { formatDate, formatNumber } from '../../shared/format/vi';
import { ASSESSMENT_LABELS, ASSESSMENTS } from '../../shared/rules/indicatorAssessment';
import {
  roman,
  type AnnexGroup,
  type AssessmentCounts,
  type ReportModel,
  type TaskSubtotal,
} from '../../shared/report/model';
import { ANNEX1_COLUMNS, ANNEX2_COLUMNS, figuresParagraph, periodPhrase } from '../../shared/report/text';
import { figuresDateLine } from '../../shared/report/provisional';
import { stripXmlForbiddenDeep } from '../../shared/text/xmlChars';
import { assessmentWords } from '../excel/report/indicatorSheet';
import { REPORT_PART } from '../excel/report/package';
import { NO_DEADLINE, taskWords } from '../excel/report/taskSheet';
import {
  LANDSCAPE_WIDTH,
  PORTRAIT_WIDTH,
  beforeSignature,
  bodyParagraph,
  bodyText,
  closingText,
  documentHeader,
  run,
  section,
  signatureBlock,
} from './layout';
import { packWord } from './package';
import { gridTable, widthsOf, type Cell, type Row } from './tables';

const num = (n: number | null): string => (n === null ? '' : formatNumber(n));
const right = (text: string, bold = false): Cell => ({ text, align: 'right', bold });
const centre = (text: string, bold = false): Cell => ({ text, align: 'center', bold });

/** The summary table of the body: tasks by situation, indicators by assessment. */
function figuresTable(m: ReportModel): Table {
  const t = m.summary.tasks;
  const i = m.summary.indicators;
  const share = (n: number, of: number) => (of > 0 ? n / of : null);
  const line = (stt: string, label: string, count: number, rate: number | null, strong = false): Row => ({
    cells: [
      centre(stt, strong),
      { text: label, bold: strong },
      right(formatNumber(count), strong),
      right(rate === null ? '' : formatRate(rate), strong),
    ],
  });
  return gridTable(
    widthsOf([1.2, 9, 2.2, 2.2], PORTRAIT_WIDTH),
    [
      {
        header: true,
        cells: [
          centre('STT', true),
          centre('Nội dung', true),
          centre('Số lượng', true),
          centre('Tỷ lệ', true),
        ],
      },
      line('1', 'Tổng số nhiệm vụ', t.total, null, true),
      line('', '- Đã hoàn thành (tỷ lệ hoàn thành)', t.done, t.completionRate),
      line('', '   + Hoàn thành đúng hạn', t.doneOnTime, null),
      line('', '   + Hoàn thành quá hạn', t.doneLate, null),
      line('', '- Quá hạn, chưa hoàn thành', t.overdue, null),
      line('', '- Sắp đến hạn', t.dueSoon, null),
      line('', '- Trong hạn', t.inTime, null),
      line('', '- Không thời hạn (thường xuyên)', t.noDeadline, null),
      line('', '- Tạm dừng', t.paused, null),
      line('', '- Hủy bỏ (không tính vào tỷ lệ)', t.cancelled, null),
      line('2', 'Tổng số chỉ tiêu', i.total, null, true),
      ...ASSESSMENTS.map((a) => line('', `- ${ASSESSMENT_LABELS[a]}`, i[a], share(i[a], i.total))),
    ],
    12,
  );
}

const heading = (text: string) => bodyParagraph(text, { bold: true, keepNext: true });

function body(m: ReportModel): (Paragraph | Table)[] {
  const [achievements, ...rest] = m.sections;
  let n = 1;
  const out: (Paragraph | Table)[] = [
    ...bodyText(m.intro),
    heading(`${roman(n++)}. KẾT QUẢ THỰC HIỆN`),
    heading('1. Số liệu tổng hợp'),
    // The same sentence as the workbook's (no indicator clause when there are none).
    bodyParagraph(figuresParagraph(m), { keepNext: true }),
    new Paragraph({ spacing: { before: 0, after: 60 }, keepNext: true, children: [run('', { size: 4 })] }),
    figuresTable(m),
  ];
  if (achievements?.text) out.push(heading(`2. ${achievements.heading}`), ...bodyText(achievements.text));
  // Parts with nothing written (and nothing composed from the figures) are left out, not printed empty.
  for (const s of rest) {
    if (!s.text) continue;
    out.push(heading(`${roman(n++)}. ${s.heading.toLocaleUpperCase('vi')}`), ...bodyText(s.text));
  }
  out.push(
    bodyParagraph('(Chi tiết tại Phụ lục 1 và Phụ lục 2 kèm theo.)', { italics: true }),
    ...closingText(m.closing),
    beforeSignature(),
    signatureBlock(m.recipients, m.signer),
  );
  return out;
}

const centredLine = (text: string, size: number, o: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    keepNext: true,
    children: [run(text, { size, ...o })],
  });

/** "PHỤ LỤC 1", its title for the period, "(Kèm theo Báo cáo số … ngày … của …)", the reference date. */
function annexHeading(m: ReportModel, label: string, title: string): Paragraph[] {
  const number = m.docNumber.trim() ? `số ${m.docNumber.trim()} ` : '';
  return [
    centredLine(label.toLocaleUpperCase('vi'), 14, { bold: true }),
    centredLine(`${title} ${periodPhrase(m.period.label)}`.toLocaleUpperCase('vi'), 13, { bold: true }),
    centredLine(`(Kèm theo Báo cáo ${number}ngày ${formatDate(m.header.date)} của ${m.committee})`, 13, {
      italics: true,
    }),
    centredLine(figuresDateLine(m), 12, { italics: true }),
    new Paragraph({ spacing: { before: 0, after: 120 }, keepNext: true, children: [run('', { size: 4 })] }),
  ];
}

/** The column header, then its (1) (2) … numbering: both repeated on every page of the annex. */
function headerRows(columns: readonly string[]): Row[] {
  return [
    { header: true, cells: columns.map((c) => centre(c, true)) },
    { header: true, cells: columns.map((_, i) => ({ text: `(${i + 1})`, align: 'center', italics: true })) },
  ];
}

/**
 * Per pillar: its heading row (kept with the first row), its rows (the last kept with the subtotal), the
 * "Cộng I: …" row; then "Tổng cộng: …". Subtotals are words here; the numbers are in the summary table.
 */
function groupedRows<R, S>(
  annex: { groups: AnnexGroup<R, S>[]; total: S },
  span: number,
  cells: (row: R) => Cell[],
  words: (s: S) => string,
): Row[] {
  const rows: Row[] = [];
  const subtotal = (text: string): Row => ({
    cells: [{ text: '' }, { text, bold: true, italics: true, span: span - 1 }],
  });
  for (const g of annex.groups) {
    rows.push({
      keepNext: true,
      cells: [centre(g.numeral, true), { text: g.pillarName, bold: true, span: span - 1 }],
    });
    g.rows.forEach((row, i) => rows.push({ cells: cells(row), keepNext: i === g.rows.length - 1 }));
    rows.push(subtotal(`Cộng ${g.numeral}: ${words(g.subtotal)}`));
  }
  rows.push(subtotal(`Tổng cộng: ${words(annex.total)}`));
  return rows;
}

/** The table by pillar closing an annex: its own heading (kept with it) and its own header row. */
function summaryBlock(title: string, headers: string[], rows: { label: string; values: string[] }[]) {
  const last = rows.length - 1;
  return [
    new Paragraph({
      spacing: { before: 240, after: 120 },
      keepNext: true,
      children: [run(title, { size: 13, bold: true })],
    }),
    gridTable(widthsOf([1, 7, ...headers.slice(1).map(() => 2.4)], LANDSCAPE_WIDTH), [
      { header: true, cells: [centre('STT', true), ...headers.map((h) => centre(h, true))] },
      ...rows.map((r, i) => ({
        cells: [
          centre(i === last ? '' : String(i + 1), i === last),
          { text: r.label, bold: i === last },
          ...r.values.map((v) => right(v, i === last)),
        ],
      })),
    ]),
  ];
}

function indicatorAnnex(m: ReportModel): (Paragraph | Table)[] {
  const a = m.annex1;
  const rows = groupedRows(
    a,
    ANNEX1_COLUMNS.length,
    (r) => [
      centre(String(r.stt)),
      centre(r.code),
      { text: r.name },
      centre(r.unit),
      right(num(r.target)),
      right(num(r.actual)),
      right(r.ratio === null ? '' : formatRate(r.ratio)),
      centre(r.assessmentLabel),
      { text: r.agency },
      { text: r.note },
    ],
    assessmentWords,
  );
  const counts = (c: AssessmentCounts) => [c.total, ...ASSESSMENTS.map((x) => c[x])].map(num);
  return [
    ...annexHeading(m, a.label, a.title),
    gridTable(widthsOf([5, 7, 30, 7, 8, 8, 7, 12, 13, 12], LANDSCAPE_WIDTH), [
      ...headerRows(ANNEX1_COLUMNS),
      ...rows,
    ]),
    ...summaryBlock(
      'Tổng hợp đánh giá chỉ tiêu theo trụ cột, lĩnh vực',
      ['Trụ cột, lĩnh vực', 'Tổng số chỉ tiêu', ...ASSESSMENTS.map((x) => ASSESSMENT_LABELS[x])],
      [
        ...a.groups.map((g) => ({ label: g.pillarName, values: counts(g.subtotal) })),
        { label: 'Tổng cộng', values: counts(a.total) },
      ],
    ),
  ];
}

function taskAnnex(m: ReportModel): (Paragraph | Table)[] {
  const a = m.annex2;
  const rows = groupedRows(
    a,
    ANNEX2_COLUMNS.length,
    (r) => [
      centre(String(r.stt)),
      { text: r.title },
      { text: r.leadAgency },
      { text: r.supportingAgencies },
      { text: r.output },
      centre(r.dueDate ? formatDate(r.dueDate) : NO_DEADLINE),
      right(formatNumber(r.progress)),
      centre(r.situationLabel),
      { text: r.result },
    ],
    taskWords,
  );
  const numbers = (s: TaskSubtotal) => [
    num(s.total),
    num(s.done),
    num(s.overdue),
    num(s.cancelled),
    s.rate === null ? '' : formatRate(s.rate),
  ];
  return [
    ...annexHeading(m, a.label, a.title),
    gridTable(widthsOf([5, 28, 13, 14, 15, 11, 7, 11, 18], LANDSCAPE_WIDTH), [
      ...headerRows(ANNEX2_COLUMNS),
      ...rows,
    ]),
    ...summaryBlock(
      'Tổng hợp tiến độ nhiệm vụ theo trụ cột, lĩnh vực',
      ['Trụ cột, lĩnh vực', 'Tổng số nhiệm vụ', 'Đã hoàn thành', 'Quá hạn', 'Hủy bỏ', 'Tỷ lệ hoàn thành'],
      [
        ...a.groups.map((g) => ({ label: g.pillarName, values: numbers(g.subtotal) })),
        { label: 'Tổng cộng', values: numbers(a.total) },
      ],
    ),
  ];
}

export async function writeReportDocx(dirty: ReportModel): Promise<Buffer> {
  // Old data may hold characters XML forbids: the document drawn and the model embedded are without them.
  const m = stripXmlForbiddenDeep(dirty);
  return packWord(
    [
      section([...documentHeader(m.header), ...body(m)]),
      section(indicatorAnnex(m), { landscape: true, restart: true }),
      section(taskAnnex(m), { landscape: true, restart: true }),
    ],
    {
      title: `${m.header.title} ${m.header.subtitle}`,
      subject: m.period.label,
      creator: 'TienDo',
      at: new Date(m.generatedAt),
    },
    REPORT_PART,
    m,
  );
}
