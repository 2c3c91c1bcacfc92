import type { EngineState } from './types';

/**
 * Whether the daily snooze cap leaves a snooze on the local day `today` (YYYY-MM-DD). Its own
 * module, with no time-zone code, so the popup can grey out Snooze without bundling the
 * engine: the popup passes the day from the browser's own clock, as Intl's first use costs a
 * freshly started popup 25–50 ms (issue 15). The engine passes its zone's day (canSnooze).
 */
export function snoozeLeftOn(s: Pick<EngineState, 'snoozes'>, cap: number, today: string): boolean {
  return (s.snoozes.day === today ? s.snoozes.count : 0) < cap;
}
