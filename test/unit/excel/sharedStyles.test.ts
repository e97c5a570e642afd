// The report's cells share style objects (main/excel/report/cells.ts): exceljs serialises a style object
// once however many cells have it, so the same style must be the same object, derived styles (a number
// format, the Text format of a formula-like text) made once per combination, and the shared objects
// never changed by writing a cell.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { putDate, putNumber, putText } from '../../../main/excel/report/cells';
import { cellStyle, numberStyle } from '../../../main/excel/report/annexTable';

describe('shared cell styles', () => {
  it('gives cells of the same style one object, and one per derived format', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('x');
    const before = JSON.stringify({ cellStyle, numberStyle });
    putText(ws.getCell(1, 1), 'Sở Y tế', cellStyle);
    putText(ws.getCell(2, 1), 'Sở Tài chính', cellStyle);
    expect(ws.getCell(1, 1).style).toBe(cellStyle);
    expect(ws.getCell(2, 1).style).toBe(cellStyle);

    putNumber(ws.getCell(1, 2), 12, '#,##0', numberStyle);
    putNumber(ws.getCell(2, 2), 1200, '#,##0', numberStyle);
    putNumber(ws.getCell(3, 2), 1.5, '#,##0.0', numberStyle);
    expect(ws.getCell(1, 2).style).toBe(ws.getCell(2, 2).style);
    expect(ws.getCell(1, 2).style).toMatchObject({ ...numberStyle, numFmt: '#,##0' });
    expect(ws.getCell(3, 2).style).toMatchObject({ numFmt: '#,##0.0' });

    putDate(ws.getCell(1, 3), '2025-12-31', cellStyle);
    putDate(ws.getCell(2, 3), '2026-01-15', cellStyle);
    expect(ws.getCell(1, 3).style).toBe(ws.getCell(2, 3).style);
    expect(ws.getCell(1, 3).numFmt).toBe('dd/mm/yyyy');

    putText(ws.getCell(4, 1), '=1+1', cellStyle);
    putText(ws.getCell(5, 1), '+84 263', cellStyle);
    expect(ws.getCell(4, 1).style).toBe(ws.getCell(5, 1).style);
    expect(ws.getCell(4, 1).style).toMatchObject({ numFmt: '@', quotePrefix: true });
    // Text cells written afterwards still have the plain style: nothing was changed in place.
    putText(ws.getCell(6, 1), 'Sở Xây dựng', cellStyle);
    expect(ws.getCell(6, 1).style).toBe(cellStyle);
    expect(JSON.stringify({ cellStyle, numberStyle })).toBe(before);
  });
});
