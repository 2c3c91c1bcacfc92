import * as v from 'valibot';

/**
 * The user's settings: one type, one default, one validator. Durations are stored in seconds
 * so the e2e test build can use second-scale intervals; the release build refuses them (see
 * `limits`).
 */

/** A range of local time on one day, in minutes after midnight (`start` < `end`). */
export interface TimeRange {
  start: number;
  end: number;
}

export type ExerciseKinds = 'both' | 'connection' | 'self-compassion';
export type NudgeStyle = 'notification' | 'badge-only';
export type AfterLongAbsence = 'reset' | 'resume';

export interface Settings {
  /** Work time between breaks. */
  workIntervalSec: number;
  /** Length of a break; idle for at least this long also counts as a break. */
  breakLengthSec: number;
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
  sound: boolean;
  /** Minutes-left countdown on the toolbar badge (wakes the worker once a minute). */
  badgeCountdown: boolean;
  exerciseKinds: ExerciseKinds;
  /** Never offer an exercise that needs another person. */
  soloOnly: boolean;
  /** Show an exercise's steps all at once instead of one at a time. */
  stepsAtOnce: boolean;
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
  sound: false,
  badgeCountdown: true,
  exerciseKinds: 'both',
  soloOnly: false,
  stepsAtOnce: false,
};

/** Presets offered in the options page: [work, break] in minutes. */
export const schedulePresets = [
  { id: 'classic', workMin: 50, breakMin: 10 },
  { id: 'pomodoro', workMin: 25, breakMin: 5 },
  { id: 'eyes', workMin: 20, breakMin: 1 },
  { id: 'default', workMin: 50, breakMin: 5 },
] as const;

interface Range {
  min: number;
  max: number;
}

/**
 * Allowed ranges, in seconds. Only the e2e test build (`__TEND_TEST_BUILD__`) accepts
 * second-scale work intervals and breaks; the released build refuses them like any other
 * out-of-range value.
 */
export const limits: Record<
  | 'workIntervalSec'
  | 'breakLengthSec'
  | 'snoozeSec'
  | 'snoozeDailyCap'
  | 'idleThresholdSec'
  | 'deferCapSec',
  Range
> = {
  workIntervalSec: { min: __TEND_TEST_BUILD__ ? 2 : 5 * 60, max: 4 * 60 * 60 },
  breakLengthSec: { min: __TEND_TEST_BUILD__ ? 1 : 60, max: 60 * 60 },
  snoozeSec: { min: __TEND_TEST_BUILD__ ? 1 : 60, max: 60 * 60 },
  snoozeDailyCap: { min: 0, max: 20 },
  // chrome.idle.setDetectionInterval refuses values under 15 s.
  idleThresholdSec: { min: 15, max: 60 * 60 },
  deferCapSec: { min: __TEND_TEST_BUILD__ ? 1 : 60, max: 2 * 60 * 60 },
};

const int = (r: Range) => v.pipe(v.number(), v.integer(), v.minValue(r.min), v.maxValue(r.max));

const timeRangeSchema = v.pipe(
  v.object({
    start: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60)),
  }),
  v.check((r) => r.start < r.end, 'A work period needs to end after it starts.'),
);

const dayRangesSchema = v.pipe(
  v.array(timeRangeSchema),
  v.maxLength(6),
  v.check(
    (ranges) => ranges.every((r, i) => i === 0 || (ranges[i - 1]?.end ?? 0) <= r.start),
    'Work periods in a day need to be in order, without overlaps.',
  ),
);

export const settingsSchema = v.object({
  workIntervalSec: int(limits.workIntervalSec),
  breakLengthSec: int(limits.breakLengthSec),
  snoozeSec: int(limits.snoozeSec),
  snoozeDailyCap: int(limits.snoozeDailyCap),
  workHours: v.object({
    enabled: v.boolean(),
    days: v.pipe(v.array(dayRangesSchema), v.length(7)),
  }),
  naturalBreaks: v.boolean(),
  idleThresholdSec: int(limits.idleThresholdSec),
  afterLongAbsence: v.picklist(['reset', 'resume']),
  deferInFullscreen: v.boolean(),
  deferWhileAudible: v.boolean(),
  deferCapSec: int(limits.deferCapSec),
  nudgeStyle: v.picklist(['notification', 'badge-only']),
  sound: v.boolean(),
  badgeCountdown: v.boolean(),
  exerciseKinds: v.picklist(['both', 'connection', 'self-compassion']),
  soloOnly: v.boolean(),
  stepsAtOnce: v.boolean(),
}) satisfies v.GenericSchema<unknown, Settings>;

export interface SettingsRepair {
  settings: Settings;
  /** Fields that were missing or invalid and fell back to their defaults. */
  replaced: (keyof Settings)[];
}

/**
 * Reads settings from untrusted data (storage, an import file): every valid field is kept,
 * every invalid or missing one falls back to its default, so one bad value never costs the
 * user the rest of their settings.
 */
export function repairSettings(input: unknown): SettingsRepair {
  const source: Record<string, unknown> =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = {};
  const replaced: (keyof Settings)[] = [];
  for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
    const fieldSchema = settingsSchema.entries[key];
    const parsed = v.safeParse(fieldSchema, source[key]);
    if (parsed.success) settings[key] = parsed.output;
    else {
      settings[key] = structuredClone(defaultSettings[key]);
      replaced.push(key);
    }
  }
  return { settings: settings as unknown as Settings, replaced };
}

/** Validates one field for the options page: the message to show, or null when valid. */
export function settingIssue<K extends keyof Settings>(key: K, value: unknown): string | null {
  const parsed = v.safeParse(settingsSchema.entries[key], value);
  return parsed.success ? null : (parsed.issues[0]?.message ?? 'This value is not allowed.');
}
