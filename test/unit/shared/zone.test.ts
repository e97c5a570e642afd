// Times and "today" on the office's wall clock, whatever zone the machine runs in.
import { describe, expect, it } from 'vitest';
import {
  calendarDateIn,
  DEFAULT_TIME_ZONE,
  formatDateTimeIn,
  formatTimeIn,
  isTimeZone,
} from '../../../shared/format/zone';

describe('the office time zone', () => {
  it('shows a change recorded at 2026-12-01T18:30Z as 02/12/2026 01:30 in Asia/Ho_Chi_Minh', () => {
    expect(formatDateTimeIn('2026-12-01T18:30:00.000Z', DEFAULT_TIME_ZONE)).toBe('02/12/2026 01:30');
    expect(formatDateTimeIn('2026-12-01T18:30:00.000Z', 'Europe/London')).toBe('01/12/2026 18:30');
    expect(formatTimeIn(new Date('2026-12-01T18:30:00.000Z'), DEFAULT_TIME_ZONE)).toBe('01:30');
  });

  it('makes 17:30Z the next day in Hanoi, and 16:59Z still the same day', () => {
    expect(calendarDateIn(new Date('2026-12-01T17:30:00.000Z'), DEFAULT_TIME_ZONE)).toBe('2026-12-02');
    expect(calendarDateIn(new Date('2026-12-01T16:59:00.000Z'), DEFAULT_TIME_ZONE)).toBe('2026-12-01');
    expect(calendarDateIn(new Date('2026-12-01T17:30:00.000Z'), 'America/New_York')).toBe('2026-12-01');
  });

  it('leaves text that is not an instant as it is', () => {
    expect(formatDateTimeIn('không rõ', DEFAULT_TIME_ZONE)).toBe('không rõ');
  });

  it('knows IANA names and refuses others', () => {
    expect(isTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('Hà Nội')).toBe(false);
    expect(isTimeZone('GMT+7')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
