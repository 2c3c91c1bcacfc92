import * as v from 'valibot';
import { LOCALES } from '../../content/locales/messages';
import { atMost, inRange } from '../store/bounds';
import { limits, type Range } from './limits';
import { defaultSettings, type Settings, type TimeRange } from './settings';

/**
 * The settings' validator, and field-by-field repair of untrusted settings. The schema is
 * built for each check and not kept: the worker's heap right after start has a budget
 * (issue 15, lib/store/bounds.ts).
 */

// Messages are functions, built only for a value that fails (lib/store/bounds.ts says why).
const int = (r: Range) =>
  r.orOff
    ? v.pipe(
        v.number(),
        v.integer(),
        v.check(
          (n) => n === 0 || (n >= r.min && n <= r.max),
          () => `Please choose 0 (off) or a value from ${r.min} to ${r.max}.`,
        ),
      )
    : v.pipe(
        v.number(),
        v.integer(),
        inRange(r.min, r.max, () => `Please choose a value from ${r.min} to ${r.max}.`),
      );

const minuteOfDay = () => v.pipe(v.number(), v.integer(), inRange(0, 24 * 60));

const timeRangeSchema = () =>
  v.pipe(
    v.object({ start: minuteOfDay(), end: minuteOfDay() }),
    v.check((r) => r.start < r.end, 'A work period needs to end after it starts.'),
  );

const dayRangesSchema = () =>
  v.pipe(
    v.array(timeRangeSchema()),
    atMost<TimeRange[]>(6),
    v.check(
      (ranges) => ranges.every((r, i) => i === 0 || (ranges[i - 1]?.end ?? 0) <= r.start),
      'Work periods in a day need to be in order, without overlaps.',
    ),
  );

export const settingsSchema = () =>
  v.object({
    workIntervalSec: int(limits.workIntervalSec),
    breakLengthSec: int(limits.breakLengthSec),
    longBreakEvery: int(limits.longBreakEvery),
    longBreakLengthSec: int(limits.longBreakLengthSec),
    snoozeSec: int(limits.snoozeSec),
    snoozeDailyCap: int(limits.snoozeDailyCap),
    workHours: v.object({
      enabled: v.boolean(),
      days: v.pipe(
        v.array(dayRangesSchema()),
        v.check((days) => days.length === 7),
      ),
    }),
    naturalBreaks: v.boolean(),
    idleThresholdSec: int(limits.idleThresholdSec),
    afterLongAbsence: v.picklist(['reset', 'resume']),
    deferInFullscreen: v.boolean(),
    deferWhileAudible: v.boolean(),
    deferCapSec: int(limits.deferCapSec),
    nudgeStyle: v.picklist(['notification', 'badge-only']),
    headsUpSec: int(limits.headsUpSec),
    sound: v.boolean(),
    badgeCountdown: v.boolean(),
    exerciseKinds: v.picklist(['both', 'connection', 'self-compassion']),
    soloOnly: v.boolean(),
    stepsAtOnce: v.boolean(),
    language: v.picklist(['auto', ...LOCALES]),
  }) satisfies v.GenericSchema<unknown, Settings>;

export interface SettingsRepair {
  settings: Settings;
  /** Fields that were missing or invalid in the (first) copy read. */
  replaced: (keyof Settings)[];
}

/**
 * Reads settings from untrusted data (storage, an import file): every valid field is kept,
 * every invalid or missing one falls back to its default, so one bad value never costs the
 * user the rest of their settings.
 */
export function repairSettings(input: unknown): SettingsRepair {
  return layerSettings([input]);
}

/**
 * Settings built field by field from several untrusted copies: each field comes from the
 * first copy in which it is valid, else its default. `replaced` lists the fields the first
 * copy could not give.
 */
export function layerSettings(copies: readonly unknown[]): SettingsRepair {
  const isCopy = (c: unknown) => typeof c === 'object' && c !== null;
  if (!copies.some(isCopy)) {
    // Nothing stored (a first start): the defaults, without a pass over every field, which at
    // start would cost the worker compiled code it holds from then on (issue 15).
    const settings = structuredClone(defaultSettings);
    return { settings, replaced: Object.keys(settings) as (keyof Settings)[] };
  }
  const sources = copies.map((c) => (isCopy(c) ? (c as Record<string, unknown>) : {}));
  const settings: Record<string, unknown> = {};
  const replaced: (keyof Settings)[] = [];
  let entries: ReturnType<typeof settingsSchema>['entries'] | undefined;
  for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
    let found = false;
    for (const [i, source] of sources.entries()) {
      // A missing field fails every field's check: skipped unchecked, so a first start (nothing
      // stored) builds no schema and runs no check (the worker's heap budget, issue 15).
      if (source[key] === undefined) continue;
      entries ??= settingsSchema().entries;
      const parsed = v.safeParse(entries[key], source[key]);
      if (parsed.success) {
        settings[key] = parsed.output;
        found = true;
        if (i > 0) replaced.push(key);
        break;
      }
    }
    if (!found) {
      settings[key] = structuredClone(defaultSettings[key]);
      replaced.push(key);
    }
  }
  return { settings: settings as unknown as Settings, replaced };
}

/** Validates one field for the options page: the message to show, or null when valid. */
export function settingIssue<K extends keyof Settings>(key: K, value: unknown): string | null {
  const parsed = v.safeParse(settingsSchema().entries[key], value);
  return parsed.success ? null : (parsed.issues[0]?.message ?? 'This value is not allowed.');
}
