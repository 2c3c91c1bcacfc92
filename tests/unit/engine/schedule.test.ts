import { describe, expect, it } from 'vitest';
import { previewNextBreak } from '@/lib/engine/engine';
import type { TimeRange } from '@/lib/settings/settings';
import { HOUR, MIN, MONDAY_8AM_UTC, Scenario, settingsWith } from './harness';

const nineToFive: TimeRange[] = [{ start: 9 * 60, end: 17 * 60 }];
const weekdays = (ranges: TimeRange[]) => [[], ranges, ranges, ranges, ranges, ranges, []];

describe('work days and hours', () => {
  const settings = settingsWith({ workHours: { enabled: true, days: weekdays(nineToFive) } });

  it('stays quiet before work starts and starts the timer fresh when it does', () => {
    const s = new Scenario(settings); // Monday 08:00 UTC
    expect(s.state).toMatchObject({
      phase: 'off-hours',
      offHoursUntil: MONDAY_8AM_UTC + HOUR,
    });
    s.advance(HOUR);
    expect(s.state.phase).toBe('working');
    expect(s.state.nextBreakAt).toBe(MONDAY_8AM_UTC + HOUR + 50 * MIN);
  });

  it('never nudges outside work hours, and clears a waiting nudge when work ends', () => {
    const s = new Scenario(settings, Date.UTC(2026, 10, 23, 16, 0));
    s.advance(50 * MIN);
    expect(s.state.phase).toBe('due');
    const endOfDay = s.advance(10 * MIN);
    expect(endOfDay).toContainEqual({ type: 'clear-nudge' });
    expect(s.state.phase).toBe('off-hours');
    s.advance(16 * HOUR);
    expect(s.nudges()).toHaveLength(1);
    expect(s.state.phase).toBe('working');
    expect(s.state.workStartedAt).toBe(Date.UTC(2026, 10, 24, 9, 0));
  });

  it('skips the weekend', () => {
    const friday5pm = Date.UTC(2026, 10, 27, 17, 0);
    const s = new Scenario(settings, friday5pm);
    expect(s.state.offHoursUntil).toBe(Date.UTC(2026, 10, 30, 9, 0));
    s.advance(2 * 24 * HOUR + 15 * HOUR);
    expect(s.nudges()).toHaveLength(0);
  });

  it('restarts the timer for each of several work periods in a day', () => {
    const split = settingsWith({
      workHours: {
        enabled: true,
        days: weekdays([
          { start: 9 * 60, end: 12 * 60 },
          { start: 13 * 60, end: 17 * 60 },
        ]),
      },
    });
    const s = new Scenario(split, Date.UTC(2026, 10, 23, 11, 30));
    s.advance(30 * MIN);
    expect(s.state).toMatchObject({
      phase: 'off-hours',
      offHoursUntil: Date.UTC(2026, 10, 23, 13),
    });
    s.advance(HOUR);
    expect(s.state.nextBreakAt).toBe(Date.UTC(2026, 10, 23, 13, 50));
  });

  it('treats periods that meet at midnight as one, so the timer does not restart', () => {
    const night = settingsWith({
      workHours: {
        enabled: true,
        days: Array.from({ length: 7 }, () => [
          { start: 0, end: 2 * 60 },
          { start: 22 * 60, end: 24 * 60 },
        ]),
      },
    });
    const s = new Scenario(night, Date.UTC(2026, 10, 23, 23, 30));
    const started = s.state.workStartedAt;
    s.advance(40 * MIN);
    expect(s.state.phase).toBe('working');
    expect(s.state.workStartedAt).toBe(started);
  });

  it('keeps local work hours across a daylight-saving change', () => {
    // Berlin moves from UTC+1 to UTC+2 on Sunday 2026-03-29; Monday 09:00 is then 07:00 UTC.
    const s = new Scenario(
      settingsWith({ workHours: { enabled: true, days: weekdays(nineToFive) } }),
      Date.UTC(2026, 2, 28, 12, 0),
      'Europe/Berlin',
    );
    expect(s.state.offHoursUntil).toBe(Date.UTC(2026, 2, 30, 7, 0));
    // And in autumn (2026-10-25, back to UTC+1) Monday 09:00 is 08:00 UTC.
    const autumn = new Scenario(
      settingsWith({ workHours: { enabled: true, days: weekdays(nineToFive) } }),
      Date.UTC(2026, 9, 24, 12, 0),
      'Europe/Berlin',
    );
    expect(autumn.state.offHoursUntil).toBe(Date.UTC(2026, 9, 26, 8, 0));
  });

  it('keeps an interval exact across the night the clocks change', () => {
    const s = new Scenario(settingsWith(), Date.UTC(2026, 2, 29, 0, 30), 'Europe/Berlin');
    s.advance(50 * MIN);
    expect(s.state.phase).toBe('due');
    expect(s.state.dueSince).toBe(Date.UTC(2026, 2, 29, 1, 20));
  });
});

describe('deferring in fullscreen', () => {
  it('holds the nudge while a window is fullscreen and nudges when it is left', () => {
    const s = new Scenario();
    s.env = { fullscreen: true, audible: false };
    const due = s.advance(50 * MIN);
    expect(s.nudges(due)).toHaveLength(0);
    expect(s.records(due)).toEqual([{ kind: 'deferred', at: s.now, dueAt: s.now }]);
    expect(s.state.phase).toBe('deferred');
    s.advance(3 * MIN);
    s.env = { fullscreen: false, audible: false };
    s.advance(MIN);
    expect(s.nudges()).toHaveLength(1);
    expect(s.state.phase).toBe('due');
  });

  it('nudges anyway once the deferral cap is reached', () => {
    const s = new Scenario(settingsWith({ deferCapSec: 10 * 60 }));
    s.env = { fullscreen: true, audible: false };
    s.advance(50 * MIN + 10 * MIN - 1);
    expect(s.nudges()).toHaveLength(0);
    s.advance(1);
    expect(s.nudges()).toHaveLength(1);
    expect(s.records().filter((r) => r.kind === 'deferred')).toHaveLength(1);
  });

  it('defers for a tab playing sound only when the user asked for it', () => {
    const off = new Scenario();
    off.env = { fullscreen: false, audible: true };
    off.advance(50 * MIN);
    expect(off.state.phase).toBe('due');
    const on = new Scenario(settingsWith({ deferWhileAudible: true }));
    on.env = { fullscreen: false, audible: true };
    on.advance(50 * MIN);
    expect(on.state.phase).toBe('deferred');
  });
});

describe('settings changes', () => {
  it('reschedules at once, keeping the work already done', () => {
    const s = new Scenario();
    s.advance(10 * MIN);
    s.settings = settingsWith({ workIntervalSec: 25 * 60 });
    s.send({ type: 'settings-changed' });
    expect(s.state.nextBreakAt).toBe(MONDAY_8AM_UTC + 25 * MIN);
  });

  it('gives a minute of notice when a shorter interval makes the break overdue', () => {
    const s = new Scenario();
    s.advance(30 * MIN);
    s.settings = settingsWith({ workIntervalSec: 20 * 60 });
    const changed = s.send({ type: 'settings-changed' });
    expect(s.nudges(changed)).toHaveLength(0);
    expect(s.state.nextBreakAt).toBe(s.now + MIN);
  });

  it('sends the idle threshold to the browser on start and on change', () => {
    const s = new Scenario(settingsWith({ idleThresholdSec: 120 }));
    expect(s.effects).toContainEqual({ type: 'set-idle-threshold', seconds: 120 });
  });

  it('previews the next break for settings not yet saved', () => {
    const s = new Scenario();
    s.advance(10 * MIN);
    const draft = settingsWith({ workIntervalSec: 30 * 60 });
    expect(previewNextBreak(s.state, draft, s.now, 'UTC')).toBe(MONDAY_8AM_UTC + 30 * MIN);
    expect(s.state.nextBreakAt).toBe(MONDAY_8AM_UTC + 50 * MIN);
    const later = settingsWith({
      workHours: { enabled: true, days: weekdays([{ start: 14 * 60, end: 18 * 60 }]) },
    });
    expect(previewNextBreak(s.state, later, s.now, 'UTC')).toBe(Date.UTC(2026, 10, 23, 14, 50));
  });
});

describe('badge and wake-ups', () => {
  it('counts down whole minutes and wakes once a minute with the countdown on', () => {
    const s = new Scenario();
    const firstHour = s.advance(50 * MIN);
    // 49 minute marks plus the break itself, each asked for by the wake before it.
    const wakes = s.effects.filter((e) => e.type === 'schedule-wake');
    expect(wakes).toHaveLength(50);
    expect(new Set(wakes.map((w) => (w.type === 'schedule-wake' ? w.at : 0))).size).toBe(50);
    expect(s.lastBadge(firstHour)).toEqual({ type: 'set-badge', minutes: null, tone: 'due' });
  });

  it('wakes only for the break itself with the countdown off', () => {
    const s = new Scenario(settingsWith({ badgeCountdown: false }));
    const firstHour = s.advance(50 * MIN);
    expect(firstHour.filter((e) => e.type === 'schedule-wake')).toHaveLength(0);
    expect(s.state.phase).toBe('due');
    expect(s.lastBadge()).toEqual({ type: 'set-badge', minutes: null, tone: 'due' });
  });

  it('shows a badge but no notification in badge-only style', () => {
    const s = new Scenario(settingsWith({ nudgeStyle: 'badge-only' }));
    s.advance(50 * MIN);
    expect(s.state.phase).toBe('due');
    expect(s.nudges()).toHaveLength(0);
  });

  it('plays the soft sound only when the user turned it on', () => {
    const s = new Scenario(settingsWith({ sound: true }));
    s.advance(50 * MIN);
    expect(s.nudges()).toMatchObject([{ sound: true }]);
  });
});
