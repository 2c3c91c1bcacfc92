import { localDayKey } from '../time/zoned';
import type { EngineContext, EngineState } from './types';

/**
 * Whether the daily snooze cap leaves a snooze for today. Its own module so the popup can
 * grey out Snooze without bundling the whole engine.
 */
export function canSnooze(
  s: Pick<EngineState, 'snoozes'>,
  ctx: Pick<EngineContext, 'now' | 'settings' | 'timeZone'>,
): boolean {
  return snoozeLeftOn(s, ctx.settings.snoozeDailyCap, localDayKey(ctx.now, ctx.timeZone));
}

/**
 * The same rule for a given local day (YYYY-MM-DD). The popup passes the day from the
 * browser's own clock: Intl's first use costs a freshly started popup 25–50 ms (issue 15).
 */
export function snoozeLeftOn(s: Pick<EngineState, 'snoozes'>, cap: number, today: string): boolean {
  return (s.snoozes.day === today ? s.snoozes.count : 0) < cap;
}
