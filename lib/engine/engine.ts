import type { Settings } from '../settings/settings';
import { localDayKey, nextLocalMidnight } from '../time/zoned';
import { badgeFor, nextBadgeChange } from './badge';
import { MAX_PAUSE_MS } from './pause-cap';
import { snoozeLeftOn } from './snooze-cap';
import type {
  Effect,
  EngineContext,
  EngineEvent,
  EngineState,
  HistoryEntry,
  PauseRequest,
  Transition,
} from './types';
import { currentWorkPeriod, nextWorkPeriodStart } from './work-hours';

/**
 * The break engine: `reduce(state, event, context) -> { state, effects }`. Pure: no browser
 * API, no clock. Every call first makes sense of the time that passed (sleep, a clock change,
 * an absence), then applies the event, then settles everything that has come due by `now`,
 * and finally says when it next needs to be woken. Because the state holds only absolute
 * times, a worker that is killed and restarted loses nothing.
 */

const MINUTE = 60_000;
/** A wake later than asked by more than this (and at least a break long) was sleep. */
const WAKE_TOLERANCE_MS = 10_000;
/** A clock that reads this much earlier than the last event was set back. */
const CLOCK_BACK_TOLERANCE_MS = 2_000;
/** How often a deferred nudge looks again whether the fullscreen window has gone. */
const DEFER_RECHECK_MS = MINUTE;
/** After an absence, a resumed interval keeps at least this much (never a break at once). */
const RESUME_GRACE_MS = 2 * MINUTE;
/** After a settings change, a break that is now overdue comes at the earliest this late. */
const RESCHEDULE_GRACE_MS = MINUTE;
/** `breaksSinceLong` stops counting here: far above the largest "every Nth" (10). */
const MAX_BREAKS_SINCE_LONG = 100;

/** The times that belong to one phase only; a new work interval clears them all. */
const phaseTimesCleared = {
  dueSince: null,
  deferredSince: null,
  breakStartedAt: null,
  breakDueAt: null,
  breakEndsAt: null,
  pausedUntil: null,
  offHoursUntil: null,
} as const;

/** Whether the daily snooze cap leaves a snooze for today, in the engine's time zone. */
function canSnooze(
  s: Pick<EngineState, 'snoozes'>,
  ctx: Pick<EngineContext, 'now' | 'settings' | 'timeZone'>,
): boolean {
  return snoozeLeftOn(s, ctx.settings.snoozeDailyCap, localDayKey(ctx.now, ctx.timeZone));
}

export function initialState(ctx: EngineContext): EngineState {
  const blank: EngineState = {
    version: 1,
    phase: 'working',
    cycle: 0,
    nudgedCycle: 0,
    headsUpCycle: 0,
    breaksSinceLong: 0,
    longBreak: false,
    workStartedAt: ctx.now,
    workIntervalMs: ctx.settings.workIntervalSec * 1000,
    nextBreakAt: ctx.now + ctx.settings.workIntervalSec * 1000,
    ...phaseTimesCleared,
    snoozes: { day: localDayKey(ctx.now, ctx.timeZone), count: 0 },
    presence: { state: 'active', awaySince: null },
    lastSeenAt: ctx.now,
    nextWakeAt: null,
    timeZone: ctx.timeZone,
  };
  return startWork(blank, ctx.now, ctx);
}

export function reduce(state: EngineState, event: EngineEvent, ctx: EngineContext): Transition {
  const effects: Effect[] = [];
  let s = observeTime(state, event, ctx, effects);
  s = applyEvent(s, event, ctx, effects);
  s = settle(s, ctx, effects);
  // One place clears a heads-up: whenever its cycle stops counting down (the nudge came, the
  // break was skipped, snoozed, taken early, paused, deferred or went off-hours).
  const shown = headsUpShown(state);
  // First of the event's effects, so the heads-up is gone before the nudge shows.
  if (shown !== null && shown !== headsUpShown(s)) {
    effects.unshift({ type: 'clear-heads-up', cycle: shown });
  }
  return finish(s, event, ctx, effects);
}

/* ---------------------------------------------------------------- long breaks and heads-up */

/**
 * Whether the next break is a long one: `longBreakEvery` N > 0 and N − 1 breaks have counted
 * since the last long one. What counts (`countBreak`): a taken break (however it ended), and
 * a natural one. A long break taken, or a natural break at least the long length, starts the
 * count afresh. Skips, snoozes, pauses, off-hours and absences with natural breaks off leave
 * the count alone, so the long break stays owed until one is actually had.
 */
export function longBreakOwed(s: EngineState, settings: Settings): boolean {
  const every = settings.longBreakEvery;
  return every > 0 && s.breaksSinceLong >= every - 1;
}

/** The length of the break `s` is taking (or has due), long or not. */
export function breakLengthMs(s: EngineState, settings: Settings): number {
  return (s.longBreak ? settings.longBreakLengthSec : settings.breakLengthSec) * 1000;
}

/** The count after a break was had; `long`: it was the long one (or as long as one). */
function countBreak(s: EngineState, long: boolean, settings: Settings): EngineState {
  const breaksSinceLong =
    settings.longBreakEvery === 0 || long
      ? 0
      : Math.min(s.breaksSinceLong + 1, MAX_BREAKS_SINCE_LONG);
  return { ...s, breaksSinceLong };
}

/** When the heads-up of the current cycle is due, or null when there is none to give. */
function headsUpAt(s: EngineState, settings: Settings): number | null {
  if (settings.headsUpSec === 0 || settings.nudgeStyle !== 'notification') return null;
  if (s.phase !== 'working' || s.headsUpCycle === s.cycle || s.nudgedCycle === s.cycle) {
    return null;
  }
  const at = s.nextBreakAt - settings.headsUpSec * 1000;
  // A cycle that began closer to its break than the heads-up time gets none: a notice the
  // moment work starts (after a short snooze, a resume) would only be noise.
  return at >= s.workStartedAt ? at : null;
}

/**
 * The cycle whose heads-up is on screen now, or null. (A cycle marked as having had its
 * heads-up because its moment had passed may count too; clearing that one is harmless.)
 */
function headsUpShown(s: EngineState): number | null {
  return s.phase === 'working' && s.headsUpCycle === s.cycle ? s.cycle : null;
}

/** What the next break would be if `settings` were saved now: for the options preview. */
export function previewNextBreak(
  state: EngineState,
  settings: Settings,
  now: number,
  timeZone: string,
): number | null {
  const ctx: EngineContext = {
    now,
    settings,
    timeZone,
    env: { fullscreen: false, audible: false },
  };
  const { state: next } = reduce(state, { type: 'settings-changed' }, ctx);
  if (next.phase === 'working' || next.phase === 'deferred' || next.phase === 'due') {
    return next.nextBreakAt;
  }
  if (next.phase === 'off-hours' && next.offHoursUntil !== null) {
    const period = currentWorkPeriod(settings, next.offHoursUntil, timeZone);
    const at = next.offHoursUntil + settings.workIntervalSec * 1000;
    return period && at < period.end ? at : null;
  }
  return null;
}

/* ---------------------------------------------------------------- time passing */

function observeTime(
  state: EngineState,
  event: EngineEvent,
  ctx: EngineContext,
  effects: Effect[],
): EngineState {
  let s = state;
  // A clock set back would hold every due time far in the future: shift them all by the
  // jump, as if no time had passed since the last event.
  if (ctx.now < s.lastSeenAt - CLOCK_BACK_TOLERANCE_MS) s = shiftTimes(s, ctx.now - s.lastSeenAt);

  // The engine asked to be woken at `nextWakeAt`; waking much later means the machine slept,
  // the browser was closed, or the clock jumped forward. While the user already counts as
  // away, the presence events account for the absence instead.
  // A browser that was closed since the last event was gone from then on: the absence counts
  // from the last event seen, not from a due time that passed while it was closed.
  const browserClosed = event.type === 'startup' && event.browserStarted === true;
  if ((s.nextWakeAt !== null || browserClosed) && s.presence.state === 'active') {
    const awayFrom = browserClosed ? s.lastSeenAt : Math.max(s.lastSeenAt, s.nextWakeAt ?? 0);
    if (ctx.now - awayFrom > WAKE_TOLERANCE_MS) {
      s = returnFromAbsence(s, awayFrom, ctx, effects, WAKE_TOLERANCE_MS);
    }
  }

  const today = localDayKey(ctx.now, ctx.timeZone);
  if (s.snoozes.day !== today) s = { ...s, snoozes: { day: today, count: 0 } };
  return s;
}

function shiftTimes(s: EngineState, delta: number): EngineState {
  const shift = (t: number | null) => (t === null ? null : t + delta);
  return {
    ...s,
    workStartedAt: s.workStartedAt + delta,
    nextBreakAt: s.nextBreakAt + delta,
    dueSince: shift(s.dueSince),
    deferredSince: shift(s.deferredSince),
    breakStartedAt: shift(s.breakStartedAt),
    breakDueAt: shift(s.breakDueAt),
    breakEndsAt: shift(s.breakEndsAt),
    pausedUntil: shift(s.pausedUntil),
    presence: { ...s.presence, awaySince: shift(s.presence.awaySince) },
    lastSeenAt: s.lastSeenAt + delta,
    nextWakeAt: shift(s.nextWakeAt),
  };
}

/**
 * The user is back after being away since `awayFrom`. Away for at least a break's length:
 * with natural breaks on, that was a break (recorded, fresh interval); with them off, the
 * "after a long absence" setting says whether to start afresh or keep the time left. Either
 * way a break never fires the moment someone returns.
 */
function returnFromAbsence(
  s: EngineState,
  awayFrom: number,
  ctx: EngineContext,
  effects: Effect[],
  /** The shortest absence that can be told from noise: a late alarm is not an absence. */
  atLeastMs = 0,
): EngineState {
  const away = ctx.now - awayFrom;
  if (away < Math.max(ctx.settings.breakLengthSec * 1000, atLeastMs)) return s;
  if (s.phase !== 'working' && s.phase !== 'deferred' && s.phase !== 'due') return s;

  if (s.phase === 'due') effects.push({ type: 'clear-nudge' });
  if (ctx.settings.naturalBreaks) {
    effects.push({
      type: 'record',
      entry: {
        kind: 'natural',
        at: awayFrom,
        durationMs: away,
        dueAt: s.nextBreakAt <= ctx.now ? s.nextBreakAt : undefined,
        cycle: s.cycle,
      },
    });
    const long = away >= ctx.settings.longBreakLengthSec * 1000;
    return startWork(countBreak(s, long, ctx.settings), ctx.now, ctx);
  }
  if (ctx.settings.afterLongAbsence === 'resume') {
    const left = Math.max(s.nextBreakAt - awayFrom, Math.min(RESUME_GRACE_MS, s.workIntervalMs));
    return startWork(s, ctx.now, ctx, ctx.now + left);
  }
  return startWork(s, ctx.now, ctx);
}

/* ---------------------------------------------------------------- events */

function applyEvent(
  s: EngineState,
  event: EngineEvent,
  ctx: EngineContext,
  effects: Effect[],
): EngineState {
  const { now, settings } = ctx;
  switch (event.type) {
    case 'tick':
      return s;
    case 'startup':
      effects.push({ type: 'set-idle-threshold', seconds: settings.idleThresholdSec });
      return s;
    case 'settings-changed':
      effects.push({ type: 'set-idle-threshold', seconds: settings.idleThresholdSec });
      return applySettings(s, ctx);
    case 'presence': {
      if (event.state === 'active') {
        const awaySince = s.presence.awaySince;
        const back: EngineState = { ...s, presence: { state: 'active', awaySince: null } };
        return awaySince === null ? back : returnFromAbsence(back, awaySince, ctx, effects);
      }
      // "idle" is reported after the threshold has already passed without input.
      const startedAway = event.state === 'idle' ? now - settings.idleThresholdSec * 1000 : now;
      const awaySince = s.presence.awaySince ?? startedAway;
      return { ...s, presence: { state: event.state, awaySince } };
    }
    case 'start-break': {
      if (s.phase === 'on-break' || isStale(s, event)) return s;
      if (s.phase === 'due') effects.push({ type: 'clear-nudge' });
      const longBreak = longBreakOwed(s, settings);
      effects.push({ type: 'offer-exercise', cycle: s.cycle, long: longBreak });
      if (event.source === 'notification') effects.push({ type: 'open-exercise' });
      const wasDue = s.phase === 'due' || s.phase === 'deferred';
      return {
        ...s,
        phase: 'on-break',
        longBreak,
        breakStartedAt: now,
        breakDueAt: wasDue ? s.nextBreakAt : null,
        breakEndsAt: now + breakLengthMs({ ...s, longBreak }, settings),
        dueSince: null,
        deferredSince: null,
        pausedUntil: null,
        offHoursUntil: null,
      };
    }
    case 'finish-break': {
      const exercise = {
        exerciseId: event.exerciseId,
        exerciseKind: event.exerciseKind,
        completed: event.completed,
      };
      // A cycle that has not begun yet is no cycle at all.
      if (event.cycle !== undefined && event.cycle > s.cycle) return s;
      if (s.phase !== 'on-break' || s.breakStartedAt === null || isStale(s, event)) {
        // Not during this break: an exercise done outside a break, or for a break that has
        // ended (on its own, or by this same Done sent twice). The edge attaches it to that
        // cycle's break, once.
        if (event.exerciseId) {
          const cycle = event.cycle ?? s.cycle;
          effects.push({
            type: 'record-exercise',
            entry: { kind: 'taken', at: now, cycle, ...exercise },
          });
        }
        return s;
      }
      effects.push({ type: 'record', entry: takenBreak(s, now, exercise) });
      return startWork(countBreak(s, s.longBreak, settings), now, ctx);
    }
    case 'snooze':
      return isStale(s, event) ? s : snooze(s, event.minutes, ctx, effects);
    case 'skip': {
      if (s.phase !== 'working' && s.phase !== 'deferred' && s.phase !== 'due') return s;
      if (isStale(s, event)) return s;
      if (s.phase === 'due') effects.push({ type: 'clear-nudge' });
      effects.push({
        type: 'record',
        entry: { kind: 'skipped', at: now, dueAt: s.nextBreakAt, cycle: s.cycle },
      });
      return startWork(s, now, ctx);
    }
    case 'pause': {
      const until = pauseEnd(event.request, ctx);
      if (until === null) return s;
      if (s.phase === 'due') effects.push({ type: 'clear-nudge' });
      let counted = s;
      if (s.phase === 'on-break' && s.breakStartedAt !== null) {
        effects.push({ type: 'record', entry: takenBreak(s, now, {}) });
        // The break is recorded under its cycle: a break taken during the pause is another.
        counted = { ...countBreak(s, s.longBreak, settings), cycle: s.cycle + 1 };
      }
      return {
        ...counted,
        phase: 'paused',
        longBreak: false,
        pausedUntil: until,
        dueSince: null,
        deferredSince: null,
        breakStartedAt: null,
        breakDueAt: null,
        breakEndsAt: null,
        offHoursUntil: null,
      };
    }
    case 'resume':
      return s.phase === 'paused' ? startWork(s, now, ctx) : s;
  }
}

/** An event meant for a cycle that is over (a repeated click, a stale page). */
function isStale(s: EngineState, event: { cycle?: number | undefined }): boolean {
  return event.cycle !== undefined && event.cycle !== s.cycle;
}

function takenBreak(
  s: EngineState,
  now: number,
  exercise: Pick<HistoryEntry, 'exerciseId' | 'exerciseKind' | 'completed'>,
): HistoryEntry {
  const at = s.breakStartedAt ?? now;
  const entry: HistoryEntry = {
    kind: 'taken',
    at,
    durationMs: Math.max(0, now - at),
    cycle: s.cycle,
  };
  if (s.breakDueAt !== null) entry.dueAt = s.breakDueAt;
  if (exercise.exerciseId !== undefined) entry.exerciseId = exercise.exerciseId;
  if (exercise.exerciseKind !== undefined) entry.exerciseKind = exercise.exerciseKind;
  if (exercise.completed !== undefined) entry.completed = exercise.completed;
  return entry;
}

function snooze(
  s: EngineState,
  minutes: number | undefined,
  ctx: EngineContext,
  effects: Effect[],
): EngineState {
  if (s.phase !== 'working' && s.phase !== 'deferred' && s.phase !== 'due') return s;
  if (!canSnooze(s, ctx)) return s;
  const requested =
    minutes !== undefined && Number.isFinite(minutes) && minutes > 0 && minutes <= 60
      ? minutes * MINUTE
      : ctx.settings.snoozeSec * 1000;
  effects.push({
    type: 'record',
    entry: {
      kind: 'snoozed',
      at: ctx.now,
      dueAt: s.nextBreakAt,
      durationMs: requested,
      cycle: s.cycle,
    },
  });
  const snoozes = { ...s.snoozes, count: s.snoozes.count + 1 };
  // Every snooze moves on to a new cycle, so a second click meant for the same break is seen
  // as stale instead of snoozing twice.
  if (s.phase === 'working') {
    const next = { ...s, snoozes, cycle: s.cycle + 1, nextBreakAt: s.nextBreakAt + requested };
    // The snoozed break gets a heads-up of its own, unless its moment has already passed.
    const late = next.nextBreakAt - ctx.settings.headsUpSec * 1000 <= ctx.now;
    return late ? { ...next, headsUpCycle: next.cycle } : next;
  }
  // A nudged break that is snoozed comes back as a new cycle, so it may nudge once more.
  if (s.phase === 'due') effects.push({ type: 'clear-nudge' });
  return { ...startWork({ ...s, snoozes }, ctx.now, ctx, ctx.now + requested) };
}

function pauseEnd(request: PauseRequest, ctx: EngineContext): number | null {
  const { now, settings, timeZone } = ctx;
  let until: number;
  if ('minutes' in request) until = now + request.minutes * MINUTE;
  else if ('until' in request) until = request.until;
  else {
    // "Until tomorrow": the first work period of a later day, or the next midnight.
    const midnight = nextLocalMidnight(now, timeZone);
    until = settings.workHours.enabled
      ? (nextWorkPeriodStart(settings, midnight - 1, timeZone) ?? midnight)
      : midnight;
  }
  if (!Number.isFinite(until) || until <= now) return null;
  return Math.min(until, now + MAX_PAUSE_MS);
}

function applySettings(s: EngineState, ctx: EngineContext): EngineState {
  const { now, settings } = ctx;
  const intervalMs = settings.workIntervalSec * 1000;
  if ((s.phase === 'working' || s.phase === 'deferred') && intervalMs !== s.workIntervalMs) {
    // Keep the work already done in this cycle; a break that is now overdue comes soon,
    // not this very second.
    const moved = s.nextBreakAt + (intervalMs - s.workIntervalMs);
    const earliest = now + Math.min(RESCHEDULE_GRACE_MS, intervalMs);
    return {
      ...s,
      phase: 'working',
      deferredSince: null,
      workIntervalMs: intervalMs,
      nextBreakAt: Math.max(moved, earliest),
    };
  }
  if (s.phase === 'on-break' && s.breakStartedAt !== null) {
    return {
      ...s,
      breakEndsAt: Math.max(now, s.breakStartedAt + breakLengthMs(s, settings)),
    };
  }
  return s;
}

/* ---------------------------------------------------------------- settling */

/** A fresh work interval from `at` (or an off-hours wait when `at` is outside work hours). */
function startWork(s: EngineState, at: number, ctx: EngineContext, breakAt?: number): EngineState {
  const intervalMs = ctx.settings.workIntervalSec * 1000;
  return {
    ...s,
    phase: 'working',
    cycle: s.cycle + 1,
    workStartedAt: at,
    workIntervalMs: intervalMs,
    nextBreakAt: breakAt ?? at + intervalMs,
    longBreak: false,
    ...phaseTimesCleared,
  };
}

/**
 * Moves the state through every transition that has come due by `now`. Loops because one
 * transition can make another due (a pause that ended while off-hours began); each step
 * strictly advances, and the loop is bounded in case of a bug.
 */
function settle(state: EngineState, ctx: EngineContext, effects: Effect[]): EngineState {
  let s = state;
  for (let step = 0; step < 8; step++) {
    const next = settleOnce(s, ctx, effects);
    if (next === s) return s;
    s = next;
  }
  return s;
}

function settleOnce(s: EngineState, ctx: EngineContext, effects: Effect[]): EngineState {
  const { now, settings, timeZone, env } = ctx;
  switch (s.phase) {
    case 'paused':
      return s.pausedUntil === null || now >= s.pausedUntil ? startWork(s, now, ctx) : s;
    case 'on-break':
      if (s.breakEndsAt === null || now < s.breakEndsAt) return s;
      effects.push({ type: 'record', entry: takenBreak(s, s.breakEndsAt, {}) });
      // Back-to-back cycles stay exact; after sleeping through the end, start from now so
      // the next break does not come due the moment the machine wakes.
      return startWork(
        countBreak(s, s.longBreak, settings),
        now - s.breakEndsAt > WAKE_TOLERANCE_MS ? now : s.breakEndsAt,
        ctx,
      );
    case 'off-hours': {
      if (currentWorkPeriod(settings, now, timeZone)) return startWork(s, now, ctx);
      const until = nextWorkPeriodStart(settings, now, timeZone);
      return until === s.offHoursUntil ? s : { ...s, offHoursUntil: until };
    }
    case 'working':
    case 'deferred':
    case 'due': {
      if (!currentWorkPeriod(settings, now, timeZone)) {
        if (s.phase === 'due') effects.push({ type: 'clear-nudge' });
        return {
          ...s,
          phase: 'off-hours',
          offHoursUntil: nextWorkPeriodStart(settings, now, timeZone),
          dueSince: null,
          deferredSince: null,
          longBreak: false,
        };
      }
      if (s.phase === 'due') return s;
      if (now < s.nextBreakAt) {
        const headsUp = headsUpAt(s, settings);
        if (headsUp === null || now < headsUp || s.presence.state !== 'active') return s;
        effects.push({ type: 'show-heads-up', cycle: s.cycle, at: s.nextBreakAt });
        return { ...s, headsUpCycle: s.cycle };
      }
      // Nobody is there to see a nudge; when they come back, the absence decides.
      if (s.presence.state !== 'active') return s;
      const holdFor =
        (settings.deferInFullscreen && env.fullscreen) ||
        (settings.deferWhileAudible && env.audible);
      const deferredSince = s.deferredSince ?? now;
      if (holdFor && now - deferredSince < settings.deferCapSec * 1000) {
        if (s.phase === 'deferred') return s;
        effects.push({
          type: 'record',
          entry: { kind: 'deferred', at: now, dueAt: s.nextBreakAt, cycle: s.cycle },
        });
        return { ...s, phase: 'deferred', deferredSince };
      }
      const longBreak = longBreakOwed(s, settings);
      effects.push({ type: 'offer-exercise', cycle: s.cycle, long: longBreak });
      // The one place a nudge is made; `nudgedCycle` keeps it to one per cycle.
      if (s.nudgedCycle !== s.cycle && settings.nudgeStyle === 'notification') {
        effects.push({
          type: 'show-nudge',
          cycle: s.cycle,
          sound: settings.sound,
          canSnooze: canSnooze(s, ctx),
          long: longBreak,
        });
      }
      return {
        ...s,
        phase: 'due',
        dueSince: now,
        deferredSince: null,
        nudgedCycle: s.cycle,
        longBreak,
      };
    }
  }
}

/** Badge and the next wake-up, computed from the settled state. */
function finish(s: EngineState, _event: EngineEvent, ctx: EngineContext, effects: Effect[]) {
  const { now, settings, timeZone } = ctx;
  const wakes: number[] = [];
  const period = currentWorkPeriod(settings, now, timeZone);
  switch (s.phase) {
    case 'working': {
      wakes.push(s.nextBreakAt);
      const headsUp = headsUpAt(s, settings);
      if (headsUp !== null) wakes.push(headsUp);
      if (period) wakes.push(period.end);
      break;
    }
    case 'deferred':
      wakes.push(
        Math.min(now + DEFER_RECHECK_MS, (s.deferredSince ?? now) + settings.deferCapSec * 1000),
      );
      if (period) wakes.push(period.end);
      break;
    case 'due':
      if (period) wakes.push(period.end);
      break;
    case 'on-break':
      if (s.breakEndsAt !== null) wakes.push(s.breakEndsAt);
      break;
    case 'paused':
      if (s.pausedUntil !== null) wakes.push(s.pausedUntil);
      break;
    case 'off-hours':
      if (s.offHoursUntil !== null) wakes.push(s.offHoursUntil);
      break;
  }
  const badge = badgeFor(s, now, settings);
  effects.push({ type: 'set-badge', minutes: badge.minutes, tone: badge.tone });
  const badgeChange = nextBadgeChange(s, now, settings);
  if (badgeChange !== null) wakes.push(badgeChange);

  // Anything due by now was settled above; a break held while the user is away waits for
  // their return (a presence event), not for a wake that would fire again at once.
  const future = wakes.filter((w) => Number.isFinite(w) && w > now);
  const nextWakeAt = future.length > 0 ? Math.min(...future) : null;
  if (nextWakeAt !== null) effects.push({ type: 'schedule-wake', at: nextWakeAt });
  return {
    state: { ...s, lastSeenAt: now, nextWakeAt, timeZone },
    effects,
  };
}
