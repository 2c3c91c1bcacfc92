import { currentLocale } from '@/lib/i18n';
import { dayKey } from '@/lib/time/day-key';
import { sameDay, withinWeek } from './clock-math';
import { clockPattern, writeMoment } from './clock-pattern';

/**
 * A moment as people say it: "14:35" today, "Mon 09:00" within the week, a date after that.
 * Display only; when things happen is the worker's business.
 */
export function formatMoment(at: number, now: number): string {
  const locale = currentLocale();
  const pattern = clockPattern(locale);
  const written = pattern && writeMoment(pattern, at, now);
  if (written !== undefined) return written;
  if (sameDay(at, now)) {
    return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(at);
  }
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    ...(withinWeek(at, now) ? {} : { day: 'numeric', month: 'short' }),
    hour: 'numeric',
    minute: '2-digit',
  }).format(at);
}

/** Today's local day, keyed as the engine keys it, by the browser's own clock (no Intl). */
export function localDay(now: number): string {
  const d = new Date(now);
  return dayKey(d.getFullYear(), d.getMonth() + 1, d.getDate());
}
