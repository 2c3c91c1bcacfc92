import type { Locale } from '../../content/locales/messages';

/**
 * The user's settings: one type and one default. Durations are stored in seconds so the e2e
 * test build can use second-scale intervals. This module has no build-time constant, so e2e
 * tests and the bench import the real defaults from here; the limits live in limits.ts.
 */

/** A range of local time on one day, in minutes after midnight (`start` < `end`). */
export interface TimeRange {
  start: number;
  end: number;
}

export type ExerciseKinds = 'both' | 'connection' | 'self-compassion';
export type NudgeStyle = 'notification' | 'badge-only';
export type AfterLongAbsence = 'reset' | 'resume';
/** Tend's language: the browser's ('auto'), or one Tend speaks (content/locales/messages.ts). */
export type Language = 'auto' | Locale;

export interface Settings {
  /** Work time between breaks. */
  workIntervalSec: number;
  /** Length of a break; idle for at least this long also counts as a break. */
  breakLengthSec: number;
  /** Every Nth break is a long one (0: never; else 2–10). */
  longBreakEvery: number;
  /** Length of a long break. */
  longBreakLengthSec: number;
  /** How long "Snooze" postpones a due break. */
  snoozeSec: number;
  /** Snoozes allowed per local day; after that a break can still be skipped. */
  snoozeDailyCap: number;
  /** Work days and hours. `days[0]` is Sunday; each day holds sorted, non-overlapping ranges. */
  workHours: { enabled: boolean; days: TimeRange[][] };
  /** Count an idle or locked screen as a break taken. */
  naturalBreaks: boolean;
  /** Seconds without input before the browser reports "idle" (the browser minimum is 15). */
  idleThresholdSec: number;
  /** After sleep or a closed browser: start a fresh work interval, or keep the time left. */
  afterLongAbsence: AfterLongAbsence;
  /** Hold a due nudge while a window is fullscreen... */
  deferInFullscreen: boolean;
  /** ...or while a tab plays sound... */
  deferWhileAudible: boolean;
  /** ...but never longer than this. */
  deferCapSec: number;
  nudgeStyle: NudgeStyle;
  /** A silent notice this long before a break (0: none). Never counts as the nudge. */
  headsUpSec: number;
  sound: boolean;
  /** Minutes-left countdown on the toolbar badge (wakes the worker once a minute). */
  badgeCountdown: boolean;
  exerciseKinds: ExerciseKinds;
  /** Never offer an exercise that needs another person. */
  soloOnly: boolean;
  /** Show an exercise's steps all at once instead of one at a time. */
  stepsAtOnce: boolean;
  /** The language of every surface: the browser's, or the one the user chose. */
  language: Language;
}

/** Monday to Friday, 9:00–17:00; each day its own array so editing one leaves the rest. */
const weekdays = (): TimeRange[][] => [
  [],
  ...Array.from({ length: 5 }, () => [{ start: 9 * 60, end: 17 * 60 }]),
  [],
];

export const defaultSettings: Settings = {
  workIntervalSec: 50 * 60,
  breakLengthSec: 5 * 60,
  longBreakEvery: 0,
  longBreakLengthSec: 15 * 60,
  snoozeSec: 5 * 60,
  snoozeDailyCap: 3,
  workHours: { enabled: false, days: weekdays() },
  naturalBreaks: true,
  idleThresholdSec: 60,
  afterLongAbsence: 'reset',
  deferInFullscreen: true,
  deferWhileAudible: false,
  deferCapSec: 15 * 60,
  nudgeStyle: 'notification',
  headsUpSec: 0,
  sound: false,
  badgeCountdown: true,
  exerciseKinds: 'both',
  soloOnly: false,
  stepsAtOnce: false,
  language: 'auto',
};

/** Presets offered in the options page: [work, break] in minutes. */
export const schedulePresets = [
  { id: 'classic', workMin: 50, breakMin: 10 },
  { id: 'pomodoro', workMin: 25, breakMin: 5 },
  { id: 'eyes', workMin: 20, breakMin: 1 },
  { id: 'default', workMin: 50, breakMin: 5 },
] as const;
