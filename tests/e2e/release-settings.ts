/**
 * Every setting at its release default (lib/settings.ts, which e2e code cannot import: it is
 * compiled with a build-time constant), with `overrides` for the test at hand. Shared by the
 * Chromium specs and the Firefox suite, so it imports nothing.
 */
export function settingsWith<T extends object>(overrides: T) {
  return {
    workIntervalSec: 3000,
    breakLengthSec: 300,
    snoozeSec: 300,
    snoozeDailyCap: 3,
    workHours: { enabled: false, days: [[], [], [], [], [], [], []] },
    naturalBreaks: true,
    idleThresholdSec: 60,
    afterLongAbsence: 'reset',
    deferInFullscreen: true,
    deferWhileAudible: false,
    deferCapSec: 900,
    nudgeStyle: 'notification',
    sound: false,
    badgeCountdown: true,
    exerciseKinds: 'both',
    soloOnly: false,
    stepsAtOnce: false,
    ...overrides,
  };
}
