import * as v from 'valibot';
import type { EngineState } from './types';

const time = v.pipe(v.number(), v.finite());
const maybeTime = v.nullable(time);
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** The stored engine state, validated on every read: a corrupt value is replaced, not used. */
export const engineStateSchema = v.object({
  version: v.literal(1),
  phase: v.picklist(['working', 'deferred', 'due', 'on-break', 'paused', 'off-hours']),
  cycle: count,
  nudgedCycle: count,
  workStartedAt: time,
  workIntervalMs: v.pipe(time, v.minValue(1)),
  nextBreakAt: time,
  dueSince: maybeTime,
  deferredSince: maybeTime,
  breakStartedAt: maybeTime,
  breakDueAt: maybeTime,
  breakEndsAt: maybeTime,
  pausedUntil: maybeTime,
  offHoursUntil: maybeTime,
  snoozes: v.object({ day: v.string(), count }),
  presence: v.object({
    state: v.picklist(['active', 'idle', 'locked']),
    awaySince: maybeTime,
  }),
  lastSeenAt: time,
  nextWakeAt: maybeTime,
  timeZone: v.string(),
}) satisfies v.GenericSchema<unknown, EngineState>;

export function parseEngineState(input: unknown): EngineState | null {
  const parsed = v.safeParse(engineStateSchema, input);
  return parsed.success ? parsed.output : null;
}
