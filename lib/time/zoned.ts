/**
 * Local calendar time in an IANA time zone, from the platform's Intl data. Pure: the zone is
 * an argument, so tests can pin it (and cross a DST change) without touching the machine.
 */
import { dayKey } from './day-key';

export { dayKey };

export interface LocalParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 0 = Sunday */
  weekday: number;
  /** Minutes after local midnight. */
  minuteOfDay: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}
/** Whether the platform knows this zone; an unknown zone would make Intl throw. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function wallClock(ms: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(ms)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

export function localParts(ms: number, timeZone: string): LocalParts {
  const w = wallClock(ms, timeZone);
  return {
    year: w.year,
    month: w.month,
    day: w.day,
    weekday: new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay(),
    minuteOfDay: w.hour * 60 + w.minute,
  };
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

/**
 * The instant of a local date and time. A time skipped by a DST change (02:30 on the spring
 * day) lands just after the gap; a repeated time (autumn) resolves to its first occurrence.
 */
export function zonedTime(
  year: number,
  month: number,
  day: number,
  minuteOfDay: number,
  timeZone: string,
): number {
  const naive = Date.UTC(year, month - 1, day, 0, minuteOfDay);
  const first = naive - offsetAt(naive, timeZone);
  const second = naive - offsetAt(first, timeZone);
  if (first === second) return first;
  // The offsets disagree around a DST change: take the earlier instant that reads right,
  // or the later one when the wall time does not exist.
  const candidates = [first, second].sort((a, b) => a - b);
  for (const c of candidates) {
    const back = localParts(c, timeZone);
    if (back.minuteOfDay === ((minuteOfDay % 1440) + 1440) % 1440) return c;
  }
  return candidates[1] ?? second;
}

/** The local calendar date `days` after the one given (negative goes back). */
export function addDays(
  date: { year: number; month: number; day: number },
  days: number,
): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

/** "YYYY-MM-DD" of the local day, for per-day counters such as the snooze cap. */
export function localDayKey(ms: number, timeZone: string): string {
  const p = localParts(ms, timeZone);
  return dayKey(p.year, p.month, p.day);
}

/** The instant the next local day starts. */
export function nextLocalMidnight(ms: number, timeZone: string): number {
  const tomorrow = addDays(localParts(ms, timeZone), 1);
  return zonedTime(tomorrow.year, tomorrow.month, tomorrow.day, 0, timeZone);
}
