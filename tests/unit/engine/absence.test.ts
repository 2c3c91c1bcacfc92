import { describe, expect, it } from 'vitest';
import { HOUR, MIN, MONDAY_8AM_UTC, Scenario, SEC, settingsWith } from './harness';

describe('natural breaks and absences', () => {
  it('counts idle time of at least a break length as a break and restarts the interval', () => {
    const s = new Scenario();
    s.advance(20 * MIN);
    s.send({ type: 'presence', state: 'idle' }); // reported after 60 s without input
    s.advance(5 * MIN);
    const back = s.send({ type: 'presence', state: 'active' });
    expect(s.records(back)).toEqual([
      { kind: 'natural', at: MONDAY_8AM_UTC + 19 * MIN, durationMs: 6 * MIN, dueAt: undefined },
    ]);
    expect(s.state.nextBreakAt).toBe(s.now + 50 * MIN);
  });

  it('does not count a short idle spell as a break', () => {
    const s = new Scenario();
    s.advance(20 * MIN);
    s.send({ type: 'presence', state: 'idle' });
    s.advance(3 * MIN);
    s.send({ type: 'presence', state: 'active' });
    expect(s.records()).toEqual([]);
    expect(s.state.nextBreakAt).toBe(MONDAY_8AM_UTC + 50 * MIN);
  });

  it('counts a locked screen from the moment it locked', () => {
    const s = new Scenario();
    s.advance(10 * MIN);
    s.send({ type: 'presence', state: 'locked' });
    s.advance(5 * MIN);
    s.send({ type: 'presence', state: 'active' });
    expect(s.records()).toMatchObject([{ kind: 'natural', durationMs: 5 * MIN }]);
  });

  it('holds a break that comes due while the user is away, and never nudges on return', () => {
    const s = new Scenario();
    s.advance(45 * MIN);
    s.send({ type: 'presence', state: 'locked' });
    s.advance(20 * MIN);
    expect(s.nudges()).toHaveLength(0);
    const back = s.send({ type: 'presence', state: 'active' });
    expect(s.nudges(back)).toHaveLength(0);
    expect(s.records(back)).toMatchObject([{ kind: 'natural', dueAt: MONDAY_8AM_UTC + 50 * MIN }]);
    expect(s.state.nextBreakAt).toBe(s.now + 50 * MIN);
  });

  it('nudges on return from a short absence if the break came due meanwhile', () => {
    const s = new Scenario();
    s.advance(48 * MIN);
    s.send({ type: 'presence', state: 'locked' });
    s.advance(3 * MIN);
    const back = s.send({ type: 'presence', state: 'active' });
    expect(s.nudges(back)).toHaveLength(1);
  });

  it('treats sleeping through a due break as a natural break, not a nudge on waking', () => {
    const s = new Scenario();
    s.advance(30 * MIN);
    s.sleep(2 * HOUR); // no alarm fires while the machine sleeps
    const woke = s.send({ type: 'tick' });
    expect(s.nudges(woke)).toHaveLength(0);
    expect(s.records(woke)).toMatchObject([{ kind: 'natural', at: MONDAY_8AM_UTC + 31 * MIN }]);
    expect(s.state.nextBreakAt).toBe(s.now + 50 * MIN);
  });

  it('does not nudge on waking when the machine slept through the end of a break', () => {
    const s = new Scenario();
    s.advance(50 * MIN);
    s.send({ type: 'start-break', source: 'popup' });
    s.sleep(3 * HOUR);
    const woke = s.send({ type: 'tick' });
    expect(s.nudges(woke)).toHaveLength(0);
    expect(s.records(woke)).toMatchObject([{ kind: 'taken', durationMs: 5 * MIN }]);
    expect(s.state.nextBreakAt).toBe(s.now + 50 * MIN);
  });

  it('catches up after a closed browser: the first event is the start-up', () => {
    const s = new Scenario();
    s.advance(40 * MIN);
    s.sleep(10 * HOUR);
    const started = s.send({ type: 'startup' });
    expect(s.nudges(started)).toHaveLength(0);
    expect(s.state.nextBreakAt).toBeGreaterThan(s.now);
    expect(started).toContainEqual({ type: 'schedule-wake', at: s.now + MIN });
  });

  it('with natural breaks off and "resume", keeps the work time left before the absence', () => {
    const s = new Scenario(settingsWith({ naturalBreaks: false, afterLongAbsence: 'resume' }));
    s.advance(20 * MIN);
    s.send({ type: 'presence', state: 'locked' });
    s.advance(HOUR);
    s.send({ type: 'presence', state: 'active' });
    expect(s.records()).toEqual([]);
    expect(s.state.nextBreakAt).toBe(s.now + 30 * MIN);
  });

  it('with natural breaks off and "reset", starts a fresh interval without recording a break', () => {
    const s = new Scenario(settingsWith({ naturalBreaks: false, afterLongAbsence: 'reset' }));
    s.advance(20 * MIN);
    s.send({ type: 'presence', state: 'locked' });
    s.advance(HOUR);
    s.send({ type: 'presence', state: 'active' });
    expect(s.records()).toEqual([]);
    expect(s.state.nextBreakAt).toBe(s.now + 50 * MIN);
  });

  it('"resume" after an absence that began with the break due still gives a little time', () => {
    const s = new Scenario(settingsWith({ naturalBreaks: false, afterLongAbsence: 'resume' }));
    s.advance(50 * MIN);
    expect(s.state.phase).toBe('due');
    s.send({ type: 'presence', state: 'locked' });
    s.advance(HOUR);
    const back = s.send({ type: 'presence', state: 'active' });
    expect(back).toContainEqual({ type: 'clear-nudge' });
    expect(s.state.phase).toBe('working');
    expect(s.state.nextBreakAt).toBe(s.now + 2 * MIN);
  });

  it('clears a waiting nudge when the user has been away for a break length', () => {
    const s = new Scenario();
    s.advance(50 * MIN);
    s.send({ type: 'presence', state: 'idle' });
    s.advance(10 * MIN);
    const back = s.send({ type: 'presence', state: 'active' });
    expect(back).toContainEqual({ type: 'clear-nudge' });
    expect(s.state.phase).toBe('working');
  });

  it('does not mistake a slightly late alarm for sleep', () => {
    const s = new Scenario();
    s.advance(50 * MIN - 1);
    s.sleep(5 * SEC + 1);
    s.send({ type: 'tick' });
    expect(s.state.phase).toBe('due');
    expect(s.records()).toEqual([]);
  });
});

describe('clock and time zone changes', () => {
  it('keeps the time left when the clock is set back', () => {
    const s = new Scenario();
    s.advance(20 * MIN);
    s.now -= 3 * HOUR; // the user (or NTP) turns the clock back
    s.send({ type: 'tick' });
    expect(s.state.nextBreakAt).toBe(s.now + 30 * MIN);
    s.advance(30 * MIN);
    expect(s.state.phase).toBe('due');
  });

  it('treats a clock set forward like time away: no burst of nudges', () => {
    const s = new Scenario();
    s.advance(20 * MIN);
    s.now += 5 * HOUR;
    const effects = s.send({ type: 'tick' });
    expect(s.nudges(effects)).toHaveLength(0);
    expect(s.state.nextBreakAt).toBeGreaterThan(s.now);
  });

  it('follows a change of time zone for work hours', () => {
    // Work hours 9–17 local. At 08:00 UTC it is 09:00 in Berlin, but 03:00 in New York.
    const settings = settingsWith({
      workHours: {
        enabled: true,
        days: [[], ...Array.from({ length: 5 }, () => [{ start: 540, end: 1020 }]), []],
      },
    });
    const s = new Scenario(settings, MONDAY_8AM_UTC, 'Europe/Berlin');
    expect(s.state.phase).toBe('working');
    s.timeZone = 'America/New_York';
    s.send({ type: 'tick' });
    expect(s.state.phase).toBe('off-hours');
    expect(s.state.offHoursUntil).toBe(Date.UTC(2026, 10, 23, 14, 0));
  });
});
