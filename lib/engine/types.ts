import type { Settings } from '../settings/settings';

/**
 * The break engine's vocabulary. The engine is a pure function
 * `(state, event, context) -> { state, effects }`; the worker turns browser events into
 * `EngineEvent`s and carries out the returned `Effect`s. All times are epoch milliseconds.
 */

export type Phase =
  /** Counting down to `nextBreakAt`. */
  | 'working'
  /** A break came due while a window was fullscreen (or a tab played sound); waiting. */
  | 'deferred'
  /** The break is due and the user has been nudged. */
  | 'due'
  /** The user is taking a break until `breakEndsAt`. */
  | 'on-break'
  /** Paused by the user until `pausedUntil`. */
  | 'paused'
  /** Outside the user's work days and hours until `offHoursUntil`. */
  | 'off-hours';

export type PresenceState = 'active' | 'idle' | 'locked';

export interface EngineState {
  version: 1;
  phase: Phase;
  /** Increments each time a work interval starts; a nudge belongs to exactly one cycle. */
  cycle: number;
  /** The cycle that has already been nudged: a cycle is never nudged twice. */
  nudgedCycle: number;
  /**
   * The cycle that has had its heads-up (a quiet notice before the break), or whose heads-up
   * moment had already passed when it began: at most one heads-up a cycle, never the nudge.
   */
  headsUpCycle: number;
  /**
   * Breaks taken or natural since the last long one (see `longBreakOwed` in engine.ts for
   * what counts). Skips and snoozes leave it alone, so a long break is never lost to them.
   */
  breaksSinceLong: number;
  /** The break that is due or being taken is a long one (its length is the long length). */
  longBreak: boolean;
  workStartedAt: number;
  /** The work interval this cycle was started with, so a settings change can shift it. */
  workIntervalMs: number;
  /** When the next break is due (working, deferred) or was due (due). */
  nextBreakAt: number;
  /** When the nudge was shown (due). */
  dueSince: number | null;
  /** When the current deferral began (deferred). */
  deferredSince: number | null;
  breakStartedAt: number | null;
  /** When the break being taken had come due (null for a break taken early). */
  breakDueAt: number | null;
  breakEndsAt: number | null;
  pausedUntil: number | null;
  /** When the current off-hours period ends (the next work period starts). */
  offHoursUntil: number | null;
  /** Snoozes used on the local day `day` (YYYY-MM-DD). */
  snoozes: { day: string; count: number };
  /** The browser's idle state and, when not active, since when the user has been away. */
  presence: { state: PresenceState; awaySince: number | null };
  /** The last time the engine handled an event: a clock that went backwards is noticed here. */
  lastSeenAt: number;
  /** When the engine asked to be woken next: a wake much later than this means sleep. */
  nextWakeAt: number | null;
  /** Time zone of the last event, so a change of zone can be noticed. */
  timeZone: string;
}

/** What the browser around the engine looks like at the moment of the event. */
export interface Environment {
  fullscreen: boolean;
  audible: boolean;
}

export interface EngineContext {
  now: number;
  settings: Settings;
  /** IANA time zone for work hours and "today" (e.g. "Europe/Berlin"). */
  timeZone: string;
  env: Environment;
}

export type PauseRequest = { minutes: number } | { until: number } | { untilTomorrow: true };

/**
 * What happens to the engine. Events that act on one break carry the `cycle` they were meant
 * for (an intent from a page, a click on a nudge); one for a cycle that is over changes
 * nothing, so a repeated click or a stale page cannot act twice. Without `cycle`, the event
 * acts on the current one.
 */
export type EngineEvent =
  /** An alarm fired, or anything else woke the worker. */
  | { type: 'tick' }
  /**
   * The worker started (install, update, browser start, restart after being killed).
   * `browserStarted`: the browser itself was closed since the last event.
   */
  | { type: 'startup'; browserStarted?: boolean | undefined }
  | { type: 'presence'; state: PresenceState }
  | { type: 'start-break'; source: 'notification' | 'popup'; cycle?: number | undefined }
  | {
      type: 'finish-break';
      cycle?: number | undefined;
      exerciseId?: string | undefined;
      exerciseKind?: string | undefined;
      completed?: boolean | undefined;
    }
  | { type: 'snooze'; cycle?: number | undefined; minutes?: number | undefined }
  | { type: 'skip'; cycle?: number | undefined }
  | { type: 'pause'; request: PauseRequest }
  | { type: 'resume' }
  | { type: 'settings-changed' };

export type HistoryKind = 'taken' | 'natural' | 'snoozed' | 'skipped' | 'deferred';

export interface HistoryEntry {
  kind: HistoryKind;
  /** When it happened (break start for taken/natural). */
  at: number;
  /** When the break was due, if it had come due. */
  dueAt?: number | undefined;
  /** How long the break (or deferral, or snooze) lasted. */
  durationMs?: number | undefined;
  /** The engine cycle it belongs to: a repeated intent finds it and records nothing new. */
  cycle?: number | undefined;
  exerciseId?: string | undefined;
  exerciseKind?: string | undefined;
  completed?: boolean | undefined;
  /** The user's answer to "Did this help?"; absent until they answer. */
  helped?: boolean | undefined;
}

export type BadgeTone = 'counting' | 'due' | 'break' | 'quiet';

export type Effect =
  /** Wake the worker at `at` (replaces any earlier wake). */
  | { type: 'schedule-wake'; at: number }
  /**
   * `canSnooze` is false once the daily snooze cap is used up: no Snooze button then. `long`:
   * the break is a long one, and the nudge says so.
   */
  | { type: 'show-nudge'; cycle: number; sound: boolean; canSnooze: boolean; long: boolean }
  | { type: 'clear-nudge' }
  /** A quiet, silent notice that the break of `cycle` comes at `at`; not the nudge. */
  | { type: 'show-heads-up'; cycle: number; at: number }
  /** The heads-up of `cycle` is no longer news (the nudge came, or the break moved on). */
  | { type: 'clear-heads-up'; cycle: number }
  /** `minutes` left to show, or null for no number (the worker words it per locale). */
  | { type: 'set-badge'; minutes: number | null; tone: BadgeTone }
  | { type: 'record'; entry: HistoryEntry }
  /**
   * An exercise finished after its break had already ended on its own: attach it to that
   * break in history if it is recent, else record it as a short break of its own.
   */
  | { type: 'record-exercise'; entry: HistoryEntry }
  /** Open the exercise (the popup, or a small window where it cannot be opened). */
  | { type: 'open-exercise' }
  /**
   * A break of `cycle` began or came due: make sure an exercise is chosen for it. `long`: it
   * is a long break, so an exercise that fits the long length is preferred.
   */
  | { type: 'offer-exercise'; cycle: number; long: boolean }
  /** Tell the browser the idle threshold (idle.setDetectionInterval). */
  | { type: 'set-idle-threshold'; seconds: number };

export interface Transition {
  state: EngineState;
  effects: Effect[];
}
