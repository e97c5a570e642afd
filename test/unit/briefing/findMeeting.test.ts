// A meeting named by number: found when one live meeting has it, refused (with the candidates) when
// numbers restarted in another year and two share it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findMeetingId } from '../../../main/services/briefing/findMeeting';
import { createMeeting } from '../../../main/services/meetings';
import { openTestStore, type TestStore } from '../../helpers/store';
import { scriptHistory, type History } from './history';

let store: TestStore;
let h: History;
beforeEach(async () => {
  store = await openTestStore();
  h = scriptHistory(store);
});
afterEach(() => store.close());

describe('findMeetingId', () => {
  it('takes an id or a number; archived meetings do not count', () => {
    expect(findMeetingId(store.ctx, '2')).toBe(h.meetings.m2);
    expect(findMeetingId(store.ctx, h.meetings.m3.toUpperCase())).toBe(h.meetings.m3);
    expect(() => findMeetingId(store.ctx, '9')).toThrow(/Không có phiên họp số 9/);
    expect(() => findMeetingId(store.ctx, 'hai')).toThrow(/không phải số phiên họp/);
  });

  it('refuses a bare number meetings of two years share, listing them; takes "number/year"', () => {
    const again = createMeeting(store.ctx, {
      number: 2,
      heldOn: '2026-03-01',
      title: '',
      chair: '',
      mode: 'truc_tiep',
      location: '',
      attendees: '',
      agenda: '',
      noticeNumber: null,
      noticeDate: null,
    });
    expect(() => findMeetingId(store.ctx, '2')).toThrow(
      `Có 2 phiên họp số 2: 2/2025 (họp ngày 10/06/2025, mã ${h.meetings.m2}); 2/2026 (họp ngày 01/03/2026, mã ${again.id}). ` +
        'Để chọn một, hãy ghi rõ năm, ví dụ --meeting 2/2026, hoặc dùng mã phiên họp.',
    );
    expect(findMeetingId(store.ctx, '2/2025')).toBe(h.meetings.m2);
    expect(findMeetingId(store.ctx, '2 / 2026')).toBe(again.id);
    expect(() => findMeetingId(store.ctx, '2/2024')).toThrow('Không có phiên họp số 2 năm 2024.');
    expect(() => findMeetingId(store.ctx, '2/25')).toThrow(/không phải số phiên họp/);
  });
});
