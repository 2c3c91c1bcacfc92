import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Effect, EngineState } from '@/lib/engine/types';
import { currentWorkPeriod } from '@/lib/engine/work-hours';
import { arbSettings, arbStep, zones } from './arbitraries';
import { MIN, MONDAY_8AM_UTC, Scenario, settingsWith } from './harness';

/**
 * The heads-up: a quiet notice a set time before a break, once a cycle, while working. It is
 * not the nudge: the nudge still comes when the break is due, and clears the heads-up.
 */

const twoMinutes = () => settingsWith({ headsUpSec: 120, badgeCountdown: false });
const of = (effects: Effect[], type: Effect['type']) => effects.filter((e) => e.type === type);

describe('the heads-up before a break', () => {
  it('is off by default', () => {
    const s = new Scenario();
    s.advance(60 * MIN);
    expect(of(s.effects, 'show-heads-up')).toEqual([]);
    expect(s.nudges()).toHaveLength(1);
  });

  it('comes the chosen time before the break, once, and the nudge still comes after it', () => {
    const s = new Scenario(twoMinutes());
    const cycle = s.state.cycle;
    const breakAt = s.state.nextBreakAt;
    expect(s.state.nextWakeAt).toBe(breakAt - 2 * MIN);

    const early = s.advance(48 * MIN - 1);
    expect(of(early, 'show-heads-up')).toEqual([]);
    const headsUp = s.advance(1);
    expect(headsUp).toContainEqual({ type: 'show-heads-up', cycle, at: breakAt });
    expect(s.state.phase).toBe('working');
    expect(s.state.headsUpCycle).toBe(cycle);
    expect(s.state.nudgedCycle).not.toBe(cycle);
    expect(s.state.nextWakeAt).toBe(breakAt);

    const due = s.advance(2 * MIN);
    expect(s.nudges(due)).toEqual([expect.objectContaining({ type: 'show-nudge', cycle })]);
    expect(due).toContainEqual({ type: 'clear-heads-up', cycle });
    expect(of(s.effects, 'show-heads-up')).toHaveLength(1);
  });

  it('is cleared when the break is skipped or snoozed, and a snoozed break may get its own', () => {
    const s = new Scenario(twoMinutes());
    s.advance(49 * MIN);
    const first = s.state.cycle;
    expect(s.send({ type: 'snooze', minutes: 10 })).toContainEqual({
      type: 'clear-heads-up',
      cycle: first,
    });
    // The snoozed break is 11 min away: its own heads-up 2 min before it.
    const next = s.state.cycle;
    expect(s.advance(9 * MIN)).toContainEqual(
      expect.objectContaining({ type: 'show-heads-up', cycle: next }),
    );
    expect(s.send({ type: 'skip' })).toContainEqual({ type: 'clear-heads-up', cycle: next });
    expect(s.state.phase).toBe('working');
  });

  it('gives none when a snooze brings the break closer than the heads-up time', () => {
    const s = new Scenario(twoMinutes());
    s.advance(50 * MIN);
    expect(s.state.phase).toBe('due');
    s.send({ type: 'snooze', minutes: 1 });
    const after = s.advance(2 * MIN);
    expect(of(after, 'show-heads-up')).toEqual([]);
    expect(s.nudges(after)).toHaveLength(1);
  });

  it('is not given with badge-only nudges, while away, paused or outside work hours', () => {
    const badge = new Scenario(settingsWith({ headsUpSec: 120, nudgeStyle: 'badge-only' }));
    badge.advance(60 * MIN);
    expect(of(badge.effects, 'show-heads-up')).toEqual([]);

    const away = new Scenario(settingsWith({ headsUpSec: 120, naturalBreaks: false }));
    away.advance(47 * MIN);
    away.send({ type: 'presence', state: 'idle' });
    away.advance(2 * MIN);
    expect(of(away.effects, 'show-heads-up')).toEqual([]);

    const paused = new Scenario(twoMinutes());
    paused.send({ type: 'pause', request: { minutes: 30 } });
    paused.advance(29 * MIN);
    expect(of(paused.effects, 'show-heads-up')).toEqual([]);
  });
});

describe('heads-up properties over random event sequences', () => {
  it('is at most one per cycle, only while working in work hours, and never the nudge', () => {
    fc.assert(
      fc.property(
        arbSettings.filter((x) => x.headsUpSec > 0),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 365 * 24 * 60 }),
        fc.array(arbStep, { maxLength: 60 }),
        (settings, zone, startMinute, steps) => {
          const s = new Scenario(settings, MONDAY_8AM_UTC + startMinute * MIN, zone);
          const warned = new Set<number>();
          let showing: number | null = null;

          const send = (event: Parameters<Scenario['send']>[0]) => {
            const before: EngineState = s.state;
            const effects = s.send(event);
            const { state, now } = s;
            for (const effect of effects) {
              if (effect.type === 'show-heads-up') {
                expect(warned.has(effect.cycle)).toBe(false);
                warned.add(effect.cycle);
                expect(state.phase).toBe('working');
                expect(state.cycle).toBe(effect.cycle);
                expect(state.presence.state).toBe('active');
                expect(now).toBeLessThan(effect.at);
                expect(effect.at - now).toBeLessThanOrEqual(settings.headsUpSec * 1000);
                expect(currentWorkPeriod(settings, now, zone)).not.toBeNull();
                // It is not the nudge: the cycle is still to be nudged.
                expect(state.nudgedCycle).not.toBe(effect.cycle);
                showing = effect.cycle;
              }
              // (A cycle whose heads-up moment had passed when it began may get a clear for a
              // heads-up never shown: harmless.)
              if (effect.type === 'clear-heads-up' && effect.cycle === showing) showing = null;
              if (effect.type === 'show-nudge') {
                // The nudge for a warned cycle comes all the same, and the heads-up is gone.
                expect(showing).toBeNull();
              }
            }
            // A heads-up stays only while its cycle counts down to the break.
            if (showing !== null) {
              expect(state.phase).toBe('working');
              expect(state.cycle).toBe(showing);
            }
            if (before.phase === 'working' && state.phase === 'due' && warned.has(state.cycle)) {
              expect(effects).toContainEqual(
                expect.objectContaining({ type: 'show-nudge', cycle: state.cycle }),
              );
            }
          };

          for (const step of steps) {
            if (step.kind === 'advance') {
              const target = s.now + step.ms;
              while (s.state.nextWakeAt !== null && s.state.nextWakeAt <= target) {
                s.now = s.state.nextWakeAt;
                send({ type: 'tick' });
              }
              s.now = target;
            } else if (step.kind === 'sleep') s.sleep(step.ms);
            else if (step.kind === 'env') s.env = { fullscreen: step.fullscreen, audible: false };
            else send(step.event);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
