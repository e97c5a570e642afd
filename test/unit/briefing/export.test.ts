// A meeting document goes through the report pipeline: signed with the app's identity, recorded as a
// submission of the meeting (hash of exactly the bytes kept), and mailed as an .eml draft.
import { simpleParser } from 'mailparser';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMeetingDocument } from '../../../main/excel/briefing/inspect';
import { verifyPackage } from '../../../main/excel/signature';
import { exportMeetingDocument } from '../../../main/services/briefing/export';
import { buildDocumentMail as buildMeetingMail } from '../../../main/services/reports/mail';
import { createAppIdentity } from '../../../main/services/reports/identity';
import { sha256Hex, submissionContent } from '../../../main/services/reports/submissions';
import { openTestStore, type TestStore } from '../../helpers/store';
import { craftZip, entriesOf } from '../../helpers/zipcraft';
import { scriptHistory, type History } from './history';

let store: TestStore;
let h: History;
beforeEach(async () => {
  store = await openTestStore();
  h = scriptHistory(store);
});
afterEach(() => store.close());

describe('meeting document export', () => {
  it('signs the briefing, records it as a submission of the meeting and mails it', async () => {
    const dir = path.join(store.dir, 'identity');
    createAppIdentity(store.ctx, dir, {
      commonName: 'Nguyễn Thư Ký',
      email: '',
      password: 'mat-khau-123',
      replace: false,
    });
    const stages: string[] = [];
    const result = await exportMeetingDocument(
      store.ctx,
      dir,
      {
        meetingId: h.meetings.m2,
        document: 'briefing',
        signWith: { kind: 'identity', password: 'mat-khau-123' },
      },
      (_f, s) => stages.push(s),
    );
    expect(result.fileName).toBe('tai-lieu-phien-hop-2-2025-06-10-da-ky.xlsx');
    expect(result.signer).toBe('Nguyễn Thư Ký');
    expect(stages).toContain('Đang ký số…');

    const verdict = await verifyPackage(result.content);
    expect(verdict).toMatchObject({ signed: true, valid: true });
    const stored = submissionContent(store.ctx, result.submissionId);
    expect(stored.submission).toMatchObject({
      kind: 'tai_lieu_phien_hop',
      meetingId: h.meetings.m2,
      planId: null,
      period: null,
      state: 'da_ky',
      signer: 'Nguyễn Thư Ký',
    });
    expect(sha256Hex(stored.content)).toBe(result.sha256);
    expect(await readMeetingDocument(stored.content)).toMatchObject({
      kind: 'briefing',
      briefing: { meeting: { number: 2 } },
    });

    const mail = await buildMeetingMail({
      content: stored.content,
      fileName: result.fileName,
      to: 'tw@example.gov.vn',
      from: null,
      date: new Date('2025-06-09T03:00:00Z'),
      provinceName: 'Tỉnh Lâm Đồng',
    });
    const parsed = await simpleParser(mail.eml);
    expect(parsed.subject).toBe('[Lâm Đồng] Tài liệu phục vụ phiên họp thứ 2 (10/06/2025)');
    expect(parsed.headers.get('x-unsent')).toBe('1');
    expect(parsed.attachments[0]?.filename).toBe(result.fileName);
    expect(sha256Hex(parsed.attachments[0]!.content)).toBe(result.sha256);
    expect(parsed.text).toContain(result.sha256);

    // The same rule as the report: a second entry of the model's name, with another meeting in it, is
    // refused by the reader and by the mail, not read one way here and another way by the verifier.
    const entries = await entriesOf(stored.content);
    const model = entries.find((e) => e.name === 'tiendo/briefing-model.json')!;
    const forged = craftZip([
      {
        name: model.name,
        data: Buffer.from(model.data.toString('utf8').replace('"number": 2', '"number": 9')),
      },
      ...entries,
    ]);
    expect(await readMeetingDocument(forged)).toBeNull();
    await expect(
      buildMeetingMail({
        content: forged,
        fileName: 'x.xlsx',
        to: 'tw@example.gov.vn',
        from: null,
        date: new Date(),
      }),
    ).rejects.toMatchObject({
      code: 'TEP_KHONG_HOP_LE',
      message: expect.stringContaining('hai phần trùng tên'),
    });
  });

  it('exports the notice unsigned with its number, and refuses a wrong password before writing anything', async () => {
    const result = await exportMeetingDocument(store.ctx, path.join(store.dir, 'none'), {
      meetingId: h.meetings.m1,
      document: 'notice',
      signWith: { kind: 'none' },
    });
    expect(result.signer).toBeNull();
    expect(submissionContent(store.ctx, result.submissionId).submission).toMatchObject({
      kind: 'thong_bao_ket_luan',
      meetingId: h.meetings.m1,
      state: 'tao_moi',
    });
    const count = () =>
      (store.ctx.db.prepare('SELECT COUNT(*) AS n FROM submission').get() as { n: number }).n;
    const before = count();
    await expect(
      exportMeetingDocument(store.ctx, path.join(store.dir, 'none'), {
        meetingId: h.meetings.m1,
        document: 'notice',
        signWith: { kind: 'identity', password: 'x' },
      }),
    ).rejects.toThrow(/Chưa có chữ ký số/);
    expect(count()).toBe(before);
  });
});
