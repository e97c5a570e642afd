// Writes the documents a person looks at on paper, for looking at them page by page: the report on the demo
// province and on the 126-task province (test/fixtures/province126.ts), the briefing pack and the notice of
// the demo's last meeting, as .xlsx, then as PDF through LibreOffice and as 60 dpi PNG pages (pdftoppm).
//   node --import tsx test/tools/renderDocuments.ts OUT_DIR
// Not a test: it is how the pages quoted in the report of issue 12 were made.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppHost } from '../../main/app';
import { writeBriefingWorkbook, writeNoticeWorkbook } from '../../main/excel/briefing';
import { writeReportWorkbook } from '../../main/excel/report';
import { memorySecretStore } from '../../main/secrets/store';
import { buildBriefing } from '../../main/services/briefing';
import { briefingHeader, buildNoticeDocument } from '../../main/services/briefing/documents';
import { createDemoProvince } from '../../main/services/demo';
import { buildReportModel } from '../../main/services/reports/model';
import { fillProvince126, PROVINCE126 } from '../fixtures/province126';

const out = path.resolve(process.argv[2] ?? 'documents');
mkdirSync(out, { recursive: true });

async function store(name: string, at: string) {
  const clock = { now: new Date(at) };
  const host = await AppHost.open({
    dbFile: path.join(out, `${name}.db`),
    mode: 'browser',
    version: 'render',
    now: () => clock.now,
    secrets: memorySecretStore(),
    create: true,
  });
  return { host, setClock: (iso: string) => (clock.now = new Date(iso)) };
}

function render(file: string): void {
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, file], { stdio: 'ignore' });
  const pdf = file.replace(/\.xlsx$/, '.pdf');
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, pdf.replace(/\.pdf$/, '')]);
  console.log(pdf);
}

async function main(): Promise<void> {
  const big = await store('province126', PROVINCE126.reportDay);
  const { planId } = fillProvince126(big.host.ctx, big.setClock);
  const model = buildReportModel(big.host.ctx, {
    planId,
    period: PROVINCE126.period,
    kind: 'bao_cao_dinh_ky',
  });
  console.log(model.summary.taskSentence);
  console.log(model.summary.indicatorSentence);
  writeFileSync(path.join(out, 'report-126.xlsx'), await writeReportWorkbook(model));
  writeFileSync(path.join(out, 'report-126.json'), JSON.stringify(model, null, 1));
  big.host.close();

  const demo = await store('demo', '2026-12-16T03:00:00.000Z');
  const { planId: demoPlan } = createDemoProvince(demo.host.ctx, { year: 2026 });
  const demoModel = buildReportModel(demo.host.ctx, {
    planId: demoPlan,
    period: '2026-Q4',
    kind: 'bao_cao_dinh_ky',
  });
  writeFileSync(path.join(out, 'report-demo.xlsx'), await writeReportWorkbook(demoModel));
  const meeting = demo.host.ctx.prepare('SELECT id FROM meeting ORDER BY held_on DESC LIMIT 1').get() as {
    id: string;
  };
  const b = buildBriefing(demo.host.ctx, meeting.id);
  writeFileSync(
    path.join(out, 'briefing-demo.xlsx'),
    await writeBriefingWorkbook(b, briefingHeader(b), demo.host.ctx.now()),
  );
  writeFileSync(
    path.join(out, 'notice-demo.xlsx'),
    await writeNoticeWorkbook(buildNoticeDocument(demo.host.ctx, meeting.id)),
  );
  demo.host.close();
  for (const f of ['report-126', 'report-demo', 'briefing-demo', 'notice-demo'])
    render(path.join(out, `${f}.xlsx`));
}

void main();
