// Collection rounds through the router, on the demo province: a round for the quarter, forms for every
// agency, a form filled and returned (here written back by exceljs), checked and applied as one change set
// with the agency as actor; refusals that change nothing (a bad value, a form of another database, a
// tampered form, an inconsistent task), conflicts with both values and the person's choice, the same file
// twice, undo, status per agency and the dashboard line, drafts and reminders.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, createRouter, type Route } from '../../../main/api';
import type {
  FormApplyResult,
  FormCheckResult,
  RoundDashboardLine,
  RoundDetail,
  RoundMailResult,
} from '../../../shared/api/sheetTypes';
import type { Agency, FileDownload, Task, TaskRow } from '../../../shared/api/types';
import { openTestStore, type TestStore } from '../../helpers/store';
import { asUpload, fillForm } from './fill';

let store: TestStore;
let route: Route;
let planId: string;
let round: RoundDetail;
let agency: Agency;
let form: Buffer;
let tasks: TaskRow[];

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = await route(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}
async function refusal(method: string, input: unknown) {
  const r = await route(method, input);
  if (r.ok) throw new Error(`${method} should have been refused`);
  return r.error;
}

const counts = () =>
  store.ctx.db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM audit) AS audit, (SELECT COUNT(*) FROM change_set) AS sets,
        (SELECT COUNT(*) FROM indicator_value_version) AS versions, (SELECT COUNT(*) FROM round_form_import) AS imports`,
    )
    .get();

async function formOf(agencyId: string): Promise<Buffer> {
  const dl = await call<FileDownload>('rounds.forms', { roundId: round.id, agencyIds: [agencyId] });
  return Buffer.from(dl.base64, 'base64');
}

beforeAll(async () => {
  store = await openTestStore('2026-12-01T03:00:00.000Z');
  route = createRouter(createHandlers(store.host));
  ({ planId } = await call<{ planId: string }>('app.createDemo', { year: 2026 }));
  round = await call<RoundDetail>('rounds.create', { planId, period: '2026-Q4', dueDate: '2026-12-20' });
  const agencies = await call<Agency[]>('agencies.list', {});
  agency = agencies.find((a) => a.code === 'CA')!;
  tasks = (
    await call<{ rows: TaskRow[] }>('tasks.list', { planId, leadAgencyId: agency.id, limit: 100 })
  ).rows.filter((t) => t.state === 'dang_thuc_hien');
  form = await formOf(agency.id);
});
afterAll(() => store.close());

describe('a round and its forms', () => {
  it('asks every agency with a task or an indicator of the plan, none answered yet', () => {
    expect(round.periodLabel).toBe('Quý IV/2026');
    expect(round.counts.total).toBeGreaterThan(10);
    expect(round.line).toBe(`0/${round.counts.total} cơ quan đã gửi số liệu Quý IV/2026`);
    const ca = round.agencies.find((a) => a.agencyId === agency.id)!;
    expect(ca).toMatchObject({ status: 'chua_gui', statusText: 'Chưa gửi phiếu' });
    expect(ca.taskCount).toBeGreaterThan(0);
    expect(ca.indicatorCount).toBeGreaterThan(0);
  });

  it('refuses a period outside the plan', async () => {
    const e = await refusal('rounds.create', { planId, period: '2027-Q1', dueDate: '2027-03-20' });
    expect(e.message).toMatch(/Quý I\/2027 nằm ngoài thời gian của kế hoạch/);
  });

  it('makes a form with the sheets, headers and locked and validated cells the issue fixes', async () => {
    const dl = await call<FileDownload>('rounds.forms', { roundId: round.id, agencyIds: [agency.id] });
    expect(dl.fileName).toBe('Phieu-cap-nhat_Quy-IV-2026_Cong-an-tinh.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(form).buffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Hướng dẫn', 'visible'],
      ['Nhiệm vụ', 'visible'],
      ['Chỉ tiêu', 'visible'],
      ['Phối hợp (tham khảo)', 'visible'],
      ['TienDo', 'veryHidden'],
    ]);
    const ws = wb.getWorksheet('Nhiệm vụ')!;
    const header = (ws.getRow(4).values as unknown[]).slice(1);
    expect(header).toEqual(
      expect.arrayContaining(['Mã', 'Tiến độ (%)', 'Trạng thái', 'Ngày hoàn thành', 'Kết quả']),
    );
    const first = tasks[0]!;
    const r = [...Array(ws.rowCount).keys()]
      .map((i) => i + 1)
      .find((n) => ws.getCell(n, 2).text === first.code)!;
    expect(ws.getCell(r, 6).value).toBe(first.progress);
    expect(ws.getCell(r, 7).value).toBe('Đang thực hiện');
    expect(ws.getCell(r, 6).protection?.locked).toBe(false);
    expect(ws.getCell(r, 6).dataValidation).toMatchObject({ type: 'whole', formulae: [0, 100] });
    expect(ws.getCell(r, 7).dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell(r, 8).dataValidation).toMatchObject({ type: 'date' });
    expect(ws.getCell(r, 3).protection?.locked).not.toBe(false);
    expect(ws.getCell(r, 3).font?.name).toBe('Times New Roman');
    const values = wb.getWorksheet('Chỉ tiêu')!;
    expect(String(values.getCell(4, 7).value)).toBe('Giá trị Quý IV/2026');
    expect(values.getCell(5, 7).protection?.locked).toBe(false);
    const meta = wb.getWorksheet('TienDo')!;
    expect(meta.getCell('A1').value).toBe('TIENDO-FORM-1');
    expect(String(meta.getCell('A2').value)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives all forms at once as a zip, one workbook per agency', async () => {
    const dl = await call<FileDownload>('rounds.forms', { roundId: round.id });
    expect(dl.contentType).toBe('application/zip');
    const zip = await JSZip.loadAsync(Buffer.from(dl.base64, 'base64'));
    expect(Object.keys(zip.files)).toHaveLength(round.counts.total);
    expect(
      Object.keys(zip.files).every((n) => /^Phieu-cap-nhat_Quy-IV-2026_[A-Za-z0-9-]+\.xlsx$/.test(n)),
    ).toBe(true);
  });
});

describe('a returned form', () => {
  beforeEach(async () => {
    form = await formOf(agency.id);
  });

  it('is refused row by row, changing nothing, when a value cannot be read', async () => {
    const t = tasks[0]!;
    const bad = await fillForm(form, { tasks: { [t.code]: { F: 150, G: 'Xong rồi' } }, values: {} });
    const before = counts();
    const result = await call<FormApplyResult>('forms.apply', { files: [asUpload('bad.xlsx', bad)] });
    expect(result.ok).toBe(false);
    const f = result.files[0]!;
    expect(f.status).toBe('refused');
    expect(f.applied).toBe(false);
    expect(f.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: 'Nhiệm vụ',
          column: 'F',
          message: expect.stringMatching(/Tiến độ «150» phải là số nguyên từ 0 đến 100/),
        }),
        expect.objectContaining({
          sheet: 'Nhiệm vụ',
          column: 'G',
          message: expect.stringMatching(/Trạng thái «Xong rồi» không có trong danh sách/),
        }),
      ]),
    );
    expect(f.problems.every((p) => p.row > 4)).toBe(true);
    expect(counts()).toEqual(before);
  });

  it('is refused when a task would not tell one story (done but 80%)', async () => {
    const t = tasks[0]!;
    const bad = await fillForm(form, { tasks: { [t.code]: { F: 80, G: 'Hoàn thành', H: '25/11/2026' } } });
    const check = await call<FormCheckResult>('forms.check', { files: [asUpload('done80.xlsx', bad)] });
    expect(check.files[0]!.status).toBe('refused');
    expect(check.files[0]!.problems[0]).toMatchObject({ sheet: 'Nhiệm vụ', column: 'F' });
    expect(check.files[0]!.problems[0]!.message).toMatch(/100/);
  });

  it('shows old -> new, applies as one change set by the agency, and counts it as received', async () => {
    const [t1, t2] = tasks;
    const filled = await fillForm(form, {
      tasks: {
        [t1!.code]: { F: '75', I: 'Đã triển khai tại 10 xã' },
        [t2!.code]: { F: 100, G: 'Hoàn thành', H: '15/11/2026' },
      },
    });
    const check = await call<FormCheckResult>('forms.check', {
      roundId: round.id,
      files: [asUpload('ca.xlsx', filled)],
    });
    const f = check.files[0]!;
    expect(f.status).toBe('ready');
    expect(f.form?.agencyName).toBe(agency.name);
    expect(f.changes.map((c) => [c.code, c.label, c.before, c.after])).toEqual(
      expect.arrayContaining([
        [t1!.code, 'Tiến độ (%)', `${t1!.progress}%`, '75%'],
        [t1!.code, 'Kết quả', '(trống)', 'Đã triển khai tại 10 xã'],
        [t2!.code, 'Trạng thái', 'Đang thực hiện', 'Hoàn thành'],
        [t2!.code, 'Ngày hoàn thành', '(trống)', '15/11/2026'],
      ]),
    );
    const result = await call<FormApplyResult>('forms.apply', {
      roundId: round.id,
      files: [asUpload('ca.xlsx', filled)],
    });
    expect(result.ok).toBe(true);
    const applied = result.files[0]!;
    expect(applied.changeSet).toMatchObject({ kind: 'forms.apply', undoable: true });
    expect(applied.changeSet!.label).toBe(
      `Nhập phiếu Quý IV/2026 của ${agency.name} (phiếu ngày 01/12/2026): 2 nhiệm vụ`,
    );
    const task1 = await call<Task>('tasks.get', { id: t1!.id });
    expect(task1).toMatchObject({ progress: 75, result: 'Đã triển khai tại 10 xã' });
    const task2 = await call<Task>('tasks.get', { id: t2!.id });
    expect(task2).toMatchObject({ state: 'hoan_thanh', progress: 100, completedOn: '2026-11-15' });
    const actors = store.ctx.db
      .prepare('SELECT DISTINCT actor FROM audit WHERE change_set_id = ?')
      .all(applied.changeSet!.id) as { actor: string }[];
    expect(actors.map((a) => a.actor)).toEqual([
      `${agency.name} (phiếu ngày 01/12/2026; người nhập: Thư ký Ban Chỉ đạo)`,
    ]);
    const detail = await call<RoundDetail>('rounds.get', { id: round.id });
    expect(detail.agencies.find((a) => a.agencyId === agency.id)).toMatchObject({
      status: 'da_nhan',
      statusText: 'Đã nhận 01/12/2026',
    });
    const line = await call<RoundDashboardLine>('rounds.dashboardLine', { planId });
    expect(line.line).toBe(`1/${round.counts.total} cơ quan đã gửi số liệu Quý IV/2026`);

    // The same file again changes nothing and says so.
    const before = counts();
    const again = await call<FormApplyResult>('forms.apply', { files: [asUpload('ca-lai.xlsx', filled)] });
    expect(again.ok).toBe(true);
    expect(again.files[0]).toMatchObject({ status: 'already', applied: false, changeSet: null });
    expect(again.files[0]!.notes[0]!.message).toMatch(
      /đã được nhập lúc 01\/12\/2026; nhập lại không thay đổi gì/,
    );
    expect(counts()).toEqual(before);

    // Undone, the import no longer counts as received, and the file may be imported again.
    await call('changes.undo', { id: applied.changeSet!.id });
    expect((await call<Task>('tasks.get', { id: t1!.id })).progress).toBe(t1!.progress);
    const undone = await call<RoundDetail>('rounds.get', { id: round.id });
    expect(undone.agencies.find((a) => a.agencyId === agency.id)!.status).toBe('chua_gui');
    expect(undone.imports[0]).toMatchObject({ undone: true });
    const recheck = await call<FormCheckResult>('forms.check', { files: [asUpload('ca.xlsx', filled)] });
    expect(recheck.files[0]!.status).toBe('ready');
  });

  it('reports a field TienDo changed after the form was issued as a conflict with both values', async () => {
    const t = tasks[2] ?? tasks[0]!;
    const current = await call<Task>('tasks.get', { id: t.id });
    await call('tasks.update', { id: t.id, patch: { progress: 65 } });
    const filled = await fillForm(form, { tasks: { [t.code]: { F: 70 } } });
    const check = await call<FormCheckResult>('forms.check', { files: [asUpload('conflict.xlsx', filled)] });
    const f = check.files[0]!;
    expect(f.conflicts).toEqual([
      expect.objectContaining({
        code: t.code,
        field: 'progress',
        formValue: '70%',
        currentValue: '65%',
        column: 'F',
      }),
    ]);
    expect(current.progress).not.toBe(65);
    // Without a choice TienDo's value is kept; choosing the form's applies it.
    const keep = await call<FormApplyResult>('forms.apply', { files: [asUpload('conflict.xlsx', filled)] });
    expect(keep.files[0]!.status).toBe('ready');
    expect((await call<Task>('tasks.get', { id: t.id })).progress).toBe(65);
    const key = f.conflicts[0]!.key;
    const other = await fillForm(form, { tasks: { [t.code]: { F: 70, I: 'Theo phiếu' } } });
    const sha = (await call<FormCheckResult>('forms.check', { files: [asUpload('c2.xlsx', other)] }))
      .files[0]!.sha256;
    const take = await call<FormApplyResult>('forms.apply', {
      files: [asUpload('c2.xlsx', other)],
      choices: { [sha]: { [key]: 'form' } },
    });
    expect(take.ok).toBe(true);
    expect((await call<Task>('tasks.get', { id: t.id })).progress).toBe(70);
  });

  it('asks before storing a value with a plausibility warning, and keeps the warning with it', async () => {
    const line = (
      await call<{ rows: { code: string; unit: string; indicatorId: string }[] }>('indicators.valueGrid', {
        planId,
        year: 2026,
      })
    ).rows;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(form).buffer);
    const code = wb.getWorksheet('Chỉ tiêu')!.getCell(5, 2).text;
    const indicator = line.find((r) => r.code === code)!;
    const value = indicator.unit === '%' ? '400' : '1e9';
    const filled = await fillForm(form, { values: { [code]: { G: value, H: 'Số liệu sơ bộ' } } });
    const first = await call<FormApplyResult>('forms.apply', { files: [asUpload('warn.xlsx', filled)] });
    expect(first.files[0]!.status).toBe('refused');
    expect(first.files[0]!.problems[0]!.message).toMatch(/Cần xác nhận số liệu trước khi nhập/);
    const confirmed = await call<FormApplyResult>('forms.apply', {
      files: [asUpload('warn.xlsx', filled)],
      confirmWarnings: true,
    });
    expect(confirmed.files[0]!.applied).toBe(true);
    const stored = store.ctx.db
      .prepare(
        "SELECT value, note, warnings FROM indicator_value WHERE indicator_id = ? AND period = '2026-Q4'",
      )
      .get(indicator.indicatorId) as { value: number; note: string; warnings: string };
    expect(stored.value).toBe(Number(value));
    expect(stored.note).toBe('Số liệu sơ bộ');
    expect(JSON.parse(stored.warnings)).not.toEqual([]);
  });

  it('reads numbers typed as text with a decimal comma and dates typed as text', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(form).buffer);
    const code =
      wb.getWorksheet('Chỉ tiêu')!.getCell(6, 2).text || wb.getWorksheet('Chỉ tiêu')!.getCell(5, 2).text;
    const filled = await fillForm(form, { values: { [code]: { G: '1,5' } } });
    const check = await call<FormCheckResult>('forms.check', { files: [asUpload('comma.xlsx', filled)] });
    expect(check.files[0]!.changes.find((c) => c.field === 'value')?.after).toBe('1,5');
  });

  it('is refused, saying which it is, when the hidden part was edited', async () => {
    const tampered = await fillForm(form, {
      also: (wb) => {
        const meta = wb.getWorksheet('TienDo')!;
        meta.getCell('A3').value = String(meta.getCell('A3').value).replace('"v":1', '"v":1 ');
      },
    });
    const check = await call<FormCheckResult>('forms.check', { files: [asUpload('sua.xlsx', tampered)] });
    expect(check.files[0]!.status).toBe('refused');
    expect(check.files[0]!.problems[0]!.message).toMatch(
      /Mã xác thực của phiếu Quý IV\/2026 của Công an tỉnh .* không đúng/,
    );
  });

  it('refuses a file that is not a form, and an .xls, with what to do', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'Mã';
    const plain = Buffer.from(await wb.xlsx.writeBuffer());
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const check = await call<FormCheckResult>('forms.check', {
      files: [asUpload('khac.xlsx', plain), asUpload('cu.xls', xls)],
    });
    expect(check.files[0]!.problems[0]!.message).toMatch(/không phải là phiếu cập nhật do TienDo lập/);
    expect(check.files[1]!.problems[0]!.message).toMatch(
      /Excel 97-2003 \(\.xls\).*Lưu thành \(Save As\) dạng "Excel Workbook \(\.xlsx\)"/,
    );
  });
});

describe('a form of another database or round', () => {
  let other: TestStore;
  beforeAll(async () => {
    other = await openTestStore('2026-12-01T03:00:00.000Z');
  });
  afterAll(() => other.close());

  it('is refused, naming the province, round and agency it belongs to', async () => {
    const otherRoute = createRouter(createHandlers(other.host));
    const r1 = await otherRoute('app.createDemo', { year: 2026 });
    if (!r1.ok) throw new Error(r1.error.message);
    await otherRoute('settings.update', { provinceName: 'Tỉnh Gia Lai' });
    const r2 = await otherRoute('rounds.create', {
      planId: (r1.value as { planId: string }).planId,
      period: '2026-Q4',
      dueDate: '2026-12-20',
    });
    if (!r2.ok) throw new Error(r2.error.message);
    const theirs = r2.value as RoundDetail;
    const r3 = await otherRoute('rounds.forms', {
      roundId: theirs.id,
      agencyIds: [theirs.agencies[0]!.agencyId],
    });
    if (!r3.ok) throw new Error(r3.error.message);
    const file = Buffer.from((r3.value as FileDownload).base64, 'base64');
    const check = await call<FormCheckResult>('forms.check', { files: [asUpload('gialai.xlsx', file)] });
    expect(check.files[0]!.status).toBe('refused');
    expect(check.files[0]!.form?.province).toBe('Tỉnh Gia Lai');
    expect(check.files[0]!.problems[0]!.message).toMatch(
      new RegExp(
        `Đây là phiếu Quý IV/2026 của ${theirs.agencies[0]!.name} \\(Tỉnh Gia Lai\\).*tệp dữ liệu TienDo khác`,
      ),
    );
  });

  it('is refused when dropped on another round of the same file', async () => {
    const next = await call<RoundDetail>('rounds.create', {
      planId,
      period: '2026',
      dueDate: '2026-12-25',
      agencyIds: [agency.id],
    });
    const check = await call<FormCheckResult>('forms.check', {
      roundId: next.id,
      files: [asUpload('ca.xlsx', form)],
    });
    expect(check.files[0]!.problems[0]!.message).toMatch(
      /thuộc đợt Quý IV\/2026, không phải đợt Năm 2026 đang nhập/,
    );
    await call('rounds.archive', { id: next.id });
  });
});

describe('sending and reminding', () => {
  it('makes one .eml draft per agency with its form attached, and records them as sent', async () => {
    const result = await call<RoundMailResult>('rounds.emailDrafts', { roundId: round.id, kind: 'forms' });
    expect(result.sent.length + result.skipped.length).toBe(round.counts.total);
    for (const s of result.skipped) expect(s.reason).toMatch(/chưa có địa chỉ thư điện tử/);
    const zip = await JSZip.loadAsync(Buffer.from(result.file!.base64, 'base64'));
    const name = Object.keys(zip.files).find((n) => n.includes('Cong-an-tinh'))!;
    const mail = await simpleParser(await zip.file(name)!.async('nodebuffer'));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.subject).toMatch(/Phiếu cập nhật tiến độ, số liệu Quý IV\/2026 – hạn gửi 20\/12\/2026/);
    expect(mail.text).toMatch(/gửi lại trước ngày 20\/12\/2026/);
    expect(mail.attachments[0]!.filename).toBe('Phieu-cap-nhat_Quy-IV-2026_Cong-an-tinh.xlsx');
    const detail = await call<RoundDetail>('rounds.get', { id: round.id });
    const sent = detail.agencies.filter((a) => result.sent.some((s) => s.agencyId === a.agencyId));
    expect(sent.every((a) => a.sentChannel === 'eml' && a.sentAt !== null)).toBe(true);
  });

  it('reminds only those that have not answered, and goes through the outbox only with SMTP settings', async () => {
    const detail = await call<RoundDetail>('rounds.get', { id: round.id });
    const answered = detail.agencies.filter((a) => a.status === 'da_nhan').map((a) => a.agencyId);
    const reminders = await call<RoundMailResult>('rounds.emailDrafts', {
      roundId: round.id,
      kind: 'reminders',
    });
    expect(reminders.sent.some((s) => answered.includes(s.agencyId))).toBe(false);
    const zip = await JSZip.loadAsync(Buffer.from(reminders.file!.base64, 'base64'));
    const mail = await simpleParser(await zip.file(Object.keys(zip.files)[0]!)!.async('nodebuffer'));
    expect(mail.subject).toMatch(/Nhắc gửi phiếu cập nhật Quý IV\/2026 – hạn 20\/12\/2026/);
    const e = await refusal('rounds.queueEmails', { roundId: round.id, kind: 'reminders' });
    expect(e.code).toBe('CHUA_CAU_HINH_SMTP');
  });

  it('shows an agency as late once the deadline has passed', async () => {
    store.clock.set('2026-12-23T03:00:00.000Z');
    try {
      const detail = await call<RoundDetail>('rounds.get', { id: round.id });
      const late = detail.agencies.find((a) => a.status !== 'da_nhan')!;
      expect(late.status).toBe('qua_han');
      expect(late.statusText).toMatch(/^Quá hạn 3 ngày/);
    } finally {
      store.clock.set('2026-12-01T03:00:00.000Z');
    }
  });
});
