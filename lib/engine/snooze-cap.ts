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
  const usedToday = s.snoozes.day === localDayKey(ctx.now, ctx.timeZone) ? s.snoozes.count : 0;
  return usedToday < ctx.settings.snoozeDailyCap;
}
