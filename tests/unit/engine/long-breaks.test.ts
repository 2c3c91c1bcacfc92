import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EngineState } from '@/lib/engine/types';
import { parseEngineState } from '@/lib/store/engine-state';
import { arbSettings, arbStep, zones } from './arbitraries';
import { MIN, MONDAY_8AM_UTC, Scenario, settingsWith } from './harness';

/**
 * Long breaks: every Nth break is long. What counts toward N: breaks taken (a long one, even
 * ended early, starts the count afresh) and natural breaks (one at least the long length
 * counts as the long one). Skips, snoozes, pauses and off-hours do not count, so a long
 * break owed stays owed until one is had.
 */

const every3 = () =>
  settingsWith({
    workIntervalSec: 50 * 60,
    breakLengthSec: 5 * 60,
    longBreakEvery: 3,
    longBreakLengthSec: 15 * 60,
  });

/** Works until the break is due, then takes it from the popup. */
function startDueBreak(s: Scenario) {
  s.advance(s.state.nextBreakAt - s.now);
  expect(s.state.phase).toBe('due');
  return s.send({ type: 'start-break', source: 'popup' });
}

/** Takes the next break and lets it run out; returns how long it was. */
function takeBreak(s: Scenario): number {
  startDueBreak(s);
  const length = (s.state.breakEndsAt ?? 0) - (s.state.breakStartedAt ?? 0);
  s.advance(length);
  expect(s.state.phase).toBe('working');
  return length;
}

describe('long breaks', () => {
  it('are off by default: every break has the ordinary length', () => {
    const s = new Scenario();
    for (let i = 0; i < 5; i++) expect(takeBreak(s)).toBe(5 * MIN);
    expect(s.state.breaksSinceLong).toBe(0);
  });

  it('make every third break a long one, with its own length, marked long', () => {
    const s = new Scenario(every3());
    expect(takeBreak(s)).toBe(5 * MIN);
    expect(takeBreak(s)).toBe(5 * MIN);
    const effects = startDueBreak(s);
    expect(s.state.longBreak).toBe(true);
    expect((s.state.breakEndsAt ?? 0) - (s.state.breakStartedAt ?? 0)).toBe(15 * MIN);
    expect(effects).toContainEqual({ type: 'offer-exercise', cycle: s.state.cycle, long: true });
    s.advance(15 * MIN);
    expect(s.state.longBreak).toBe(false);
    expect(s.state.breaksSinceLong).toBe(0);
    expect(takeBreak(s)).toBe(5 * MIN);
  });

  it('mark a long break already when it comes due, so the popup and the chooser know', () => {
    const s = new Scenario(every3());
    takeBreak(s);
    takeBreak(s);
    const effects = s.advance(s.state.nextBreakAt - s.now);
    expect(s.state.phase).toBe('due');
    expect(s.state.longBreak).toBe(true);
    expect(effects).toContainEqual({ type: 'offer-exercise', cycle: s.state.cycle, long: true });
    expect(s.nudges(effects)).toEqual([expect.objectContaining({ long: true })]);
  });

  it('are not lost to a skip or a snooze: the next break is still the long one', () => {
    const s = new Scenario(every3());
    takeBreak(s);
    takeBreak(s);
    s.advance(s.state.nextBreakAt - s.now);
    s.send({ type: 'skip' });
    expect(s.state.breaksSinceLong).toBe(2);
    s.advance(s.state.nextBreakAt - s.now);
    s.send({ type: 'snooze' });
    expect(s.state.breaksSinceLong).toBe(2);
    expect(takeBreak(s)).toBe(15 * MIN);
  });

  it('count a natural break at least the long length as the long break', () => {
    const s = new Scenario(every3());
    takeBreak(s);
    takeBreak(s);
    s.advance(10 * MIN);
    s.send({ type: 'presence', state: 'locked' });
    s.advance(20 * MIN);
    s.send({ type: 'presence', state: 'active' });
    expect(s.records().at(-1)).toMatchObject({ kind: 'natural', durationMs: 20 * MIN });
    expect(s.state.breaksSinceLong).toBe(0);
    expect(takeBreak(s)).toBe(5 * MIN);
  });

  it('keep a long break owed through a shorter natural break', () => {
    const s = new Scenario(every3());
    takeBreak(s);
    takeBreak(s);
    s.advance(10 * MIN);
    s.send({ type: 'presence', state: 'locked' });
    s.advance(8 * MIN);
    s.send({ type: 'presence', state: 'active' });
    expect(s.records().at(-1)).toMatchObject({ kind: 'natural', durationMs: 8 * MIN });
    expect(takeBreak(s)).toBe(15 * MIN);
  });

  it('count a long break ended early with Done as had', () => {
    const s = new Scenario(every3());
    takeBreak(s);
    takeBreak(s);
    startDueBreak(s);
    s.advance(3 * MIN);
    s.send({ type: 'finish-break', exerciseId: 'sc-x', completed: true });
    expect(s.state.breaksSinceLong).toBe(0);
    expect(takeBreak(s)).toBe(5 * MIN);
  });

  it('follow a change of the long length during a long break', () => {
    const s = new Scenario(every3());
    takeBreak(s);
    takeBreak(s);
    startDueBreak(s);
    s.settings = { ...s.settings, longBreakLengthSec: 20 * 60 };
    s.send({ type: 'settings-changed' });
    expect((s.state.breakEndsAt ?? 0) - (s.state.breakStartedAt ?? 0)).toBe(20 * MIN);
  });

  it('keep their count in the stored state, and an old stored state without it still parses', () => {
    const s = new Scenario(every3());
    takeBreak(s);
    takeBreak(s);
    const stored = JSON.parse(JSON.stringify(s.state)) as Record<string, unknown>;
    expect(parseEngineState(stored, s.now).value).toEqual(s.state);

    const { breaksSinceLong: _b, longBreak: _l, headsUpCycle: _h, ...old } = stored;
    const parsed = parseEngineState(old, s.now).value;
    expect(parsed).toMatchObject({ breaksSinceLong: 0, longBreak: false, headsUpCycle: 0 });
    expect(parsed?.cycle).toBe(s.state.cycle);
  });
});

/** The worker is killed and starts again from the stored state. */
const kill = fc.constant({ kind: 'kill' as const });

describe('long break properties over random event sequences', () => {
  it('never loses a long break, never gives one unowed, and survives a worker kill', () => {
    fc.assert(
      fc.property(
        arbSettings.filter((x) => x.longBreakEvery > 0),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 365 * 24 * 60 }),
        fc.array(fc.oneof({ weight: 9, arbitrary: arbStep }, { weight: 1, arbitrary: kill }), {
          maxLength: 60,
        }),
        (settings, zone, startMinute, steps) => {
          const s = new Scenario(settings, MONDAY_8AM_UTC + startMinute * MIN, zone);
          // Our own count of ordinary breaks had since the last long one, from what was recorded.
          let model = 0;
          const longLength = settings.longBreakLengthSec * 1000;
          const owed = () => model >= settings.longBreakEvery - 1;

          const send = (event: Parameters<Scenario['send']>[0]) => {
            const before: EngineState = s.state;
            const effects = s.send(event);
            let had = false;
            for (const effect of effects) {
              if (effect.type !== 'record') continue;
              const { kind, durationMs = 0 } = effect.entry;
              if (kind === 'taken') {
                had = true;
                model = before.longBreak ? 0 : model + 1;
              } else if (kind === 'natural') {
                had = true;
                model = durationMs >= longLength ? 0 : model + 1;
              }
            }
            const after = s.state;
            // The count moves only when a break is had: never by a skip, snooze or pause.
            if (!had) expect(after.breaksSinceLong).toBe(before.breaksSinceLong);
            if (after.phase === 'on-break' && before.phase !== 'on-break') {
              // A break starts long exactly when one is owed, and lasts the long length.
              expect(after.longBreak).toBe(owed());
              const length = (after.breakEndsAt ?? 0) - (after.breakStartedAt ?? 0);
              const expected = owed() ? settings.longBreakLengthSec : settings.breakLengthSec;
              expect(length).toBe(expected * 1000);
            }
            if (after.phase === 'due') expect(after.longBreak).toBe(owed());
            if (after.phase !== 'due' && after.phase !== 'on-break') {
              expect(after.longBreak).toBe(false);
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
            else if (step.kind === 'kill') {
              // The worker is killed and starts again: all it has is the stored state.
              const stored = JSON.parse(JSON.stringify(s.state)) as unknown;
              const back = parseEngineState(stored, s.now).value;
              expect(back).toEqual(s.state);
              if (back) s.state = back;
              send({ type: 'startup' });
            } else send(step.event);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
