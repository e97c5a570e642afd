// Filling a returned form as an agency would with a spreadsheet program, here exceljs (an independent
// writer of its own: it rewrites the whole package). Rows are found by their "Mã", as the import does.
import ExcelJS from 'exceljs';

export type Cell = string | number | Date | null;

export interface Filling {
  tasks?: Record<string, Partial<Record<'F' | 'G' | 'H' | 'I' | 'J' | 'K', Cell>>>;
  values?: Record<string, Partial<Record<'G' | 'H' | 'I', Cell>>>;
  /** Change the workbook some other way before saving. */
  also?: (wb: ExcelJS.Workbook) => void;
}

function rowOf(ws: ExcelJS.Worksheet, code: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 2).text === code) return r;
  throw new Error(`no row ${code} in ${ws.name}`);
}

export async function fillForm(form: Buffer, filling: Filling): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(form).buffer);
  const tasks = wb.getWorksheet('Nhiệm vụ')!;
  const values = wb.getWorksheet('Chỉ tiêu')!;
  for (const [code, cells] of Object.entries(filling.tasks ?? {})) {
    const r = rowOf(tasks, code);
    for (const [col, v] of Object.entries(cells)) tasks.getCell(`${col}${r}`).value = v;
  }
  for (const [code, cells] of Object.entries(filling.values ?? {})) {
    const r = rowOf(values, code);
    for (const [col, v] of Object.entries(cells)) values.getCell(`${col}${r}`).value = v;
  }
  filling.also?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const asUpload = (fileName: string, bytes: Buffer) => ({
  fileName,
  fileBase64: bytes.toString('base64'),
});
