// The office's time zone (setting timeZone, an IANA name): "today" and every time shown are read on the
// office's wall clock, not on whatever zone the computer or browser happens to be set to. A laptop left
// on UTC after a trip would otherwise start the day at 07:00 and show audit times seven hours early.
import type { IsoDate } from '../domain';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const zones = new Map<string, Intl.DateTimeFormat>();
function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let f = zones.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    zones.set(timeZone, f);
  }
  return f;
}

let names: readonly string[] | null = null;
/** The zone names this runtime knows (Intl.supportedValuesOf), which the setting must be one of. */
export function timeZoneNames(): readonly string[] {
  names ??= Intl.supportedValuesOf('timeZone');
  return names;
}

const checked = new Map<string, boolean>();
/** True for an IANA zone name the runtime can use ("Asia/Ho_Chi_Minh", "UTC"); remembered, as "today" asks often. */
export function isTimeZone(name: string): boolean {
  let ok = checked.get(name);
  if (ok === undefined) {
    ok = name === 'UTC' || timeZoneNames().includes(name) || isAlias(name);
    checked.set(name, ok);
  }
  return ok;
}

/** Aliases Intl accepts though it does not list them ("Asia/Saigon"). */
function isAlias(name: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

interface WallClock {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

function wallClock(instant: Date, timeZone: string): WallClock {
  const out: Record<string, string> = {};
  for (const p of partsFormat(timeZone).formatToParts(instant)) out[p.type] = p.value;
  return {
    year: out.year ?? '',
    month: out.month ?? '',
    day: out.day ?? '',
    hour: out.hour ?? '',
    minute: out.minute ?? '',
  };
}

/** The calendar date of an instant in the office's zone: 2026-12-01T17:30Z is 2026-12-02 in Hanoi. */
export function calendarDateIn(instant: Date, timeZone: string): IsoDate {
  const c = wallClock(instant, timeZone);
  return `${c.year}-${c.month}-${c.day}`;
}

/** An instant as "dd/mm/yyyy hh:mm" in the office's zone; text that is not an instant is returned as it is. */
export function formatDateTimeIn(iso: string, timeZone: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const c = wallClock(d, timeZone);
  return `${c.day}/${c.month}/${c.year} ${c.hour}:${c.minute}`;
}

/** Only the "hh:mm" of an instant in the office's zone. */
export function formatTimeIn(instant: Date, timeZone: string): string {
  const c = wallClock(instant, timeZone);
  return `${c.hour}:${c.minute}`;
}
