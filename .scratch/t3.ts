import { analysePlanImport } from '../main/services/imports/planAnalysis';
import { readSheetFiles } from '../main/excel/lists/read';
import { openTestStore } from '../test/helpers/store';
import { createAgency } from '../main/services/agencies';
import { seedPillars } from '../main/services/pillars';
import { createPlan } from '../main/services/plans';
import * as A from '../test/fixtures/plans/annexes';
(async () => {
  const store = await openTestStore();
  seedPillars(store.ctx);
  for (const a of A.ANNEX_AGENCIES) createAgency(store.ctx, { ...a, kind: 'so_ban_nganh', email: null, validFrom: null, validTo: null });
  const files = [['A', await A.annexA()], ['B', await A.annexB()], ['C', await A.annexC()], ['broken', await A.annexBroken()]] as const;
  const out = await readSheetFiles(files.map(([n, b]) => ({ fileName: n + '.xlsx', bytes: b })));
  out.forEach((o, i) => {
    if (!o.ok) { console.log(o); return; }
    const a = analysePlanImport(store.ctx, o.book, { fileName: files[i]![0], fileBase64: '', planId: null } as never, 'x');
    const d = a.dryRun;
    console.log('=== ', files[i]![0], JSON.stringify(d.summary.total), d.plan, d.problems);
    console.log(d.sheets.map(s => `${s.name} h=${s.headerRow} ${s.columns.map(c=>c.field+':'+c.column).join(',')}`).join('\n'));
    console.log(d.groups.map(g => `${g.row} ${g.text} [${g.prefix}] -> ${g.pillar?.name} (${g.action})`).join('\n'));
    for (const r of d.rows) console.log(r.row, r.kind, r.action, r.code, r.title.slice(0,30), '|', r.pillarName, '|', r.lead, '|', r.supporting.join(','), '|', JSON.stringify(r.due), r.unit, r.target, r.problems.map(p => p.column + ': ' + p.message).join(' / '));
    console.log(JSON.stringify(d.agencyNames));
  });
  store.close();
})();
