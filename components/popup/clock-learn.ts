import { CLOCK_KEY, type ClockPattern, clockOwner, writeClock } from './clock-pattern';

/**
 * Learns how `locale` writes a time of day from Intl (see clock-pattern.ts). Its own chunk,
 * loaded after the first frame of a popup that had no pattern. The pattern is kept only if it
 * writes every sample time exactly as Intl does; else Intl keeps writing the times.
 * Returns the pattern kept.
 */
export function learnClockPattern(locale: string): ClockPattern | undefined {
  try {
    const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
    const at = (h: number, m: number) => new Date(2026, 0, 5, h, m).getTime();
    const part = (type: string) =>
      format.formatToParts(at(9, 5)).find((x) => x.type === type)?.value ?? '';
    // Each part's text as format() writes it: V8's format() writes a plain space where its
    // formatToParts() keeps a narrow one (U+202F), and the popup has always shown format()'s.
    const written = format.format(at(16, 9));
    let from = 0;
    const parts = format.formatToParts(at(16, 9)).map((x): [string, string] => {
      from += x.value.length;
      return [x.type, written.slice(from - x.value.length, from)];
    });
    const pattern: ClockPattern = [
      clockOwner(locale),
      parts,
      part('dayPeriod'),
      format.resolvedOptions().hourCycle ?? 'h23',
      part('hour').length === 2,
    ];
    const right = [0, 1, 9, 11, 12, 13, 16, 23]
      .flatMap((h) => [at(h, 0), at(h, 7), at(h, 59)])
      .every((time) => writeClock(pattern, time) === format.format(time));
    if (!right) return undefined;
    localStorage.setItem(CLOCK_KEY, JSON.stringify(pattern));
    return pattern;
  } catch {
    // Storage off, or an Intl without parts: Intl writes the times each time.
    return undefined;
  }
}
