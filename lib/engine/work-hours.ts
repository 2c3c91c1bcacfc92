import type { Settings } from '../settings/settings';
import { addDays, localParts, zonedTime } from '../time/zoned';

/** One stretch of work time as instants: [start, end). */
export interface WorkPeriod {
  start: number;
  end: number;
}

/** How far ahead to look for the next work period (a week, plus a day for safety). */
const LOOKAHEAD_DAYS = 8;

/**
 * The user's work periods around `now` as instants, touching ranges merged (so 22:00–24:00
 * followed by 00:00–02:00 is one period and the timer does not restart at midnight).
 * Computed afresh from local dates each time, so DST and time-zone changes need no care.
 */
function periodsAround(settings: Settings, now: number, timeZone: string): WorkPeriod[] {
  const today = localParts(now, timeZone);
  const periods: WorkPeriod[] = [];
  for (let offset = -1; offset <= LOOKAHEAD_DAYS; offset++) {
    const date = addDays(today, offset);
    for (const range of settings.workHours.days[date.weekday] ?? []) {
      const start = zonedTime(date.year, date.month, date.day, range.start, timeZone);
      const end = zonedTime(date.year, date.month, date.day, range.end, timeZone);
      if (end <= start) continue;
      const last = periods[periods.length - 1];
      if (last && start <= last.end) last.end = Math.max(last.end, end);
      else periods.push({ start, end });
    }
  }
  return periods;
}

/** The work period containing `now`; with work hours off, all time is one endless period. */
export function currentWorkPeriod(
  settings: Settings,
  now: number,
  timeZone: string,
): WorkPeriod | null {
  if (!settings.workHours.enabled) return { start: -Infinity, end: Infinity };
  return periodsAround(settings, now, timeZone).find((p) => p.start <= now && now < p.end) ?? null;
}

/** When the next work period starts after `now`; null when the schedule has no periods. */
export function nextWorkPeriodStart(
  settings: Settings,
  now: number,
  timeZone: string,
): number | null {
  if (!settings.workHours.enabled) return now;
  return periodsAround(settings, now, timeZone).find((p) => p.start > now)?.start ?? null;
}
