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

/*
 * The schemas here and in the key modules are built by functions, when a value is checked,
 * never when the module loads: the worker's heap right after start has a budget (issue 15),
 * and a schema built at load would stay in it for the worker's life. One built for a check
 * is garbage once the check is done.
 */

/*
 * Limits are plain checks rather than valibot's minValue, maxValue and maxLength: those write
 * their limit into a string when built, and a dozen numbers made strings at start make V8
 * grow its number-to-string cache to 64 kB in the worker (issue 15). A message is built only
 * when a value fails.
 */

/** A number from `min` to `max`. */
export const inRange = (min: number, max: number, message?: () => string) =>
  v.check<number, () => string>(
    (n) => n >= min && n <= max,
    message ?? (() => `Expected a value from ${min} to ${max}.`),
  );

/** A string or a list no longer than `max`. */
export const atMost = <T extends { length: number }>(max: number) =>
  v.check<T, () => string>(
    (value) => value.length <= max,
    () => `Expected a length of at most ${max}.`,
  );

/** A real date (within what `Date` can show), for data whose window is checked elsewhere. */
export const realTime = () =>
  v.pipe(v.number(), v.finite(), inRange(EARLIEST_DATE, Date.UTC(2200, 0, 1)));

/** A count from 0 to MAX_COUNT. */
export const boundedCount = () => v.pipe(v.number(), v.integer(), inRange(0, MAX_COUNT));
