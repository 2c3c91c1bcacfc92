/**
 * How the popup's language writes a time of day ("4:09 PM", "16:09"), learnt from Intl
 * (clock-learn.ts) and kept in the page's synchronous storage. Intl's first use in a freshly
 * started popup costs 25–50 ms, more than a whole static page takes to paint (issue 15), so
 * the first frame writes times from this pattern, and Intl only when there is none yet.
 */

import { parseQueryJson } from '@/lib/store/query-json';

export const CLOCK_KEY = 'tend.clock';

/**
 * [for whom: language and browser (an update may change Intl's data), Intl's parts for
 * 16:09 as [type, value], the word for before noon, Intl's hour cycle, two-digit hours].
 */
export type ClockPattern = [string, [string, string][], string, string, boolean];

export const clockOwner = (locale: string) => `${locale} ${navigator.userAgent}`;
const two = (n: number) => String(n).padStart(2, '0');

/** `at`'s time of day written by `pattern`. */
export function writeClock([, parts, am, cycle, pad]: ClockPattern, at: number): string {
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
            : value,
    )
    .join('');
}

let read: ClockPattern | 0 | undefined;

/**
 * The pattern learnt for `locale` in this browser, if any (read once per page): from the
 * page's address, where the worker carries the last one a popup handed it
 * (lib/worker/popup-snapshot.ts), as a page's first read of its storage costs it 5–20 ms
 * before its first paint; else from that storage.
 */
export function clockPattern(locale: string): ClockPattern | undefined {
  const fits = (p: unknown) =>
    Array.isArray(p) && p[0] === clockOwner(locale) && Array.isArray(p[1])
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
