// `tiendo briefing --meeting 2 --out FILE.xlsx` (by number or id) writes the workbook; an unknown
// meeting fails with a message, a wrong file name is a usage error.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../main/cli';
import { AppHost } from '../../../main/app';
import { createMeeting } from '../../../main/services/meetings';
import { openTestStore, type TestStore } from '../../helpers/store';
import { scriptHistory, type History } from './history';
import { memorySecretStore } from '../../../main/secrets/store';

let store: TestStore;
let h: History;
beforeEach(async () => {
  store = await openTestStore();
  h = scriptHistory(store);
  store.host.close(); // the command opens the file itself
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  store.close();
});

describe('tiendo briefing', () => {
  it('writes the briefing of a meeting given by number, and of one given by id', async () => {
    const out = path.join(store.dir, 'phien-2.xlsx');
    expect(await run(['briefing', '--db', store.dbFile, '--meeting', '2', '--out', out])).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0]!.name).toBe('Tổng hợp');
    expect(wb.getWorksheet('I. Từ phiên trước')!.getCell('A1').value).toBe('I. KẾT QUẢ TỪ PHIÊN HỌP TRƯỚC');
    expect(
      await run([
        'briefing',
        '--db',
        store.dbFile,
        '--meeting',
        h.meetings.m3,
        '--out',
        path.join(store.dir, 'phien-3.xlsx'),
      ]),
    ).toBe(0);
    expect(
      await run([
        'notice',
        '--db',
        store.dbFile,
        '--meeting',
        '1',
        '--out',
        path.join(store.dir, 'tb-1.xlsx'),
      ]),
    ).toBe(0);
  });

  it('fails on an unknown meeting, refuses to overwrite, and wants an .xlsx name', async () => {
    const out = path.join(store.dir, 'x.xlsx');
    expect(await run(['briefing', '--db', store.dbFile, '--meeting', '7', '--out', out])).toBe(1);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('Không có phiên họp số 7'));
    expect(
      await run(['briefing', '--db', store.dbFile, '--meeting', '2', '--out', path.join(store.dir, 'x.pdf')]),
    ).toBe(2);
    expect(await run(['briefing', '--db', store.dbFile, '--meeting', '2', '--out', out])).toBe(0);
    expect(await run(['briefing', '--db', store.dbFile, '--meeting', '2', '--out', out])).toBe(2);
  });

  it('takes a number within a year ("2/2025"); a bare number held in two years lists the candidates', async () => {
    const host = await AppHost.open({
      secrets: memorySecretStore(),
      dbFile: store.dbFile,
      mode: 'browser',
      version: 'test',
    });
    const again = createMeeting(host.ctx, {
      number: 2,
      heldOn: '2026-03-05',
      title: 'Phiên 2 năm 2026',
      chair: '',
      mode: 'truc_tiep',
      location: '',
      attendees: '',
      agenda: '',
      noticeNumber: null,
      noticeDate: null,
    });
    host.close();
    const out = path.join(store.dir, 'p.xlsx');
    expect(await run(['briefing', '--db', store.dbFile, '--meeting', '2', '--out', out])).toBe(1);
    expect(console.error).toHaveBeenCalledWith(
      expect.stringContaining(
        `Có 2 phiên họp số 2: 2/2025 (họp ngày 10/06/2025, mã ${h.meetings.m2}); 2/2026 (họp ngày 05/03/2026, mã ${again.id}). ` +
          'Để chọn một, hãy ghi rõ năm, ví dụ --meeting 2/2026, hoặc dùng mã phiên họp.',
      ),
    );
    expect(await run(['briefing', '--db', store.dbFile, '--meeting', '2/2025', '--out', out])).toBe(0);
    expect(
      await run([
        'notice',
        '--db',
        store.dbFile,
        '--meeting',
        '2/2026',
        '--out',
        path.join(store.dir, 'tb.xlsx'),
      ]),
    ).toBe(0);
  });
});
