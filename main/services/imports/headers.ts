// Finding the header row of a plan annex and what each column holds, from the Vietnamese column names
// as provinces write them. A header is compared folded (no diacritics, đ -> d, lower case) with line
// breaks, footnote marks and punctuation dropped, so "Cơ quan\nchủ trì", "CƠ QUAN CHỦ TRÌ (*)" and
// "Co quan chu tri" are one name. A header of two rows ("Cơ quan thực hiện" merged over "Chủ trì" and
// "Phối hợp") is read as one: each column's name is the upper cell's text (or the merge covering it)
// followed by the lower cell's.
import { foldVietnamese } from '../../../shared/text/fold';
import { cellText, type SheetGrid, type SheetRow } from '../../excel/lists/sheet';

export const PLAN_FIELDS = [
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
export type PlanField = (typeof PLAN_FIELDS)[number];

/** What each field is called on screen and in messages. */
export const PLAN_FIELD_LABELS: Record<PlanField, string> = {
  stt: 'STT',
  code: 'Mã',
  title: 'Nhiệm vụ / Nội dung',
  lead: 'Cơ quan chủ trì',
  supporting: 'Cơ quan phối hợp',
  due: 'Thời gian / Thời hạn hoàn thành',
  output: 'Sản phẩm',
  note: 'Ghi chú',
  indicator: 'Chỉ tiêu',
  unit: 'Đơn vị tính',
  target: 'Kế hoạch / Mục tiêu năm',
  baseline: 'Giá trị cơ sở',
};

/** A header's name folded for matching: "Cơ quan\nchủ trì (*)" -> "co quan chu tri". */
export function headerKey(text: string): string {
  return foldVietnamese(text.replace(/\([^)]*\)|\[[^\]]*\]|\*/g, ' '))
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const has = (key: string, ...words: string[]) => words.some((w) => ` ${key} `.includes(` ${w} `));

/**
 * The field a header names, or null. Checked in this order, so "Nội dung chỉ tiêu" is an indicator,
 * "Chỉ tiêu năm 2025" a target, "Mã nhiệm vụ" a code and "Cơ quan thực hiện - Phối hợp" supporting.
 */
export function fieldOfHeader(text: string): PlanField | null {
  const k = headerKey(text);
  if (k === '') return null;
  if (/^(stt|tt|so tt|so thu tu|thu tu)$/.test(k)) return 'stt';
  if (/^(ma|ma so|ky hieu|ma nhiem vu|ma chi tieu|ma nv|ma ct)$/.test(k)) return 'code';
  if (has(k, 'dvt', 'don vi tinh')) return 'unit';
  if (has(k, 'ghi chu')) return 'note';
  if (has(k, 'phoi hop')) return 'supporting';
  if (
    has(k, 'chu tri') ||
    /^(co quan|don vi|co quan don vi)( thuc hien| thuc hien chinh| giao thuc hien)?$/.test(k)
  )
    return 'lead';
  if (has(k, 'thoi gian', 'thoi han', 'han hoan thanh', 'tien do hoan thanh', 'moc thoi gian')) return 'due';
  if (has(k, 'san pham', 'hinh thuc van ban', 'ket qua dau ra')) return 'output';
  if (/^(ke hoach|muc tieu|chi tieu nam|chi tieu ke hoach|gia tri muc tieu)\b/.test(k)) return 'target';
  if (/^(gia tri co so|co so|nam co so|hien trang|thuc hien nam truoc)\b/.test(k)) return 'baseline';
  if (has(k, 'chi tieu')) return 'indicator';
  if (has(k, 'nhiem vu', 'noi dung', 'giai phap', 'cong viec', 'ten nhiem vu', 'hoat dong')) return 'title';
  return null;
}

/** A year a header names ("Kế hoạch năm 2026" -> 2026), for the year of the targets. */
export function yearOfHeader(text: string): number | null {
  const m = /\b(20\d{2})\b/.exec(headerKey(text));
  return m ? Number(m[1]) : null;
}

export interface HeaderColumn {
  field: PlanField;
  column: number;
  header: string;
}

export interface HeaderMatch {
  /** The (last) header row; data starts below it. */
  row: number;
  /** The header rows' texts per column, as read (two rows joined with a space). */
  texts: string[];
  columns: HeaderColumn[];
  /** Header cells that name no field, or a field an earlier column already has. */
  unmapped: { column: number; header: string }[];
}

/** Each column's header text from one row, a merge's text carried across the columns it covers. */
function rowTexts(row: SheetRow): string[] {
  const texts = row.cells.map((c) => cellText(c).replace(/\s+/g, ' ').trim());
  for (const [first, last] of row.merges)
    for (let c = first + 1; c <= last; c++) texts[c] = texts[first] ?? '';
  return texts;
}

function mapColumns(texts: string[]): Omit<HeaderMatch, 'row' | 'texts'> {
  const columns: HeaderColumn[] = [];
  const unmapped: HeaderMatch['unmapped'] = [];
  texts.forEach((header, column) => {
    if (!header) return;
    const field = fieldOfHeader(header);
    if (field && !columns.some((c) => c.field === field)) columns.push({ field, column, header });
    else unmapped.push({ column, header });
  });
  return { columns, unmapped };
}

/** A header names what a row is (a task or an indicator) and at least one more thing about it. */
function score(columns: readonly HeaderColumn[]): number {
  const fields = new Set(columns.map((c) => c.field));
  if (!fields.has('title') && !fields.has('indicator')) return 0;
  return fields.size >= 2 ? fields.size : 0;
}

/** Rows a header may be in: the first 30 of the sheet. */
const SEARCH_ROWS = 30;

/**
 * The header row of a sheet: the row (or pair of rows) among the first 30 naming the most fields, with a
 * task's or an indicator's name among them. `at` forces the row (a person's correction).
 */
export function findHeader(grid: SheetGrid, at?: number): HeaderMatch | null {
  const rows = grid.rows.filter((r) => (at === undefined ? r.number <= SEARCH_ROWS : r.number === at));
  let best: HeaderMatch | null = null;
  let bestScore = 0;
  for (const row of rows) {
    const texts = rowTexts(row);
    const single = mapColumns(texts);
    const candidates: HeaderMatch[] = [{ row: row.number, texts, ...single }];
    const below = grid.rows.find((r) => r.number === row.number + 1);
    if (below) {
      const under = rowTexts(below);
      const joined = texts.map((t, i) => [t, under[i] ?? ''].filter(Boolean).join(' '));
      for (let i = texts.length; i < under.length; i++) joined[i] = under[i] ?? '';
      candidates.push({ row: below.number, texts: joined, ...mapColumns(joined) });
    }
    for (const c of candidates) {
      const s = score(c.columns);
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
  }
  return best;
}
