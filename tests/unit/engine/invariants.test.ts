import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EngineEvent, HistoryEntry } from '@/lib/engine/types';
import { currentWorkPeriod } from '@/lib/engine/work-hours';
import { appendEntry } from '@/lib/history';
import type { Settings } from '@/lib/settings/settings';
import { HOUR, MIN, MONDAY_8AM_UTC, Scenario, SEC, settingsWith } from './harness';

const arbSettings: fc.Arbitrary<Settings> = fc
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
    });
  });

type Step =
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

const arbStep: fc.Arbitrary<Step> = fc.oneof(
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

const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'];

describe('engine invariants over random event sequences', () => {
  it('holds every invariant after every event', () => {
    fc.assert(
      fc.property(
        arbSettings,
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 365 * 24 * 60 }),
        fc.array(arbStep, { maxLength: 60 }),
        (settings, zone, startMinute, steps) => {
          const s = new Scenario(settings, MONDAY_8AM_UTC + startMinute * MIN, zone);
          const nudgedCycles = new Set<number>();
          let history: HistoryEntry[] = [];

          const check = (effects: ReturnType<Scenario['send']>) => {
            const { state, now } = s;
            for (const effect of effects) {
              if (effect.type === 'show-nudge') {
                // At most one nudge per cycle, never outside work hours, never while paused.
                expect(nudgedCycles.has(effect.cycle)).toBe(false);
                nudgedCycles.add(effect.cycle);
                expect(settings.nudgeStyle).toBe('notification');
                expect(currentWorkPeriod(settings, now, zone)).not.toBeNull();
                expect(state.phase).toBe('due');
              }
              if (effect.type === 'record') {
                const before = history.length;
                history = appendEntry(history, effect.entry, now);
                // History only grows within the retention window.
                expect(history.length).toBe(before + 1);
              }
            }
            // After reconciliation nothing waits on a time already past.
            if (state.nextWakeAt !== null) expect(state.nextWakeAt).toBeGreaterThan(now);
            if (state.phase === 'working' && state.presence.state === 'active') {
              expect(state.nextBreakAt).toBeGreaterThan(now);
            }
            if (state.phase === 'paused') expect(state.pausedUntil).toBeGreaterThan(now);
            if (state.phase === 'on-break') expect(state.breakEndsAt).toBeGreaterThan(now);
            if (state.phase === 'off-hours' && state.offHoursUntil !== null) {
              expect(state.offHoursUntil).toBeGreaterThan(now);
            }
            if (state.phase === 'due') expect(state.nudgedCycle).toBe(state.cycle);
            if (state.phase === 'off-hours' || state.phase === 'paused') {
              expect(
                currentWorkPeriod(settings, now, zone) !== null && state.phase === 'off-hours',
              ).toBe(false);
            }
          };

          check(s.effects);
          for (const step of steps) {
            if (step.kind === 'advance') {
              // Events fire one by one on the way; each must hold the invariants.
              const target = s.now + step.ms;
              while (s.state.nextWakeAt !== null && s.state.nextWakeAt <= target) {
                s.now = s.state.nextWakeAt;
                check(s.send({ type: 'tick' }));
              }
              s.now = target;
            } else if (step.kind === 'sleep') s.sleep(step.ms);
            else if (step.kind === 'env') s.env = { fullscreen: step.fullscreen, audible: false };
            else check(s.send(step.event));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
