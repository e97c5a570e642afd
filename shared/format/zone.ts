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
/**
 * The zone names this runtime knows (Intl.supportedValuesOf), which the setting must be one of. Runtimes
 * list canonical names of different CLDR versions (Node lists "Asia/Saigon", not "Asia/Ho_Chi_Minh"), so
 * the default and UTC are always among them: both work with Intl everywhere.
 */
export function timeZoneNames(): readonly string[] {
  if (!names) {
    const listed = Intl.supportedValuesOf('timeZone');
    names = [...listed, ...[DEFAULT_TIME_ZONE, 'UTC'].filter((z) => !listed.includes(z))].sort();
  }
  return names;
}

let known: ReadonlySet<string> | null = null;
/** True for a zone name of timeZoneNames() ("Asia/Ho_Chi_Minh", "UTC"); a set, as "today" asks often. */
export function isTimeZone(name: string): boolean {
  known ??= new Set(timeZoneNames());
  return known.has(name);
}

interface WallClock {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

function formatWallClock(instant: Date, timeZone: string): WallClock {
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

const MINUTE = 60_000;
/**
 * From here on every zone's offset is a whole number of minutes (the last one that was not, Liberia's
 * -0:44:30, ended in 1972), and offsets change at whole local minutes: every instant of one UTC minute
 * then reads the same wall minute.
 */
const WHOLE_MINUTE_OFFSETS_FROM = Date.UTC(1980, 0, 1);
/** Per zone, the wall clock of the last UTC minute formatted. */
const lastMinute = new Map<string, { start: number; clock: WallClock }>();

/**
 * The wall clock (to the minute) of an instant in a zone. Intl's formatToParts is costly and "today" is
 * asked for on every row a bulk writes, so the answer for one UTC minute is kept per zone (a pure
 * function's last answer: the same minute and zone give the same wall clock).
 */
function wallClock(instant: Date, timeZone: string): WallClock {
  const ms = instant.getTime();
  if (!(ms >= WHOLE_MINUTE_OFFSETS_FROM)) return formatWallClock(instant, timeZone);
  const start = ms - (ms % MINUTE);
  const last = lastMinute.get(timeZone);
  if (last?.start === start) return last.clock;
  const clock = formatWallClock(instant, timeZone);
  lastMinute.set(timeZone, { start, clock });
  return clock;
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
