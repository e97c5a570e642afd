// One sheet of a plan annex read into rows, before anything is looked up in the database: group rows
// ("I. CHÍNH QUYỀN SỐ", "1. Hạ tầng số", bold or merged across the table) with the code prefix they give,
// and task or indicator rows with their cells. A row is a group row when it is merged across three or
// more columns, when its number is a Roman numeral or a capital letter ("I.", "A."), or when it is bold
// or in capitals and has nothing in the task columns (agency, deadline, product, unit, target). Codes
// come from a "Mã" column when there is one, else the group numbers and the row's STT: "I.1.3"
// (the row's position in its group when it has no STT).
import {
  cellText,
  columnLetter,
  type SheetCell,
  type SheetGrid,
  type SheetRow,
} from '../../excel/lists/sheet';
import { findHeader, headerKey, yearOfHeader, type HeaderMatch, type PlanField } from './headers';

export interface SheetProblem {
  sheet: string;
  row: number;
  /** Column letter, or '' for the row as a whole. */
  column: string;
  message: string;
}

export interface ParsedGroup {
  sheet: string;
  row: number;
  /** "I", "1", "1.2", "A", or '' for an unnumbered group. */
  numeral: string;
  level: number;
  /** The group's name without its number: "CHÍNH QUYỀN SỐ". */
  name: string;
  /** The code prefix its rows get: "I.1". */
  prefix: string;
  /** Its enclosing groups, outermost first (for the pillar of a group that names none). */
  parents: ParsedGroup[];
}

export interface ParsedRow {
  sheet: string;
  row: number;
  kind: 'task' | 'indicator';
  code: string;
  /** The column the code came from (a "Mã" or STT column), for messages. */
  codeColumn: string;
  title: string;
  group: ParsedGroup | null;
  cells: Partial<Record<PlanField, SheetCell | null>>;
  /** Column letter of each mapped field. */
  columns: Partial<Record<PlanField, string>>;
  problems: SheetProblem[];
}

export interface ParsedSheet {
  name: string;
  header: HeaderMatch | null;
  /** The fields and their columns after the person's corrections. */
  mapping: Partial<Record<PlanField, number>>;
  /** The year a target column names ("Kế hoạch năm 2026"), if it names one. */
  targetYear: number | null;
  groups: ParsedGroup[];
  rows: ParsedRow[];
  /** Sheet-level problems (no header, no name column). */
  problems: SheetProblem[];
}

const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const TASK_DETAIL: PlanField[] = ['lead', 'supporting', 'due', 'output', 'unit', 'target', 'baseline'];

/** The number a group row starts with, its level, and the rest of its text. */
export function groupNumeral(
  sttText: string,
  text: string,
): { numeral: string; level: number; name: string } {
  const stt = sttText.trim().replace(/[.)]$/, '');
  const lead = /^\s*(?:phần\s+|phan\s+)?([IVXLC]+|[A-Z]|[a-zđ]|\d+(?:\.\d+)*)\s*[.)/:-]\s*(.*)$/su.exec(text);
  let numeral = stt;
  let name = text.trim();
  if (!numeral && lead && (ROMAN.test(lead[1]!) || /^\d/.test(lead[1]!) || /^[A-Za-zđ]$/.test(lead[1]!))) {
    numeral = lead[1]!;
    name = lead[2]!.trim();
  }
  let level = 1;
  if (ROMAN.test(numeral)) level = 1;
  else if (/^[A-Z]$/.test(numeral)) level = 0;
  else if (/^\d+(\.\d+)*$/.test(numeral)) level = 2 + (numeral.split('.').length - 1);
  else if (/^[a-zđ]$/.test(numeral)) level = 9;
  return { numeral, level, name: name.replace(/\s+/g, ' ') };
}

const isCaps = (s: string) => /\p{L}/u.test(s) && s === s.toLocaleUpperCase('vi') && s.length >= 4;
const isNumberingRow = (row: SheetRow) =>
  row.cells.every((c) => c === null || /^\(?\s*\d+\s*\)?$/.test(cellText(c).trim()));

export function parsePlanSheet(
  grid: SheetGrid,
  options: { headerRow?: number; columns?: Partial<Record<PlanField, number | null>> } = {},
): ParsedSheet {
  const header = findHeader(grid, options.headerRow);
  const sheet = grid.name;
  const empty = (message: string): ParsedSheet => ({
    name: sheet,
    header,
    mapping: {},
    targetYear: null,
    groups: [],
    rows: [],
    problems: [{ sheet, row: options.headerRow ?? 0, column: '', message }],
  });
  if (!header)
    return empty(
      options.headerRow
        ? `Trang «${sheet}», dòng ${options.headerRow}: không phải dòng tiêu đề (không có cột "Nhiệm vụ"/"Nội dung" hay "Chỉ tiêu").`
        : `Trang «${sheet}»: không tìm thấy dòng tiêu đề trong 30 dòng đầu (cần có cột "Nhiệm vụ" hoặc "Nội dung", hoặc "Chỉ tiêu"). Hãy chọn dòng tiêu đề.`,
    );
  const mapping: Partial<Record<PlanField, number>> = {};
  for (const c of header.columns) mapping[c.field] = c.column;
  for (const [field, column] of Object.entries(options.columns ?? {}) as [PlanField, number | null][]) {
    if (column === null) delete mapping[field];
    else mapping[field] = column;
  }
  if (mapping.title === undefined && mapping.indicator === undefined)
    return empty(`Trang «${sheet}»: chưa có cột tên nhiệm vụ ("Nhiệm vụ", "Nội dung") hay tên chỉ tiêu.`);
  const targetColumn = mapping.target;
  const targetYear = targetColumn === undefined ? null : yearOfHeader(header.texts[targetColumn] ?? '');
  const letters: Partial<Record<PlanField, string>> = {};
  for (const [f, c] of Object.entries(mapping) as [PlanField, number][]) letters[f] = columnLetter(c);

  const headerKeys = header.texts.map(headerKey);
  const groups: ParsedGroup[] = [];
  const rows: ParsedRow[] = [];
  let stack: ParsedGroup[] = [];
  const counters = new Map<ParsedGroup | null, number>();
  const codeOf = (group: ParsedGroup | null, stt: string) => {
    const n = (counters.get(group) ?? 0) + 1;
    counters.set(group, n);
    const own = stt.replace(/[.)]$/, '') || String(n);
    return group?.prefix ? `${group.prefix}.${own}` : own;
  };

  for (const row of grid.rows) {
    if (row.number <= header.row || isNumberingRow(row)) continue;
    const texts = row.cells.map((c) => cellText(c).trim());
    // The header repeated at the top of a printed page.
    if (texts.filter(Boolean).length >= 2 && texts.every((t, i) => !t || headerKey(t) === headerKeys[i]))
      continue;
    const cell = (f: PlanField) => (mapping[f] === undefined ? null : (row.cells[mapping[f]!] ?? null));
    const text = (f: PlanField) => cellText(cell(f)).trim();
    const nameField: PlanField = mapping.title !== undefined && text('title') ? 'title' : 'indicator';
    const name = text(nameField) || text('title');
    const sttText = text('stt');
    const details = TASK_DETAIL.some((f) => text(f) !== '');
    const wideMerge = row.merges.some(([a, b]) => b - a >= 2);
    const firstText = texts.find((t) => t !== '') ?? '';
    const groupText = name || (wideMerge || !details ? firstText : '');
    const numbered = groupNumeral(sttText === groupText ? '' : sttText, groupText);
    const bold = row.cells.some((c) => c?.bold === true);
    const isGroup =
      groupText !== '' &&
      !details &&
      (wideMerge ||
        ROMAN.test(numbered.numeral) ||
        /^[A-Z]$/.test(numbered.numeral) ||
        bold ||
        isCaps(numbered.name) ||
        (!name && groupText !== ''));
    if (isGroup) {
      stack = stack.filter((g) => g.level < numbered.level);
      const parent = stack[stack.length - 1] ?? null;
      const own = numbered.numeral;
      const prefix = own ? (parent?.prefix ? `${parent.prefix}.${own}` : own) : (parent?.prefix ?? '');
      const group: ParsedGroup = {
        sheet,
        row: row.number,
        numeral: own,
        level: numbered.level,
        name: numbered.name || groupText,
        prefix,
        parents: [...stack],
      };
      groups.push(group);
      stack.push(group);
      continue;
    }
    if (!name && !details && !sttText) continue;
    const group = stack[stack.length - 1] ?? null;
    const kind: ParsedRow['kind'] =
      mapping.indicator !== undefined &&
      (nameField === 'indicator' || text('unit') !== '' || text('target') !== '')
        ? 'indicator'
        : 'task';
    const explicit = text('code');
    const code = explicit || codeOf(group, sttText);
    const problems: SheetProblem[] = [];
    const nameColumn = letters[nameField] ?? letters.title ?? letters.indicator ?? 'A';
    if (!name)
      problems.push({
        sheet,
        row: row.number,
        column: nameColumn,
        message: `Dòng có ${sttText ? `STT ${sttText}` : 'số liệu'} nhưng không có tên ${kind === 'task' ? 'nhiệm vụ' : 'chỉ tiêu'}; hãy nhập tên hoặc xóa dòng.`,
      });
    const cells: ParsedRow['cells'] = {};
    for (const f of Object.keys(mapping) as PlanField[]) {
      const c = cell(f);
      cells[f] = c;
      if (c?.error)
        problems.push({
          sheet,
          row: row.number,
          column: letters[f]!,
          message: `Ô có lỗi ${c.error}; hãy sửa công thức hoặc nhập giá trị.`,
        });
      else if (c?.uncalculated)
        problems.push({
          sheet,
          row: row.number,
          column: letters[f]!,
          message:
            'Ô có công thức chưa được tính; hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi nhập lại.',
        });
    }
    rows.push({
      sheet,
      row: row.number,
      kind,
      code,
      codeColumn: explicit ? letters.code! : (letters.stt ?? nameColumn),
      title: name.replace(/\s+/g, ' '),
      group,
      cells,
      columns: letters,
      problems,
    });
  }
  return { name: sheet, header, mapping, targetYear, groups, rows, problems: [] };
}
