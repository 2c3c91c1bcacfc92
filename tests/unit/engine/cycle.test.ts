import { describe, expect, it } from 'vitest';
import { HOUR, MIN, MONDAY_8AM_UTC, Scenario, SEC, settingsWith } from './harness';

describe('the work–break cycle', () => {
  it('schedules the first break one work interval after install', () => {
    const s = new Scenario();
    expect(s.state.phase).toBe('working');
    expect(s.state.nextBreakAt).toBe(MONDAY_8AM_UTC + 50 * MIN);
    // The badge shows "50m" and the worker next wakes when it should read "49m".
    expect(s.lastBadge()).toEqual({ type: 'set-badge', minutes: 50, tone: 'counting' });
    expect(s.effects).toContainEqual({ type: 'schedule-wake', at: MONDAY_8AM_UTC + MIN });
  });

  it('nudges exactly when the break is due, and only once for that cycle', () => {
    const s = new Scenario();
    const before = s.advance(50 * MIN - 1);
    expect(s.nudges(before)).toHaveLength(0);
    const at = s.advance(1);
    expect(s.nudges(at)).toEqual([
      { type: 'show-nudge', cycle: s.state.cycle, sound: false, canSnooze: true, long: false },
    ]);
    expect(s.state.phase).toBe('due');
    s.send({ type: 'tick' });
    s.send({ type: 'startup' });
    s.advance(30 * MIN);
    expect(s.nudges()).toHaveLength(1);
  });

  it('records a taken break when the user finishes it, and starts a fresh interval', () => {
    const s = new Scenario();
    s.advance(50 * MIN);
    s.advance(20 * SEC);
    const started = s.send({ type: 'start-break', source: 'popup' });
    expect(started).toContainEqual({ type: 'clear-nudge' });
    expect(s.state.phase).toBe('on-break');
    s.advance(2 * MIN);
    const finished = s.send({
      type: 'finish-break',
      exerciseId: 'sc-kind-word',
      exerciseKind: 'self-compassion',
      completed: true,
    });
    expect(s.records(finished)).toEqual([
      {
        kind: 'taken',
        at: MONDAY_8AM_UTC + 50 * MIN + 20 * SEC,
        dueAt: MONDAY_8AM_UTC + 50 * MIN,
        durationMs: 2 * MIN,
        exerciseId: 'sc-kind-word',
        exerciseKind: 'self-compassion',
        completed: true,
      },
    ]);
    expect(s.state.phase).toBe('working');
    expect(s.state.nextBreakAt).toBe(s.now + 50 * MIN);
  });

  it('ends a break on its own after the break length and counts it as taken', () => {
    const s = new Scenario();
    s.advance(50 * MIN);
    s.send({ type: 'start-break', source: 'notification' });
    const breakStart = s.now;
    s.advance(5 * MIN);
    expect(s.state.phase).toBe('working');
    expect(s.records().at(-1)).toMatchObject({
      kind: 'taken',
      at: breakStart,
      durationMs: 5 * MIN,
    });
    // Back-to-back cycles do not drift: the next interval starts when the break ended.
    expect(s.state.nextBreakAt).toBe(breakStart + 5 * MIN + 50 * MIN);
  });

  it('opens the exercise when the break is started from the notification only', () => {
    const fromNotification = new Scenario();
    fromNotification.advance(50 * MIN);
    expect(fromNotification.send({ type: 'start-break', source: 'notification' })).toContainEqual({
      type: 'open-exercise',
    });
    const fromPopup = new Scenario();
    fromPopup.advance(50 * MIN);
    expect(fromPopup.send({ type: 'start-break', source: 'popup' })).not.toContainEqual({
      type: 'open-exercise',
    });
  });

  it('lets the user take a break early, before one is due', () => {
    const s = new Scenario();
    s.advance(10 * MIN);
    s.send({ type: 'start-break', source: 'popup' });
    s.send({ type: 'finish-break' });
    expect(s.records()).toEqual([{ kind: 'taken', at: MONDAY_8AM_UTC + 10 * MIN, durationMs: 0 }]);
    expect(s.state.nextBreakAt).toBe(MONDAY_8AM_UTC + 60 * MIN);
  });

  it('attaches an exercise finished after its break already ended to that break', () => {
    const s = new Scenario();
    s.advance(50 * MIN);
    s.send({ type: 'start-break', source: 'popup' });
    s.advance(6 * MIN);
    const late = s.send({
      type: 'finish-break',
      cycle: 1,
      exerciseId: 'cn-listen',
      completed: true,
    });
    expect(late).toContainEqual({
      type: 'record-exercise',
      entry: { kind: 'taken', at: s.now, cycle: 1, exerciseId: 'cn-listen', completed: true },
    });
    expect(s.state.nextBreakAt).toBe(MONDAY_8AM_UTC + 55 * MIN + 50 * MIN);
  });
});

describe('snooze and skip', () => {
  it('snooze moves a due break by the snooze length and nudges once more then', () => {
    const s = new Scenario();
    s.advance(50 * MIN);
    const snoozed = s.send({ type: 'snooze' });
    expect(snoozed).toContainEqual({ type: 'clear-nudge' });
    expect(s.records(snoozed)).toEqual([
      { kind: 'snoozed', at: s.now, dueAt: s.now, durationMs: 5 * MIN },
    ]);
    expect(s.state.nextBreakAt).toBe(s.now + 5 * MIN);
    s.advance(5 * MIN - 1);
    expect(s.nudges()).toHaveLength(1);
    s.advance(1);
    expect(s.nudges()).toHaveLength(2);
  });

  it('accepts a snooze length chosen in the popup', () => {
    const s = new Scenario();
    s.advance(50 * MIN);
    s.send({ type: 'snooze', minutes: 15 });
    expect(s.state.nextBreakAt).toBe(s.now + 15 * MIN);
  });

  it('snooze before a break is due pushes the coming break back', () => {
    const s = new Scenario();
    s.advance(40 * MIN);
    s.send({ type: 'snooze', minutes: 10 });
    expect(s.state.nextBreakAt).toBe(MONDAY_8AM_UTC + 60 * MIN);
  });

  it('refuses snoozes beyond the daily cap, and offers them again the next day', () => {
    const s = new Scenario(settingsWith({ snoozeDailyCap: 2 }));
    for (let i = 0; i < 2; i++) {
      s.advance(s.state.nextBreakAt - s.now);
      s.send({ type: 'snooze' });
    }
    s.advance(s.state.nextBreakAt - s.now);
    expect(s.nudges().at(-1)).toMatchObject({ canSnooze: false });
    const refused = s.send({ type: 'snooze' });
    expect(s.records(refused)).toEqual([]);
    expect(s.state.phase).toBe('due');
    s.send({ type: 'skip' });
    s.advance(24 * HOUR);
    expect(s.state.phase).toBe('due');
    s.send({ type: 'snooze' });
    expect(s.state.phase).toBe('working');
  });

  it('skip records a skipped break, with no other consequence, and restarts the interval', () => {
    const s = new Scenario();
    s.advance(50 * MIN);
    const skipped = s.send({ type: 'skip' });
    expect(s.records(skipped)).toEqual([{ kind: 'skipped', at: s.now, dueAt: s.now }]);
    expect(s.state.nextBreakAt).toBe(s.now + 50 * MIN);
  });
});

describe('pause', () => {
  it('holds every nudge during a pause and ends it on its own', () => {
    const s = new Scenario();
    s.advance(10 * MIN);
    s.send({ type: 'pause', request: { minutes: 60 } });
    expect(s.state).toMatchObject({ phase: 'paused', pausedUntil: s.now + 60 * MIN });
    s.advance(60 * MIN - 1);
    expect(s.nudges()).toHaveLength(0);
    s.advance(1);
    expect(s.state.phase).toBe('working');
    expect(s.state.nextBreakAt).toBe(s.now + 50 * MIN);
  });

  it('resume ends a pause early with a fresh interval', () => {
    const s = new Scenario();
    s.send({ type: 'pause', request: { minutes: 60 } });
    s.advance(5 * MIN);
    s.send({ type: 'resume' });
    expect(s.state.phase).toBe('working');
    expect(s.state.nextBreakAt).toBe(s.now + 50 * MIN);
  });

  it('"until tomorrow" lasts until the first work period of the next day', () => {
    const s = new Scenario(
      settingsWith({
        workHours: {
          enabled: true,
          days: [[], [{ start: 480, end: 1020 }], [{ start: 540, end: 1020 }], [], [], [], []],
        },
      }),
    );
    s.send({ type: 'pause', request: { untilTomorrow: true } });
    expect(s.state.pausedUntil).toBe(Date.UTC(2026, 10, 24, 9, 0));
  });

  it('refuses a pause that ends in the past and caps a very long one at a week', () => {
    const s = new Scenario();
    s.send({ type: 'pause', request: { until: s.now - 1 } });
    expect(s.state.phase).toBe('working');
    s.send({ type: 'pause', request: { until: s.now + 30 * 24 * HOUR } });
    expect(s.state.pausedUntil).toBe(s.now + 7 * 24 * HOUR);
  });
});
