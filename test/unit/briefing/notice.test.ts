// The notice of conclusions: the generated draft groups the meeting's conclusions by agency with due
// dates; the secretary's edited text is stored, audited and returned instead of the draft.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../main/services/audit';
import { createConclusion } from '../../../main/services/meetings';
import { getNotice, saveNotice } from '../../../main/services/briefing/notice';
import { openTestStore, type TestStore } from '../../helpers/store';
import { scriptHistory, type History } from './history';

let store: TestStore;
let h: History;
beforeEach(async () => {
  store = await openTestStore();
  h = scriptHistory(store);
});
afterEach(() => store.close());

describe('notice of conclusions', () => {
  it('drafts one numbered heading per agency (full name) with its conclusions and due dates', () => {
    createConclusion(store.ctx, {
      meetingId: h.meetings.m1,
      text: 'Các sở đẩy nhanh tiến độ;',
      agencyId: null,
      pillarId: null,
      dueDate: null,
    });
    createConclusion(store.ctx, {
      meetingId: h.meetings.m1,
      text: 'Sở A báo cáo kinh phí',
      agencyId: h.agencies.A,
      pillarId: null,
      dueDate: '2025-04-15',
    });
    const n = getNotice(store.ctx, h.meetings.m1);
    expect(n.saved).toBe(false);
    expect(n.body).toBe(n.draft);
    const lines = n.draft.split('\n');
    expect(lines[0]).toMatch(
      /^Ngày 10 tháng 3 năm 2025, Ban Chỉ đạo .* tổ chức phiên họp thứ 1 \(Phiên 1\), do đồng chí Trưởng Ban chủ trì\.$/,
    );
    const from = lines.indexOf('1. Kết luận chung');
    expect(lines.slice(from).filter((l) => l !== '')).toEqual([
      '1. Kết luận chung',
      'a) Các sở đẩy nhanh tiến độ.',
      '2. Sở An toàn',
      'a) Sở A hoàn thành cổng dữ liệu (thời hạn: 30/04/2025).',
      'b) Sở A báo cáo kinh phí (thời hạn: 15/04/2025).',
      '3. Sở Bình minh',
      'a) Sở B rà soát thủ tục (thời hạn: 30/05/2025).',
      '4. Sở Cao nguyên',
      'a) Sở C triển khai ký số (thời hạn: 25/05/2025).',
      'Ban Chỉ đạo thông báo để các cơ quan, đơn vị biết, thực hiện./.',
    ]);
  });

  it('stores the edited text, recipients and signer, and audits each save', () => {
    const signer = {
      authority: 'KT.' as const,
      authorityName: 'Trưởng Ban',
      title: 'Phó Trưởng Ban',
      name: 'Nguyễn Văn B',
    };
    const first = saveNotice(store.ctx, {
      meetingId: h.meetings.m2,
      body: 'Nội dung đã sửa',
      recipients: [' Thành viên BCĐ ', '', 'Lưu: VT'],
      signer,
    });
    expect(first).toMatchObject({
      saved: true,
      body: 'Nội dung đã sửa',
      recipients: ['Thành viên BCĐ', 'Lưu: VT'],
      signer,
    });
    expect(first.draft).toContain('a) Sở A báo cáo kết quả (thời hạn: 01/08/2025).');
    saveNotice(store.ctx, { meetingId: h.meetings.m2, body: 'Lần hai', recipients: ['Lưu: VT'], signer });
    expect(getNotice(store.ctx, h.meetings.m2).body).toBe('Lần hai');
    const audit = listAudit(store.ctx, { entity: 'meeting_notice', entityId: h.meetings.m2, limit: 10 });
    expect(audit.map((a) => [a.action, a.before?.body ?? null, a.after?.body])).toEqual([
      ['update', 'Nội dung đã sửa', 'Lần hai'],
      ['create', null, 'Nội dung đã sửa'],
    ]);
  });

  it('refuses a notice for an archived meeting', () => {
    expect(() =>
      saveNotice(store.ctx, {
        meetingId: h.meetings.archived,
        body: 'x',
        recipients: [],
        signer: { authority: '', authorityName: '', title: '', name: '' },
      }),
    ).toThrow(/đã được lưu trữ/);
  });
});
