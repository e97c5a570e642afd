// An .xlsx file as a book of grids, reading only what the importers use. The package is read once by
// the project's strict package reader (main/excel/signature/opc.ts: zip limits, part names, content types,
// relationships), then exceljs is handed a package of just the parts it needs, under the names it expects:
// the workbook, its worksheets, shared strings, styles (dates, percentages and bold depend on them) and
// the core properties (when the file was saved). Pictures, drawings, comments, external links, macros and
// the rest never reach it, and in each worksheet only the cells and merges are parsed (ignoreNodes), with
// exceljs's own row and column limits. Writers name parts as they like (Sheet1.xml, worksheets/data.xml,
// SharedStrings.xml): each part is found through the workbook's relationships, not by its name.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { AppError, appError } from '../../errors';
import { readPackage, readPart, relationshipsOf, resolveTarget, type OpcPackage } from '../signature/opc';
import { SignatureError } from '../signature';
import { escapeXml } from '../signature/xml';
import { READ_LIMITS, type ReadLimits } from './limits';
import type { SheetBook, SheetCell, SheetGrid, SheetRow } from './sheet';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const ends = (type: string, suffix: string) => type.endsWith(`/${suffix}`);

/** Worksheet elements the importers never read (exceljs parses the rest: sheetData and mergeCells). */
const IGNORED_NODES = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'autoFilter',
  'rowBreaks',
  'hyperlinks',
  'pageMargins',
  'dataValidations',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'picture',
  'drawing',
  'sheetProtection',
  'tableParts',
  'conditionalFormatting',
  'extLst',
];

const notWorkbook = (detail: string) =>
  new AppError(
    'TEP_KHONG_HOP_LE',
    `Tệp không phải là sổ tính Excel (.xlsx) đọc được: ${detail} Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng "Excel Workbook (.xlsx)".`,
  );

interface Trimmed {
  zip: Buffer;
  sheetCount: number;
}

/** The package exceljs reads: only the parts it needs, renamed to the names it expects. */
async function trimmedPackage(pkg: OpcPackage, limits: ReadLimits): Promise<Trimmed> {
  const rootRels = relationshipsOf(pkg, '/');
  const docRel = rootRels.find((r) => ends(r.type, 'officeDocument'));
  const workbookName = docRel ? resolveTarget('/', docRel) : null;
  const workbook = workbookName ? readPart(pkg, workbookName) : null;
  if (!workbookName || !workbook) throw notWorkbook('không có phần sổ tính (workbook).');
  if (docRel!.type.startsWith('http://purl.oclc.org/'))
    throw notWorkbook('tệp được lưu theo định dạng "Strict Open XML".');

  const zip = new JSZip();
  const rels: string[] = [];
  const overrides: string[] = [];
  let sheetCount = 0;
  for (const rel of relationshipsOf(pkg, workbookName)) {
    const target = resolveTarget(workbookName, rel);
    const data = target ? readPart(pkg, target) : null;
    if (!data) continue;
    let name: string | null = null;
    let type = '';
    if (ends(rel.type, 'worksheet')) {
      sheetCount++;
      if (sheetCount > limits.maxSheets)
        throw appError('SO_TINH_QUA_NHIEU_TRANG', { maxSheets: limits.maxSheets });
      name = `worksheets/sheet${sheetCount}.xml`;
      type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
    } else if (ends(rel.type, 'sharedStrings')) {
      name = 'sharedStrings.xml';
      type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';
    } else if (ends(rel.type, 'styles')) {
      name = 'styles.xml';
      type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
    }
    if (!name) continue;
    zip.file(`xl/${name}`, data);
    rels.push(
      `<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(name)}"/>`,
    );
    overrides.push(`<Override PartName="/xl/${name}" ContentType="${type}"/>`);
  }
  zip.file('xl/workbook.xml', workbook);
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`,
  );
  const packageRels = [`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>`];
  const coreRel = rootRels.find((r) => ends(r.type, 'core-properties'));
  const coreName = coreRel ? resolveTarget('/', coreRel) : null;
  const core = coreName ? readPart(pkg, coreName) : null;
  if (core) {
    zip.file('docProps/core.xml', core);
    packageRels.push(
      `<Relationship Id="rId2" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>`,
    );
  }
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${packageRels.join('')}</Relationships>`,
  );
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      overrides.join('') +
      `</Types>`,
  );
  return { zip: await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }), sheetCount };
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

type Cached = ExcelJS.CellValue | undefined;

/** One exceljs cell as the importers read it; null when it holds nothing. */
function toCell(cell: ExcelJS.Cell): SheetCell | null {
  let raw: Cached = cell.value;
  const out: SheetCell = { value: null };
  if (raw && typeof raw === 'object' && !(raw instanceof Date)) {
    if ('formula' in raw || 'sharedFormula' in raw) {
      out.formula = true;
      raw = raw.result as Cached;
      if (raw === undefined) {
        out.uncalculated = true;
        raw = null;
      }
    }
  }
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return null;
    out.value = raw.getTime() / 86_400_000 + 25_569; // the serial, as Excel stores it (1900 system)
    out.date = isoDay(raw);
  } else if (raw && typeof raw === 'object') {
    if ('error' in raw) out.error = String(raw.error);
    else if ('richText' in raw) out.value = raw.richText.map((r) => r.text).join('');
    else if ('text' in raw) out.value = typeof raw.text === 'string' ? raw.text : String(raw.text);
  } else if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') {
    out.value = raw;
  }
  if (typeof out.value === 'number' && /%/.test(cell.numFmt ?? '')) out.percent = true;
  if (cell.font?.bold) out.bold = true;
  if (out.value === null && !out.error && !out.uncalculated) return null;
  return out;
}

function toGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: (SheetCell | null)[] = [];
    const merges: [number, number][] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        // A covered cell: its master is to the left (same row) or above (a tall merge).
        const master = cell.master;
        if (Number(master.row) === Number(cell.row)) {
          const start = Number(master.col) - 1;
          const open = merges.find((m) => m[0] === start);
          if (open) open[1] = col - 1;
          else merges.push([start, col - 1]);
        }
        return;
      }
      cells[col - 1] = toCell(cell);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= null;
    if (cells.some((c) => c !== null) || merges.length > 0) rows.push({ number, cells, merges });
  });
  return { name: ws.name, state: ws.state, rows };
}

/** Refusals of the package reader say what is wrong; they are turned into the importers' words. */
function explain(error: unknown): never {
  if (error instanceof AppError) throw error;
  if (error instanceof SignatureError) throw new AppError('TEP_KHONG_HOP_LE', error.message);
  const message = error instanceof Error ? error.message : String(error);
  if (/Max .* count|Max column count/.test(message))
    throw appError('TRANG_TINH_QUA_NHIEU_DONG_COT', {
      maxRows: READ_LIMITS.maxRows,
      maxColumns: READ_LIMITS.maxColumns,
    });
  throw notWorkbook('nội dung bên trong bị hỏng.');
}

export async function readXlsxBook(bytes: Buffer, limits: ReadLimits = READ_LIMITS): Promise<SheetBook> {
  try {
    const pkg = await readPackage(bytes, { formats: ['xlsx'] });
    const { zip } = await trimmedPackage(pkg, limits);
    const wb = new ExcelJS.Workbook();
    const options: Partial<ExcelJS.XlsxReadOptions> & { maxRows: number; maxCols: number } = {
      ignoreNodes: IGNORED_NODES,
      maxRows: limits.maxRows,
      maxCols: limits.maxColumns,
    };
    // A copy as a plain ArrayBuffer, the type exceljs declares (JSZip reads either).
    await wb.xlsx.load(new Uint8Array(zip).buffer, options);
    const modified = wb.modified instanceof Date && !Number.isNaN(wb.modified.getTime()) ? wb.modified : null;
    return { kind: 'xlsx', sheets: wb.worksheets.map(toGrid), modified: modified?.toISOString() ?? null };
  } catch (error) {
    explain(error);
  }
}
