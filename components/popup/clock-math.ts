/**
 * Time arithmetic the popup's views and its kept first frame (frame-cache.ts) share. Plain
 * Date, no Intl and no words: the first-frame script loads this before anything else.
 */

/** Whole minutes until `at`, rounded up, so "1 min" lasts until the moment itself. */
export function minutesUntil(at: number, now: number): number {
  return Math.max(0, Math.ceil((at - now) / 60_000));
}

/** Whether `a` and `b` fall on the same local day. */
export const sameDay = (a: number, b: number): boolean =>
  new Date(a).toDateString() === new Date(b).toDateString();

/** The next local midnight after `now`. */
export function nextMidnight(now: number): number {
  const d = new Date(now);
  d.setHours(24, 0, 0, 0);
  return d.getTime();
}
