/**
 * How the popup's language writes a time of day ("4:09 PM", "16:09"), learnt from Intl
 * (clock-learn.ts) and kept in the page's synchronous storage. Intl's first use in a freshly
 * started popup costs 25–50 ms, more than a whole static page takes to paint (issue 15), so
 * the first frame writes times from this pattern, and Intl only when there is none yet.
 */

import { parseQueryJson } from '@/lib/store/query-json';
import { sameDay, withinWeek } from './clock-math';

export const CLOCK_KEY = 'tend.clock';

/** Intl's parts of a written time as [type, value]. */
type Parts = [string, string][];

/**
 * [for whom: language, browser (an update may change Intl's data) and the pattern's own
 * shape (2 since it has weekdays, so an older one is learnt anew), Intl's parts for
 * 16:09, the word for before noon, Intl's hour cycle, two-digit hours, and if learnt, how
 * another day's time is written ("Wed 4:09 PM"): its parts, the seven weekdays' words
 * (Sunday's first) and two-digit hours (German writes "9:05" but "Mo., 09:05")].
 */
export type ClockPattern = [string, Parts, string, string, boolean, [Parts, string[], boolean]?];

export const clockOwner = (locale: string) => `${locale} ${navigator.userAgent} 2`;
const two = (n: number) => String(n).padStart(2, '0');

function write(
  [, , am, cycle]: ClockPattern,
  [parts, weekdays, pad]: [Parts, string[], boolean],
  at: number,
): string {
  const d = new Date(at);
  const h = d.getHours();
  const hour =
    cycle === 'h23' ? h : cycle === 'h11' ? h % 12 : cycle === 'h24' ? h || 24 : h % 12 || 12;
  return parts
    .map(([type, value]) =>
      type === 'hour'
        ? pad
          ? two(hour)
          : hour
        : type === 'minute'
          ? two(d.getMinutes())
          : type === 'dayPeriod' && h < 12
            ? am
            : type === 'weekday'
              ? weekdays[d.getDay()]
              : value,
    )
    .join('');
}

/** `at`'s time of day written by `pattern`. */
export const writeClock = (pattern: ClockPattern, at: number): string =>
  write(pattern, [pattern[1], [], pattern[4]], at);

/** `at`'s weekday and time written by `pattern`, if it has learnt how ("Wed 4:09 PM"). */
export function writeDayClock(pattern: ClockPattern, at: number): string | undefined {
  const day = pattern[5];
  return day && write(pattern, day, at);
}

/**
 * `at` as formatMoment says it at `now`, written by `pattern` if it can: today's time, or
 * another day's within the week once the pattern has learnt weekdays; else undefined (Intl's).
 */
export function writeMoment(pattern: ClockPattern, at: number, now: number): string | undefined {
  if (sameDay(at, now)) return writeClock(pattern, at);
  return withinWeek(at, now) ? writeDayClock(pattern, at) : undefined;
}

const isParts = (x: unknown): x is Parts =>
  Array.isArray(x) &&
  x.every((p) => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string');

let read: ClockPattern | 0 | undefined;

/**
 * The pattern learnt for `locale` in this browser, if any (read once per page): from the
 * page's address, where the worker carries the last one a popup handed it
 * (lib/worker/popup-snapshot.ts), as a page's first read of its storage costs it 5–20 ms
 * before its first paint; else from that storage.
 */
export function clockPattern(locale: string): ClockPattern | undefined {
  // Whose it is, and parts that writing can walk: a damaged copy must not break the popup.
  const fits = (p: unknown) =>
    Array.isArray(p) &&
    p[0] === clockOwner(locale) &&
    isParts(p[1]) &&
    (p[5] === undefined ||
      (Array.isArray(p[5]) && isParts(p[5][0]) && Array.isArray(p[5][1]) && p[5][1].length === 7))
      ? (p as ClockPattern)
      : undefined;
  if (read === undefined) {
    try {
      read = fits(parseQueryJson(location.search, 'clock'));
    } catch {
      // damaged: storage's, as below
    }
  }
  try {
    read ??= JSON.parse(localStorage.getItem(CLOCK_KEY) ?? '0') as ClockPattern | 0;
  } catch {
    read = 0; // unreadable: Intl writes the times
  }
  return fits(read);
}
