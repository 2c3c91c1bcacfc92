import type { HistoryEntry } from './engine/types';
import { addDays, localDayKey, localParts } from './time/zoned';

/** Break statistics for the options page: counts per local day, never a judgement. */

export interface PeriodStats {
  taken: number;
  natural: number;
  snoozed: number;
  skipped: number;
  exercises: { connection: number; selfCompassion: number };
}

/** One local day's breaks taken (by hand or naturally), oldest day first. */
export interface DayCount {
  day: string;
  breaks: number;
}

const DAY = 24 * 60 * 60 * 1000;

function lastDays(now: number, days: number, timeZone: string): string[] {
  const today = localParts(now, timeZone);
  return Array.from({ length: days }, (_, i) => {
    const d = addDays(today, i - days + 1);
    return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  });
}

export function periodStats(
  history: readonly HistoryEntry[],
  now: number,
  days: number,
  timeZone: string,
): PeriodStats {
  const included = new Set(lastDays(now, days, timeZone));
  const stats: PeriodStats = {
    taken: 0,
    natural: 0,
    snoozed: 0,
    skipped: 0,
    exercises: { connection: 0, selfCompassion: 0 },
  };
  for (const e of history) {
    if (e.at > now || e.at < now - (days + 1) * DAY) continue;
    if (!included.has(localDayKey(e.at, timeZone))) continue;
    if (e.kind === 'taken') stats.taken++;
    else if (e.kind === 'natural') stats.natural++;
    else if (e.kind === 'snoozed') stats.snoozed++;
    else if (e.kind === 'skipped') stats.skipped++;
    if (e.completed) {
      if (e.exerciseKind === 'connection') stats.exercises.connection++;
      else if (e.exerciseKind === 'self-compassion') stats.exercises.selfCompassion++;
    }
  }
  return stats;
}

/** Breaks taken or natural per local day, for the chart. */
export function dailyBreaks(
  history: readonly HistoryEntry[],
  now: number,
  days: number,
  timeZone: string,
): DayCount[] {
  const counts = new Map(lastDays(now, days, timeZone).map((d) => [d, 0]));
  for (const e of history) {
    if (e.kind !== 'taken' && e.kind !== 'natural') continue;
    const day = localDayKey(e.at, timeZone);
    const n = counts.get(day);
    if (n !== undefined) counts.set(day, n + 1);
  }
  return [...counts].map(([day, breaks]) => ({ day, breaks }));
}

/** Days without a break that a streak forgives: a weekend, or one busy day, is not a loss. */
export const GRACE_DAYS = 2;

/**
 * A gentle streak: days with at least one break, counted back from today, where up to
 * GRACE_DAYS quiet days in a row are passed over rather than ending it. Today not having a
 * break yet never ends it either.
 */
export function gentleStreak(history: readonly HistoryEntry[], now: number, timeZone: string) {
  const withBreak = new Set(
    history
      .filter((e) => e.kind === 'taken' || e.kind === 'natural')
      .map((e) => localDayKey(e.at, timeZone)),
  );
  const today = localParts(now, timeZone);
  let streak = 0;
  let quiet = 0;
  for (let i = 0; i < 400; i++) {
    const d = addDays(today, -i);
    const key = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    if (withBreak.has(key)) {
      streak++;
      quiet = 0;
    } else if (i > 0) {
      quiet++;
      if (quiet > GRACE_DAYS) break;
    }
  }
  return streak;
}
