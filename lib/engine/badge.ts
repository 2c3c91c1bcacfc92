import type { Settings } from '../settings/settings';
import type { BadgeTone, EngineState } from './types';

const MINUTE = 60_000;

/** The instant the countdown is counting towards, if the badge shows one. */
function countdownTarget(s: EngineState): number | null {
  if (s.phase === 'working') return s.nextBreakAt;
  if (s.phase === 'on-break') return s.breakEndsAt;
  return null;
}

/** Minutes left, rounded up, so "1m" shows until the very moment the break is due. */
function minutesLeft(target: number, now: number): number {
  return Math.max(1, Math.ceil((target - now) / MINUTE));
}

/** What the toolbar badge says: minutes left (if the countdown is on) and a tone. */
export function badgeFor(
  s: EngineState,
  now: number,
  settings: Settings,
): { minutes: number | null; tone: BadgeTone } {
  switch (s.phase) {
    case 'due':
      return { minutes: null, tone: 'due' };
    case 'working':
    case 'on-break': {
      const target = countdownTarget(s);
      const tone: BadgeTone = s.phase === 'working' ? 'counting' : 'break';
      return {
        minutes: settings.badgeCountdown && target !== null ? minutesLeft(target, now) : null,
        tone,
      };
    }
    default:
      return { minutes: null, tone: 'quiet' };
  }
}

/**
 * When the badge's number next changes: the moment the rounded-up minutes drop by one. With
 * the countdown off this is null, and the worker sleeps until the break itself.
 */
export function nextBadgeChange(s: EngineState, now: number, settings: Settings): number | null {
  if (!settings.badgeCountdown) return null;
  const target = countdownTarget(s);
  if (target === null || target <= now) return null;
  const shown = minutesLeft(target, now);
  return shown <= 1 ? null : target - (shown - 1) * MINUTE;
}
