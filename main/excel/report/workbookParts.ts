// The parts of a workbook as exceljs renders them, without its zip. exceljs's `xlsx.writeBuffer` hands every
// part to JSZip, which joins them into one buffer; TienDo then finishes every package (package.ts) and
// signs the report, and both read the parts back: at 100,000 tasks JSZip spent 1.8 s of the 20 s workbook
// only packing and unpacking (a byte-by-byte copy loop in its reader, two concatenations of 100 MB, a CRC
// in JavaScript). Here the steps of exceljs 4's `XLSX.write` (lib/xlsx/xlsx.js) run in its order with a
// collector in place of its zip writer; test/unit/excel/workbookParts.test.ts holds the parts equal, name
// for name and byte for byte, to what `writeBuffer` writes, so a change of exceljs's steps fails there.
import type { Workbook } from 'exceljs';

/** A package's parts by name (no leading slash), in the order they were written. */
export type PackageParts = Map<string, Buffer | string>;

interface PartSink {
  append(data: Buffer | string, options: { name: string; base64?: boolean }): void;
}

/** The steps of exceljs's XLSX.write, as its own class declares them (not in its typings). */
interface XlsxSteps {
  prepareModel(model: unknown, options: object): void;
  addContentTypes(zip: PartSink, model: unknown): Promise<void>;
  addOfficeRels(zip: PartSink, model: unknown): Promise<void>;
  addWorkbookRels(zip: PartSink, model: unknown): Promise<void>;
  addWorksheets(zip: PartSink, model: unknown): Promise<void>;
  addSharedStrings(zip: PartSink, model: unknown): Promise<void>;
  addDrawings(zip: PartSink, model: unknown): Promise<void>;
  addTables(zip: PartSink, model: unknown): Promise<void>;
  addThemes(zip: PartSink, model: unknown): Promise<void>;
  addStyles(zip: PartSink, model: unknown): Promise<void>;
  addMedia(zip: PartSink, model: unknown): Promise<void>;
  addApp(zip: PartSink, model: unknown): Promise<void>;
  addCore(zip: PartSink, model: unknown): Promise<void>;
  addWorkbook(zip: PartSink, model: unknown): Promise<void>;
}

export async function workbookParts(wb: Workbook): Promise<PackageParts> {
  const xlsx = wb.xlsx as unknown as XlsxSteps;
  const { model } = wb as unknown as { model: unknown };
  const parts: PackageParts = new Map();
  const zip: PartSink = {
    append(data, { name, base64 }) {
      if (parts.has(name)) throw new Error(`exceljs đã ghi phần "${name}" hai lần.`);
      parts.set(name, base64 && typeof data === 'string' ? Buffer.from(data, 'base64') : data);
    },
  };
  // The order of XLSX.write; the parts are written in it, as writeBuffer writes them.
  xlsx.prepareModel(model, {});
  await xlsx.addContentTypes(zip, model);
  await xlsx.addOfficeRels(zip, model);
  await xlsx.addWorkbookRels(zip, model);
  await xlsx.addWorksheets(zip, model);
  await xlsx.addSharedStrings(zip, model);
  await xlsx.addDrawings(zip, model);
  await xlsx.addTables(zip, model);
  await Promise.all([xlsx.addThemes(zip, model), xlsx.addStyles(zip, model)]);
  await xlsx.addMedia(zip, model);
  await Promise.all([xlsx.addApp(zip, model), xlsx.addCore(zip, model)]);
  await xlsx.addWorkbook(zip, model);
  return parts;
}

/** A part as text (every part TienDo edits is UTF-8 XML). */
export function partText(data: Buffer | string): string {
  return typeof data === 'string' ? data : data.toString('utf8');
}
