// Forms survive real tools: a form opened and edited in LibreOffice through UNO as a clerk would (a
// number typed as text, a date typed as "15/12/2026", a decimal comma, a row inserted, a sheet renamed),
// saved as .xlsx, imports with exactly those changes; a form converted by LibreOffice unedited changes
// nothing; and a plan annex written by LibreOffice (an independent writer, from a CSV) imports like the
// one exceljs wrote. These need LibreOffice with Python-UNO: they fail under CI rather than skip.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { createHandlers, createRouter, type Route } from '../../../main/api';
import type {
  FormApplyResult,
  FormCheckResult,
  PlanImportDryRun,
  RoundDetail,
} from '../../../shared/api/sheetTypes';
import type { Agency, FileDownload, Task, TaskRow } from '../../../shared/api/types';
import { hasCommand, requireTool } from '../../helpers/requireTool';
import { openTestStore, tempDir, type TestStore } from '../../helpers/store';
import { ANNEX_AGENCIES, annexCsv } from '../../fixtures/plans/annexes';
import { asUpload } from './fill';

const libreOffice = requireTool({
  name: 'LibreOffice with Python-UNO (soffice, /usr/bin/python3 -c "import uno")',
  available: hasCommand('soffice') && spawnSync('/usr/bin/python3', ['-c', 'import uno']).status === 0,
  install: 'apt-get install libreoffice-calc-nogui python3-uno',
});

// Opens a form in LibreOffice, types into it as a clerk would and saves it as .xlsx. The edits come as
// JSON: per sheet name, per code in column B, per column letter, the text typed (setString: what a person
// typing "75" or "15/12/2026" into a text cell leaves); then a row inserted after a code, with a code and a
// progress typed into it; then a sheet renamed.
const LO_EDIT = String.raw`
import json, os, subprocess, sys, time, uno
from com.sun.star.beans import PropertyValue
profile, source, target, edits = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p
pipe = "tiendo%d" % os.getpid()
proc = subprocess.Popen(["soffice", "--headless", "--norestore", "--invisible", "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
    "--accept=pipe,name=%s;urp;" % pipe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = None
    for _ in range(240):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe); break
        except Exception:
            time.sleep(0.25)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
    def row_of(sheet, code):
        for r in range(0, 500):
            if sheet.getCellByPosition(1, r).getString() == code:
                return r
        raise Exception("no row " + code)
    def col(letter):
        return ord(letter) - 65
    for name, rows in edits["cells"].items():
        sheet = doc.Sheets.getByName(name)
        for code, cells in rows.items():
            r = row_of(sheet, code)
            for letter, text in cells.items():
                sheet.getCellByPosition(col(letter), r).setString(text)
    ins = edits.get("insert")
    if ins:
        sheet = doc.Sheets.getByName(ins["sheet"])
        r = row_of(sheet, ins["after"]) + 1
        try:
            sheet.Rows.insertByIndex(r, 1)
        except Exception:
            sheet.unprotect("")
            sheet.Rows.insertByIndex(r, 1)
        for letter, text in ins["cells"].items():
            sheet.getCellByPosition(col(letter), r).setString(text)
    ren = edits.get("rename")
    if ren:
        doc.Sheets.getByName(ren[0]).Name = ren[1]
    doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "Calc MS Excel 2007 XML"),))
    doc.close(True)
    print("saved")
finally:
    try:
        desktop.terminate()
    except Exception:
        pass
    try:
        proc.wait(timeout=20)
    except Exception:
        proc.kill()
`;

let store: TestStore;
let route: Route;
let dir: string;
let round: RoundDetail;
let agency: Agency;

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = await route(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

function convert(file: string, outDir: string, filter: string): string {
  const run = spawnSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${path.join(dir, 'lo-convert')}`,
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      file,
    ],
    { encoding: 'utf8', timeout: 150_000 },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return path.join(outDir, `${path.basename(file).replace(/\.[^.]+$/, '')}.${filter.split(':')[0]}`);
}

libreOffice.describe('forms and annexes through LibreOffice', () => {
  beforeAll(async () => {
    dir = tempDir('tiendo-lo-');
    store = await openTestStore('2026-12-01T03:00:00.000Z');
    route = createRouter(createHandlers(store.host));
    const { planId } = await call<{ planId: string }>('app.createDemo', { year: 2026 });
    round = await call<RoundDetail>('rounds.create', { planId, period: '2026-Q4', dueDate: '2026-12-20' });
    agency = (await call<Agency[]>('agencies.list', {})).find((a) => a.code === 'CA')!;
  }, 60_000);
  afterAll(() => store?.close());

  libreOffice.it(
    'imports a form a clerk filled in LibreOffice: text numbers, a typed date, a decimal comma, an inserted row, a renamed sheet',
    async () => {
      const dl = await call<FileDownload>('rounds.forms', { roundId: round.id, agencyIds: [agency.id] });
      const source = path.join(dir, dl.fileName);
      writeFileSync(source, Buffer.from(dl.base64, 'base64'));
      const tasks = (
        await call<{ rows: TaskRow[] }>('tasks.list', {
          planId: round.planId,
          leadAgencyId: agency.id,
          limit: 50,
        })
      ).rows.filter((t) => t.state === 'dang_thuc_hien');
      const [t1, t2] = tasks;
      const grid = await call<{ rows: { code: string; indicatorId: string }[] }>('indicators.valueGrid', {
        planId: round.planId,
        year: 2026,
      });
      const check0 = await call<FormCheckResult>('forms.check', {
        files: [asUpload('goc.xlsx', readFileSync(source))],
      });
      expect(check0.files[0]!.status).toBe('nothing');
      const codeOfValue = grid.rows.find((r) =>
        store.ctx.db
          .prepare('SELECT 1 FROM indicator WHERE id = ? AND lead_agency_id = ?')
          .get(r.indicatorId, agency.id),
      )!.code;
      const edits = {
        cells: {
          'Nhiệm vụ': {
            [t1!.code]: { F: '75', I: 'Đã nhập qua LibreOffice' },
            [t2!.code]: { F: '100', G: 'Hoàn thành', H: '15/11/2026' },
          },
          'Chỉ tiêu': { [codeOfValue]: { G: '85,5', H: 'Theo báo cáo số 12/BC' } },
        },
        insert: {
          sheet: 'Nhiệm vụ',
          after: t1!.code,
          cells: { B: 'MOI.1', C: 'Nhiệm vụ thêm vào', F: '10' },
        },
        rename: ['Nhiệm vụ', 'NV đã cập nhật'],
      };
      const target = path.join(dir, 'lo-filled.xlsx');
      const script = path.join(dir, 'lo_edit.py');
      writeFileSync(script, LO_EDIT);
      const run = spawnSync(
        '/usr/bin/python3',
        [script, path.join(dir, 'lo-profile'), source, target, JSON.stringify(edits)],
        {
          encoding: 'utf8',
          timeout: 150_000,
        },
      );
      expect(run.stdout + run.stderr).toContain('saved');
      const filled = readFileSync(target);
      const check = await call<FormCheckResult>('forms.check', {
        roundId: round.id,
        files: [asUpload('lo-filled.xlsx', filled)],
      });
      const f = check.files[0]!;
      expect(f.problems).toEqual([]);
      expect(f.changes.map((c) => [c.code, c.field, c.after, c.sheet])).toEqual(
        expect.arrayContaining([
          [t1!.code, 'progress', '75%', 'NV đã cập nhật'],
          [t1!.code, 'result', 'Đã nhập qua LibreOffice', 'NV đã cập nhật'],
          [t2!.code, 'state', 'Hoàn thành', 'NV đã cập nhật'],
          [t2!.code, 'completedOn', '15/11/2026', 'NV đã cập nhật'],
          [codeOfValue, 'value', '85,5', 'Chỉ tiêu'],
          [codeOfValue, 'note', 'Theo báo cáo số 12/BC', 'Chỉ tiêu'],
        ]),
      );
      expect(f.notes.map((n) => n.message)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Mã MOI\.1 không có trong phiếu \(dòng thêm vào\?\)/),
        ]),
      );
      const applied = await call<FormApplyResult>('forms.apply', {
        roundId: round.id,
        files: [asUpload('lo-filled.xlsx', filled)],
      });
      expect(applied.ok).toBe(true);
      expect(await call<Task>('tasks.get', { id: t2!.id })).toMatchObject({
        state: 'hoan_thanh',
        progress: 100,
        completedOn: '2026-11-15',
      });
    },
    240_000,
  );

  libreOffice.it(
    'changes nothing with a form LibreOffice only converted',
    async () => {
      const dl = await call<FileDownload>('rounds.forms', {
        roundId: round.id,
        agencyIds: [round.agencies[0]!.agencyId],
      });
      const source = path.join(dir, 'mot.xlsx');
      writeFileSync(source, Buffer.from(dl.base64, 'base64'));
      const ods = convert(source, path.join(dir, 'ods'), 'ods');
      const back = convert(ods, path.join(dir, 'back'), 'xlsx:Calc MS Excel 2007 XML');
      const check = await call<FormCheckResult>('forms.check', {
        files: [asUpload('back.xlsx', readFileSync(back))],
      });
      expect(check.files[0]).toMatchObject({ status: 'nothing', problems: [], changes: [], conflicts: [] });
    },
    240_000,
  );

  libreOffice.it(
    'imports a plan annex that LibreOffice wrote from a CSV, as the one exceljs wrote',
    async () => {
      const annexStore = await openTestStore('2025-01-15T03:00:00.000Z');
      const annexRoute = createRouter(createHandlers(annexStore.host));
      const annexCall = async <T>(method: string, input: unknown): Promise<T> => {
        const r = await annexRoute(method, input);
        if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
        return r.value as T;
      };
      await annexCall('app.startEmpty', {});
      for (const a of ANNEX_AGENCIES) await annexCall('agencies.create', { ...a, kind: 'so_ban_nganh' });
      const csv = path.join(dir, 'phu-luc.csv');
      writeFileSync(csv, annexCsv());
      const out = path.join(dir, 'csv-xlsx');
      // CSV filter options: separator ";" (59), text delimiter '"' (34), UTF-8 (76), from row 1.
      const run = spawnSync(
        'soffice',
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${path.join(dir, 'lo-convert')}`,
          '--infilter=CSV:59,34,76,1',
          '--convert-to',
          'xlsx:Calc MS Excel 2007 XML',
          '--outdir',
          out,
          csv,
        ],
        { encoding: 'utf8', timeout: 150_000 },
      );
      expect(run.status).toBe(0);
      const bytes = readFileSync(path.join(out, 'phu-luc.xlsx'));
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      let d: PlanImportDryRun;
      try {
        d = await annexCall<PlanImportDryRun>('imports.planDryRun', {
          ...asUpload('phu-luc.xlsx', bytes),
          planId: null,
        });
      } finally {
        annexStore.close();
      }
      expect(
        d.rows.map((r) => [r.code, r.pillarName, r.lead, r.supporting.join(', '), r.due?.date ?? null]),
      ).toEqual([
        ['XHS.01', 'Xã hội số', 'Sở GD&ĐT', 'Sở KH&CN', '2025-09-30'],
        ['XHS.02', 'Xã hội số', 'Sở Y tế', 'Sở KH&CN, Công an tỉnh', '2025-12-31'],
        ['DLS.01', 'Dữ liệu số', 'Sở KH&CN', 'Sở Tài chính, Sở Nội vụ', '2025-06-30'],
      ]);
    },
    240_000,
  );
});
