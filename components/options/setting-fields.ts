import type { MessageKey } from '@/content/locales/messages';
import { limits } from '@/lib/settings/limits';
import type { Settings } from '@/lib/settings/settings';

/**
 * The simple settings of the options page as a table: each field's section, control, words
 * and limits. The page renders them in order; work hours, presets and favourites have their
 * own editors. Durations are seconds in storage and minutes on the page (`perUnit`).
 */
type NumberKey = keyof typeof limits;
type BooleanKey = {
  [K in keyof Settings]: Settings[K] extends boolean ? K : never;
}[keyof Settings];
type ChoiceKey = 'afterLongAbsence' | 'nudgeStyle' | 'exerciseKinds' | 'language';

export type SettingField =
  | { kind: 'number'; key: NumberKey; label: MessageKey; unit: MessageKey; perUnit: number }
  | { kind: 'check'; key: BooleanKey; label: MessageKey }
  | {
      kind: 'choice';
      key: ChoiceKey;
      label: MessageKey;
      choices: readonly { value: string; label: MessageKey }[];
    };

export type SectionId = 'schedule' | 'away' | 'nudges' | 'exercises' | 'language';

const minutes = 60;

export const settingFields: Record<SectionId, readonly SettingField[]> = {
  schedule: [
    {
      kind: 'number',
      key: 'workIntervalSec',
      label: 'workInterval',
      unit: 'unitMinutes',
      perUnit: minutes,
    },
    {
      kind: 'number',
      key: 'breakLengthSec',
      label: 'breakLength',
      unit: 'unitMinutes',
      perUnit: minutes,
    },
    {
      kind: 'number',
      key: 'longBreakEvery',
      label: 'longBreakEvery',
      unit: 'unitBreaks',
      perUnit: 1,
    },
    {
      kind: 'number',
      key: 'longBreakLengthSec',
      label: 'longBreakLength',
      unit: 'unitMinutes',
      perUnit: minutes,
    },
    {
      kind: 'number',
      key: 'snoozeSec',
      label: 'snoozeLength',
      unit: 'unitMinutes',
      perUnit: minutes,
    },
    { kind: 'number', key: 'snoozeDailyCap', label: 'snoozeCap', unit: 'unitTimes', perUnit: 1 },
  ],
  away: [
    { kind: 'check', key: 'naturalBreaks', label: 'naturalBreaks' },
    {
      kind: 'number',
      key: 'idleThresholdSec',
      label: 'idleThreshold',
      unit: 'unitSeconds',
      perUnit: 1,
    },
    {
      kind: 'choice',
      key: 'afterLongAbsence',
      label: 'afterAbsence',
      choices: [
        { value: 'reset', label: 'absenceReset' },
        { value: 'resume', label: 'absenceResume' },
      ],
    },
  ],
  nudges: [
    {
      kind: 'choice',
      key: 'nudgeStyle',
      label: 'nudgeStyle',
      choices: [
        { value: 'notification', label: 'nudgeNotification' },
        { value: 'badge-only', label: 'nudgeBadge' },
      ],
    },
    { kind: 'number', key: 'headsUpSec', label: 'headsUp', unit: 'unitSeconds', perUnit: 1 },
    { kind: 'check', key: 'sound', label: 'sound' },
    { kind: 'check', key: 'badgeCountdown', label: 'badgeCountdown' },
    { kind: 'check', key: 'deferInFullscreen', label: 'deferFullscreen' },
    { kind: 'check', key: 'deferWhileAudible', label: 'deferAudible' },
    {
      kind: 'number',
      key: 'deferCapSec',
      label: 'deferCap',
      unit: 'unitMinutes',
      perUnit: minutes,
    },
  ],
  exercises: [
    {
      kind: 'choice',
      key: 'exerciseKinds',
      label: 'exerciseKinds',
      choices: [
        { value: 'both', label: 'kindsBoth' },
        { value: 'connection', label: 'kindsConnection' },
        { value: 'self-compassion', label: 'kindsSelfCompassion' },
      ],
    },
    { kind: 'check', key: 'soloOnly', label: 'soloOnly' },
    { kind: 'check', key: 'stepsAtOnce', label: 'stepsAtOnce' },
  ],
  language: [
    {
      kind: 'choice',
      key: 'language',
      label: 'languageLabel',
      // Each language by its own name, so a reader finds theirs whatever is on screen.
      choices: [
        { value: 'auto', label: 'languageAuto' },
        { value: 'en', label: 'languageEn' },
        { value: 'de', label: 'languageDe' },
        { value: 'es', label: 'languageEs' },
        { value: 'fr', label: 'languageFr' },
      ],
    },
  ],
};

/**
 * A number field's limits in its page unit (never below 1 for a duration in minutes);
 * `orOff`: 0 is allowed too, and turns the feature off.
 */
export function fieldRange(field: Extract<SettingField, { kind: 'number' }>) {
  const { min, max, orOff } = limits[field.key];
  return {
    min: Math.max(field.perUnit > 1 ? 1 : min, Math.ceil(min / field.perUnit)),
    max: Math.floor(max / field.perUnit),
    orOff: orOff === true,
  };
}
