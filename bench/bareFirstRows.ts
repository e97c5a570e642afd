// The baseline of the task list's first rows (bench/renderer.ts): a bare page, served by the same server
// from a folder of its own, that asks the same server for the same first page of rows (the request the
// app sent, recorded in the warm-up run) and writes the rows the app showed in its first frame into a
// plain <table> with DOM calls, in the same font with the same twelve faces preloaded. No framework and
// no app code: what this machine's Chromium, the server and the font cost for that frame, so the app's
// figure can be read against it.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TOKEN_HEADER, TOKEN_STORAGE_KEY } from '../shared/api/client';
import { TASK_SITUATION_LABELS } from '../shared/rules/taskSituation';

const FONTS = path.resolve(__dirname, '..', 'node_modules', '@fontsource', 'be-vietnam-pro');
const WEIGHTS = [400, 500, 600, 700];
const FACE = /^be-vietnam-pro-(latin|latin-ext|vietnamese)-(400|500|600|700)-normal\.woff2?$/;

/** The page's script: one request, then one row per task, each with the app's row's cells and controls. */
const script = (
  request: string,
  rows: number,
) => `const token = sessionStorage.getItem(${JSON.stringify(TOKEN_STORAGE_KEY)}) ?? '';
const res = await fetch('./api/tasks.list', {
  method: 'POST',
  headers: { 'content-type': 'application/json', ${JSON.stringify(TOKEN_HEADER)}: token },
  body: ${JSON.stringify(request)},
});
const answer = await res.json();
if (!answer.ok) throw new Error(answer.error.message);
const situation = ${JSON.stringify(TASK_SITUATION_LABELS)};
const date = (d) => (d ? d.slice(8, 10) + '/' + d.slice(5, 7) + '/' + d.slice(0, 4) : '');
// The header is written with the rows, as the app's first frame has both: a page with text before its
// rows would have its first contentful paint before them (bench/renderer.ts reads that paint).
const head = document.getElementById('head').insertRow();
for (const name of ['', 'Mã', 'Nhiệm vụ', 'Trụ cột', 'Cơ quan chủ trì', 'Hạn', 'Tiến độ', 'Tình trạng', '']) {
  const th = document.createElement('th');
  th.textContent = name;
  head.append(th);
}
const body = document.getElementById('rows');
for (const r of answer.value.rows.slice(0, ${rows})) {
  const tr = document.createElement('tr');
  tr.dataset.testid = 'task-row';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.ariaLabel = 'Chọn nhiệm vụ ' + r.code;
  tr.insertCell().append(box);
  for (const text of [r.code, r.title, r.pillarName ?? '', r.leadAgencyName ?? '', date(r.dueDate), r.progress + '%', situation[r.situation]]) {
    tr.insertCell().textContent = text;
  }
  const quick = document.createElement('button');
  quick.textContent = 'Cập nhật';
  tr.insertCell().append(quick);
  body.append(tr);
}
document.body.dataset.taskListReady = '1';
`;

const page = (fonts: string[]) => `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <title>TienDo – bare first rows</title>
    <link rel="stylesheet" href="./assets/fonts.css" />
${fonts.map((f) => `    <link rel="preload" as="font" type="font/woff2" crossorigin href="./assets/${f}" />`).join('\n')}
    <style>
      body { margin: 0; font: 14px 'Be Vietnam Pro', sans-serif; }
      table { border-collapse: collapse; table-layout: fixed; width: 1300px; }
      th, td { height: 36px; padding: 0 8px; border-bottom: 1px solid #e2e8f0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; text-align: left; }
      th { font-weight: 600; }
    </style>
    <script type="module" src="./assets/bare.js"></script>
  </head>
  <body>
    <table>
      <colgroup><col style="width: 36px" /><col style="width: 78px" /><col /><col style="width: 132px" /><col style="width: 140px" /><col style="width: 104px" /><col style="width: 118px" /><col style="width: 156px" /><col style="width: 92px" /></colgroup>
      <thead id="head"></thead>
      <tbody id="rows"></tbody>
    </table>
  </body>
</html>
`;

/**
 * Writes the bare page into `dir` (index.html, and under assets/ its script, the font faces of the four
 * weights the app bundles and their @font-face rules): `request` is the body of the app's first
 * tasks.list call, `rows` the number of rows its first frame had.
 */
export function writeBareFirstRowsPage(dir: string, request: string, rows: number): void {
  const assets = path.join(dir, 'assets');
  mkdirSync(assets, { recursive: true });
  const faces = readdirSync(path.join(FONTS, 'files')).filter((f) => FACE.test(f));
  for (const f of faces) copyFileSync(path.join(FONTS, 'files', f), path.join(assets, f));
  const rules = WEIGHTS.map((w) => readFileSync(path.join(FONTS, `${w}.css`), 'utf8')).join('\n');
  writeFileSync(path.join(assets, 'fonts.css'), rules.replaceAll('url(./files/', 'url(./'));
  writeFileSync(path.join(assets, 'bare.js'), script(request, rows));
  writeFileSync(path.join(dir, 'index.html'), page(faces.filter((f) => f.endsWith('.woff2')).sort()));
}
