import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/lib/engine/types';
import { currentWorkPeriod } from '@/lib/engine/work-hours';
import { appendEntry } from '@/lib/history';
import { arbSettings, arbStep, zones } from './arbitraries';
import { MIN, MONDAY_8AM_UTC, Scenario } from './harness';

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
