import * as v from 'valibot';

/**
 * Bounds for stored numbers. A value can pass a type check and still be nonsense (a due time
 * of 1e300, a pause until the year 287,000, a cycle so large that `+ 1` no longer changes
 * it); each would freeze or silence Tend. Every stored time is a real date in a sane window
 * around now, and every counter stays far below where arithmetic breaks.
 */

const DAY = 24 * 60 * 60 * 1000;

/** No Tend data is older than this (Tend did not exist yet). */
export const EARLIEST_DATE = Date.UTC(2020, 0, 1);
/** How far ahead of now a stored time may lie: the longest pause (7 days) and some slack. */
export const FUTURE_WINDOW_MS = 8 * DAY;
/** A history entry may lie this far ahead of now (a clock set back), never more. */
export const HISTORY_FUTURE_MS = 30 * DAY;
/** Counters (cycle numbers) stay below this: billions of breaks, far from float trouble. */
export const MAX_COUNT = 2 ** 31;

/** A finite epoch-ms time from EARLIEST_DATE to `now + ahead`. */
export function isSaneTime(t: number, now: number, ahead: number): boolean {
  return Number.isFinite(t) && t >= EARLIEST_DATE && t <= now + ahead;
}

/** A real date (within what `Date` can show), for data whose window is checked elsewhere. */
export const realTime = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(EARLIEST_DATE),
  v.maxValue(Date.UTC(2200, 0, 1)),
);

/** A count from 0 to MAX_COUNT. */
export const boundedCount = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT));
