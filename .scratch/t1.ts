import ExcelJS from 'exceljs';
import { readSheetFiles } from '../main/excel/lists/read';
(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kế hoạch');
  ws.getCell('A1').value = 'STT'; ws.getCell('B1').value = 'Nhiệm vụ';
  ws.getCell('A2').value = 'I'; ws.getCell('B2').value = 'CHÍNH QUYỀN SỐ'; ws.mergeCells('B2:E2'); ws.getCell('B2').font = { bold: true };
  ws.getCell('A3').value = 1; ws.getCell('C3').value = new Date(Date.UTC(2025,5,30)); ws.getCell('D3').value = { formula: 'A3*2', result: 2 };
  ws.getCell('E3').value = 0.85; ws.getCell('E3').numFmt = '0%';
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  require('fs').writeFileSync('/tmp/sc/a.xlsx', buf);
  const t = Date.now();
  const r = await readSheetFiles([{ fileName: 'a.xlsx', bytes: buf }, { fileName: 'b.csv', bytes: Buffer.from('STT;Nhiệm vụ\n1;"a;b"\n') }, { fileName: 'c.xls', bytes: Buffer.from([0xd0,0xcf,0x11,0xe0,0xa1,0xb1,0x1a,0xe1]) }]);
  console.log(Date.now() - t, JSON.stringify(r, null, 1));
})();
