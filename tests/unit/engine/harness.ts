import { initialState, reduce } from '@/lib/engine/engine';
import type { Effect, EngineEvent, EngineState, Environment } from '@/lib/engine/types';
import { defaultSettings, type Settings } from '@/lib/settings/settings';

export const SEC = 1000;
export const MIN = 60 * SEC;
export const HOUR = 60 * MIN;

/** Monday 2026-11-23 08:00 UTC: a plain weekday morning. */
export const MONDAY_8AM_UTC = Date.UTC(2026, 10, 23, 8, 0);

export function settingsWith(overrides: Partial<Settings> = {}): Settings {
  return { ...structuredClone(defaultSettings), ...overrides };
}

const calm: Environment = { fullscreen: false, audible: false };

/**
 * A small driver for engine scenarios: holds the state, an injected clock and the effects,
 * so each test reads as a story ("at +50 min, a tick; the user is nudged").
 */
export class Scenario {
  state: EngineState;
  now: number;
  effects: Effect[] = [];
  env: Environment = calm;

  constructor(
    public settings: Settings = settingsWith(),
    start = MONDAY_8AM_UTC,
    public timeZone = 'UTC',
  ) {
    this.now = start;
    this.state = initialState(this.ctx());
    this.send({ type: 'startup' });
  }

  ctx() {
    return { now: this.now, settings: this.settings, timeZone: this.timeZone, env: this.env };
  }

  /** Handles one event at the current time; returns only this event's effects. */
  send(event: EngineEvent): Effect[] {
    const { state, effects } = reduce(this.state, event, this.ctx());
    this.state = state;
    this.effects.push(...effects);
    return effects;
  }

  /** Moves the clock, firing the wake alarm whenever the engine asked for one on the way. */
  advance(ms: number): Effect[] {
    if (ms < 0) throw new Error('advance() moves forward; use setClock() to turn the clock back');
    const target = this.now + ms;
    const seen: Effect[] = [];
    for (let guard = 0; guard < 10_000; guard++) {
      const wake = this.state.nextWakeAt;
      if (wake === null || wake > target) break;
      this.now = wake;
      seen.push(...this.send({ type: 'tick' }));
    }
    this.now = target;
    return seen;
  }

  /** Moves the clock with no wake on the way (the machine was asleep or the browser shut). */
  sleep(ms: number): void {
    this.now += ms;
  }

  nudges(effects: Effect[] = this.effects) {
    return effects.filter((e) => e.type === 'show-nudge');
  }

  /** What was recorded, without the cycle numbers (tests of cycles read `cycles()`). */
  records(effects: Effect[] = this.effects) {
    return effects.flatMap((e) => {
      if (e.type !== 'record') return [];
      const { cycle: _cycle, ...entry } = e.entry;
      return [entry];
    });
  }

  /** The cycle each record belongs to, in order. */
  cycles(effects: Effect[] = this.effects) {
    return effects.flatMap((e) => (e.type === 'record' ? [e.entry.cycle] : []));
  }

  lastBadge(effects: Effect[] = this.effects) {
    return effects.filter((e) => e.type === 'set-badge').at(-1);
  }
}
