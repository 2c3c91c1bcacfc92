import * as v from 'valibot';
import { MAX_PAUSE_MS } from '../engine/pause-cap';
import type { EngineState } from '../engine/types';
import { atMost, boundedCount, FUTURE_WINDOW_MS, inRange, isSaneTime } from './bounds';
import { defineKey, type Parsed } from './define';

const DAY = 24 * 60 * 60 * 1000;
/** A clock set back by up to this much is handled by the engine (it shifts every time). */
const CLOCK_BACK_WINDOW_MS = 30 * DAY;

const time = () => v.pipe(v.number(), v.finite());
const maybeTime = () => v.nullable(time());

/**
 * The stored engine state's shape; its times are checked against now in `parseEngineState`.
 * Built per check, not kept (lib/store/bounds.ts says why).
 */
const engineStateSchema = () =>
  v.object({
    // Not v.literal(1): it makes its number a string when built (bounds.ts says why).
    version: v.custom<1>((x) => x === 1),
    phase: v.picklist(['working', 'deferred', 'due', 'on-break', 'paused', 'off-hours']),
    cycle: boundedCount(),
    nudgedCycle: boundedCount(),
    // Added after version 1 shipped: a state stored before has none, and keeps working.
    headsUpCycle: v.optional(boundedCount(), 0),
    breaksSinceLong: v.optional(boundedCount(), 0),
    longBreak: v.optional(v.boolean(), false),
    workStartedAt: time(),
    workIntervalMs: v.pipe(time(), inRange(1, DAY)),
    nextBreakAt: time(),
    dueSince: maybeTime(),
    deferredSince: maybeTime(),
    breakStartedAt: maybeTime(),
    breakDueAt: maybeTime(),
    breakEndsAt: maybeTime(),
    pausedUntil: maybeTime(),
    offHoursUntil: maybeTime(),
    snoozes: v.object({ day: v.pipe(v.string(), atMost<string>(10)), count: boundedCount() }),
    presence: v.object({
      state: v.picklist(['active', 'idle', 'locked']),
      awaySince: maybeTime(),
    }),
    lastSeenAt: time(),
    nextWakeAt: maybeTime(),
    timeZone: v.pipe(v.string(), atMost<string>(64)),
  }) satisfies v.GenericSchema<unknown, EngineState>;

const timeFields = [
  'workStartedAt',
  'nextBreakAt',
  'dueSince',
  'deferredSince',
  'breakStartedAt',
  'breakDueAt',
  'breakEndsAt',
  'offHoursUntil',
  'lastSeenAt',
  'nextWakeAt',
] as const;

/**
 * The stored engine state, or null when it cannot be trusted (the worker then starts a fresh
 * interval). Beyond its shape: the last event was at a real time (at most a month ahead of
 * now: a clock set back), and every other time lies within days of it. A pause longer than
 * the cap is cut to the cap rather than dropped, so the user's pause is kept.
 */
export function parseEngineState(raw: unknown, now: number): Parsed<EngineState | null> {
  const parsed = v.safeParse(engineStateSchema(), raw);
  if (!parsed.success) return { value: null, problems: ['not a valid engine state'] };
  let s: EngineState = parsed.output;
  if (!isSaneTime(s.lastSeenAt, now, CLOCK_BACK_WINDOW_MS)) {
    return { value: null, problems: ['lastSeenAt is not a sane time'] };
  }
  const anchor = Math.max(now, s.lastSeenAt);
  const insane = timeFields.filter((f) => {
    const t = s[f];
    return t !== null && !isSaneTime(t, anchor, FUTURE_WINDOW_MS);
  });
  if (s.presence.awaySince !== null && !isSaneTime(s.presence.awaySince, anchor, 0)) {
    insane.push('presence' as never);
  }
  if (insane.length > 0) return { value: null, problems: [`insane times: ${insane.join(', ')}`] };
  const problems: string[] = [];
  if (s.pausedUntil !== null) {
    const cap = s.lastSeenAt + MAX_PAUSE_MS;
    if (!Number.isFinite(s.pausedUntil) || s.pausedUntil > cap) {
      s = { ...s, pausedUntil: cap };
      problems.push('pause longer than the cap, cut to it');
    }
  }
  if (s.nudgedCycle > s.cycle) {
    s = { ...s, nudgedCycle: s.cycle };
    problems.push('nudgedCycle ahead of cycle');
  }
  if (s.headsUpCycle > s.cycle) {
    s = { ...s, headsUpCycle: s.cycle };
    problems.push('headsUpCycle ahead of cycle');
  }
  return { value: s, problems };
}

/** The break engine's state (absolute times; see lib/engine/types.ts). */
export const engineStateKey = defineKey<EngineState | null>({
  area: 'local',
  key: 'engineState',
  version: 1,
  fallback: () => null,
  parse: parseEngineState,
});
