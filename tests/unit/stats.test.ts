import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/lib/engine/types';
import { dailyBreaks, GRACE_DAYS, gentleStreak, periodStats } from '@/lib/stats';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 25, 15, 0); // Wednesday afternoon
const daysAgo = (n: number, hour = 10) => Date.UTC(2026, 10, 25 - n, hour, 0);

describe('break statistics', () => {
  const history: HistoryEntry[] = [
    { kind: 'taken', at: daysAgo(0), completed: true, exerciseKind: 'connection' },
    { kind: 'taken', at: daysAgo(1), completed: true, exerciseKind: 'self-compassion' },
    { kind: 'natural', at: daysAgo(2) },
    { kind: 'snoozed', at: daysAgo(3) },
    { kind: 'skipped', at: daysAgo(6) },
    { kind: 'taken', at: daysAgo(10) },
    { kind: 'deferred', at: daysAgo(1) },
  ];

  it('counts the last 7 days by kind, and exercises done by kind', () => {
    expect(periodStats(history, NOW, 7, 'UTC')).toEqual({
      taken: 2,
      natural: 1,
      snoozed: 1,
      skipped: 1,
      exercises: { connection: 1, selfCompassion: 1 },
    });
  });

  it('counts the last 30 days too', () => {
    expect(periodStats(history, NOW, 30, 'UTC').taken).toBe(3);
  });

  it('counts days in the local time zone', () => {
    const lateEvening: HistoryEntry[] = [{ kind: 'taken', at: Date.UTC(2026, 10, 18, 23, 30) }];
    // 23:30 UTC on the 18th is already the 19th in Berlin: inside the last 7 days there.
    expect(periodStats(lateEvening, NOW, 7, 'UTC').taken).toBe(0);
    expect(periodStats(lateEvening, NOW, 7, 'Europe/Berlin').taken).toBe(1);
  });

  it('gives the chart one bar a day, oldest first', () => {
    const bars = dailyBreaks(history, NOW, 7, 'UTC');
    expect(bars).toHaveLength(7);
    expect(bars.at(-1)).toEqual({ day: '2026-11-25', breaks: 1 });
    expect(bars.map((b) => b.breaks)).toEqual([0, 0, 0, 0, 1, 1, 1]);
  });
});

describe('the gentle streak', () => {
  it('counts days with a break', () => {
    const h: HistoryEntry[] = [0, 1, 2].map((n) => ({ kind: 'taken', at: daysAgo(n) }));
    expect(gentleStreak(h, NOW, 'UTC')).toBe(3);
  });

  it('forgives a weekend or a busy day without a break', () => {
    const h: HistoryEntry[] = [0, 3, 4].map((n) => ({ kind: 'natural', at: daysAgo(n) }));
    expect(GRACE_DAYS).toBe(2);
    expect(gentleStreak(h, NOW, 'UTC')).toBe(3);
  });

  it('does not end just because today has no break yet', () => {
    const h: HistoryEntry[] = [1, 2].map((n) => ({ kind: 'taken', at: daysAgo(n) }));
    expect(gentleStreak(h, NOW, 'UTC')).toBe(2);
  });

  it('starts again quietly after a longer pause', () => {
    const h: HistoryEntry[] = [0, 4, 5].map((n) => ({ kind: 'taken', at: daysAgo(n) }));
    expect(gentleStreak(h, NOW, 'UTC')).toBe(1);
    expect(gentleStreak([], NOW + DAY, 'UTC')).toBe(0);
  });
});
