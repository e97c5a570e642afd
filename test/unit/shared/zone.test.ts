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

describe('the wall clock kept for one UTC minute', () => {
  // Intl itself, with no memo: what every answer must equal.
  const direct = (instant: Date, timeZone: string) => {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(instant);
    const v = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${v('day')}/${v('month')}/${v('year')} ${v('hour')}:${v('minute')}`;
  };

  it('gives what Intl gives for instants around offset changes, in zones of odd offsets, asked in any order', () => {
    // Kathmandu +5:45, Lord Howe's half-hour summer time, St John's -3:30, Hanoi, and a date of 1890
    // (local mean time offsets with seconds, which the memo leaves to Intl).
    const zones = [
      DEFAULT_TIME_ZONE,
      'Asia/Kathmandu',
      'Australia/Lord_Howe',
      'America/St_Johns',
      'Europe/London',
    ];
    const around = [
      Date.UTC(2026, 2, 29, 0, 59, 30), // London's clocks go forward at 01:00Z
      Date.UTC(2026, 3, 4, 14, 59, 59), // Lord Howe leaves summer time at 15:00Z
      Date.UTC(2026, 11, 1, 16, 59, 59), // midnight in Hanoi
      Date.UTC(1890, 0, 1, 12, 0, 30),
    ];
    const instants = around.flatMap((t) =>
      [0, 1, 29_999, 30_000, 59_999, 60_000, -1, 61_234].map((d) => t + d),
    );
    // Back and forth, so an answer kept for one minute is asked for again after another minute's.
    const order = [...instants, ...[...instants].reverse(), ...instants];
    for (const zone of zones)
      for (const t of order)
        expect(
          formatDateTimeIn(new Date(t).toISOString(), zone),
          `${new Date(t).toISOString()} ${zone}`,
        ).toBe(direct(new Date(t), zone));
  });
});
