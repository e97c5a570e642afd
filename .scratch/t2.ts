import { readFileSync } from 'node:fs';
import { readSheetFiles } from '../main/excel/lists/read';
(async () => {
  const r = await readSheetFiles([{ fileName: 'lo.xlsx', bytes: readFileSync(process.argv[2]!) }]);
  console.log(JSON.stringify(r));
})();
