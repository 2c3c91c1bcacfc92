import fc from 'fast-check';
import type { EngineEvent } from '@/lib/engine/types';
import type { Settings } from '@/lib/settings/settings';
import { HOUR, MIN, SEC, settingsWith } from './harness';

/** Random settings and event sequences for the engine's property tests. */

export const arbSettings: fc.Arbitrary<Settings> = fc
  .record({
    workMin: fc.integer({ min: 5, max: 120 }),
    breakMin: fc.integer({ min: 1, max: 30 }),
    snoozeMin: fc.integer({ min: 1, max: 30 }),
    snoozeDailyCap: fc.integer({ min: 0, max: 5 }),
    hours: fc.option(
      fc.record({
        start: fc.integer({ min: 0, max: 22 }),
        length: fc.integer({ min: 1, max: 10 }),
      }),
    ),
    naturalBreaks: fc.boolean(),
    afterLongAbsence: fc.constantFrom('reset' as const, 'resume' as const),
    badgeCountdown: fc.boolean(),
    nudgeStyle: fc.constantFrom('notification' as const, 'badge-only' as const),
    deferCapMin: fc.integer({ min: 1, max: 30 }),
    longBreakEvery: fc.constantFrom(0, 2, 3, 4),
    longBreakMin: fc.integer({ min: 5, max: 60 }),
    headsUpSec: fc.constantFrom(0, 30, 120, 300),
  })
  .map((r) => {
    const range = r.hours
      ? [
          {
            start: r.hours.start * 60,
            end: Math.min(24 * 60, (r.hours.start + r.hours.length) * 60),
          },
        ]
      : [];
    return settingsWith({
      workIntervalSec: r.workMin * 60,
      breakLengthSec: r.breakMin * 60,
      snoozeSec: r.snoozeMin * 60,
      snoozeDailyCap: r.snoozeDailyCap,
      workHours: {
        enabled: r.hours !== null,
        days: [[], range, range, range, range, range, range],
      },
      naturalBreaks: r.naturalBreaks,
      afterLongAbsence: r.afterLongAbsence,
      badgeCountdown: r.badgeCountdown,
      nudgeStyle: r.nudgeStyle,
      deferCapSec: r.deferCapMin * 60,
      longBreakEvery: r.longBreakEvery,
      longBreakLengthSec: r.longBreakMin * 60,
      headsUpSec: r.headsUpSec,
    });
  });

export type Step =
  | { kind: 'advance'; ms: number }
  | { kind: 'sleep'; ms: number }
  | { kind: 'env'; fullscreen: boolean }
  | { kind: 'event'; event: EngineEvent };

const arbEvent: fc.Arbitrary<EngineEvent> = fc.oneof(
  fc.constant({ type: 'tick' } as const),
  fc.constant({ type: 'startup' } as const),
  fc.constantFrom('active' as const, 'idle' as const, 'locked' as const).map((state) => ({
    type: 'presence' as const,
    state,
  })),
  fc.constantFrom('popup' as const, 'notification' as const).map((source) => ({
    type: 'start-break' as const,
    source,
  })),
  fc.constant({ type: 'finish-break', exerciseId: 'sc-x', completed: true } as const),
  fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }).map((minutes) => ({
    type: 'snooze' as const,
    minutes,
  })),
  fc.constant({ type: 'skip' } as const),
  fc
    .oneof(
      fc.integer({ min: 1, max: 600 }).map((minutes) => ({ minutes })),
      fc.constant({ untilTomorrow: true as const }),
    )
    .map((request) => ({ type: 'pause' as const, request })),
  fc.constant({ type: 'resume' } as const),
  fc.constant({ type: 'settings-changed' } as const),
);

export const arbStep: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .integer({ min: 1, max: 90 * MIN })
      .map((ms) => ({ kind: 'advance' as const, ms })),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: SEC, max: 14 * HOUR })
      .map((ms) => ({ kind: 'sleep' as const, ms })),
  },
  {
    weight: 1,
    arbitrary: fc.boolean().map((fullscreen) => ({ kind: 'env' as const, fullscreen })),
  },
  { weight: 4, arbitrary: arbEvent.map((event) => ({ kind: 'event' as const, event })) },
);

export const zones = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Sydney',
  'Asia/Kolkata',
];
