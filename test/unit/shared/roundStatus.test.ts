// Where an agency stands in a round (shared/rules/roundStatus.ts), at a reference date: received beats
// everything, then the deadline, then whether the form went out; the words the round's page prints.
import { describe, expect, it } from 'vitest';
import { roundAgencyStatus, roundAgencyStatusText, roundLine } from '../../../shared/rules/roundStatus';

describe('round status per agency', () => {
  it.each([
    // dueDate, sent, receivedOn, at, status, text
    ['2026-12-20', false, null, '2026-12-10', 'chua_gui', 'Chưa gửi phiếu'],
    ['2026-12-20', true, null, '2026-12-10', 'da_gui', 'Đã gửi, hạn 20/12/2026'],
    ['2026-12-20', true, null, '2026-12-20', 'da_gui', 'Đã gửi, hạn 20/12/2026'],
    ['2026-12-20', true, null, '2026-12-23', 'qua_han', 'Quá hạn 3 ngày'],
    ['2026-12-20', false, null, '2026-12-21', 'qua_han', 'Quá hạn 1 ngày (chưa gửi phiếu)'],
    ['2026-12-20', true, '2026-12-15', '2026-12-23', 'da_nhan', 'Đã nhận 15/12/2026'],
    ['2026-12-20', false, '2026-12-22', '2026-12-23', 'da_nhan', 'Đã nhận 22/12/2026'],
  ] as const)('due %s, sent %s, received %s, at %s -> %s', (dueDate, sent, receivedOn, at, status, text) => {
    const facts = { dueDate, sent, receivedOn };
    expect(roundAgencyStatus(facts, at)).toBe(status);
    expect(roundAgencyStatusText(facts, at)).toBe(text);
  });

  it('refuses a reference date that is not a date', () => {
    expect(() =>
      roundAgencyStatus({ dueDate: '2026-12-20', sent: false, receivedOn: null }, '20/12/2026'),
    ).toThrow(RangeError);
  });

  it('says the dashboard line', () => {
    expect(roundLine(12, 40, 'Quý IV/2026')).toBe('12/40 cơ quan đã gửi số liệu Quý IV/2026');
  });
});
