/**
 * Time arithmetic the popup's views and its kept first frame (frame-cache.ts) share. Plain
 * Date, no Intl and no words: the first-frame script loads this before anything else.
 */

const DAY = 24 * 60 * 60 * 1000;

/** Whole minutes until `at`, rounded up, so "1 min" lasts until the moment itself. */
export function minutesUntil(at: number, now: number): number {
  return Math.max(0, Math.ceil((at - now) / 60_000));
}

/** Whether `a` and `b` fall on the same local day. */
export const sameDay = (a: number, b: number): boolean =>
  new Date(a).toDateString() === new Date(b).toDateString();

/**
 * Whether `at` is near enough to `now` to be written with its weekday alone ("Mon 09:00");
 * a moment further off is written with its date too (format-time.ts).
 */
export const withinWeek = (at: number, now: number): boolean => at - now < 6 * DAY;

/** The next local midnight after `now`. */
export function nextMidnight(now: number): number {
  const d = new Date(now);
  d.setHours(24, 0, 0, 0);
  return d.getTime();
}
