import type { EngineState } from '@/lib/engine/types';
import { localDayKey } from '@/lib/time/zoned';

const MINUTE = 60_000;
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A stored engine state as the worker writes it at `at`: working, 40 min to the next break. */
export function engineAt(at: number, overrides: Partial<EngineState> = {}): EngineState {
  return {
    version: 1,
    phase: 'working',
    cycle: 4,
    nudgedCycle: 3,
    headsUpCycle: 3,
    breaksSinceLong: 0,
    longBreak: false,
    workStartedAt: at - 10 * MINUTE,
    workIntervalMs: 50 * MINUTE,
    nextBreakAt: at + 40 * MINUTE,
    dueSince: null,
    deferredSince: null,
    breakStartedAt: null,
    breakDueAt: null,
    breakEndsAt: null,
    pausedUntil: null,
    offHoursUntil: null,
    snoozes: { day: localDayKey(at, timeZone), count: 0 },
    presence: { state: 'active', awaySince: null },
    lastSeenAt: at,
    nextWakeAt: null,
    timeZone,
    ...overrides,
  };
}
