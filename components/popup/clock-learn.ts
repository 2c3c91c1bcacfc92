import {
  CLOCK_KEY,
  type ClockPattern,
  clockOwner,
  writeClock,
  writeDayClock,
} from './clock-pattern';

/**
 * Learns how `locale` writes a time of day from Intl (see clock-pattern.ts). Its own chunk,
 * loaded after the first frame of a popup that had no pattern. The pattern is kept only if it
 * writes every sample time exactly as Intl does; else Intl keeps writing the times.
 * Returns the pattern kept.
 */
export function learnClockPattern(locale: string): ClockPattern | undefined {
  try {
    const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
    const at = (h: number, m: number, day = 5) => new Date(2026, 0, day, h, m).getTime();
    const part = (type: string) =>
      format.formatToParts(at(9, 5)).find((x) => x.type === type)?.value ?? '';
    const pattern: ClockPattern = [
      clockOwner(locale),
      partsOf(format, at(16, 9)),
      part('dayPeriod'),
      format.resolvedOptions().hourCycle ?? 'h23',
      part('hour').length === 2,
    ];
    const [owner, parts, am, cycle, pad] = pattern;
    const samples = (day: number) =>
      [0, 1, 9, 11, 12, 13, 16, 23].flatMap((h) => [at(h, 0, day), at(h, 7, day), at(h, 59, day)]);
    if (!samples(5).every((time) => writeClock(pattern, time) === format.format(time))) {
      return undefined;
    }
    // Another day's time, as formatMoment writes it within the week: kept only if right for
    // each weekday (4–10 January 2026 is Sunday to Saturday).
    const dayFormat = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      hour: 'numeric',
      minute: '2-digit',
    });
    const week = [4, 5, 6, 7, 8, 9, 10];
    const morning = week.map((day) => partsOf(dayFormat, at(9, 5, day)));
    const text = (parts: [string, string][] | undefined, of: string) =>
      parts?.find(([type]) => type === of)?.[1] ?? '';
    const weekdays = morning.map((parts) => text(parts, 'weekday'));
    const dayHour = text(morning[0], 'hour');
    const withDay: ClockPattern = [
      owner,
      parts,
      am,
      cycle,
      pad,
      [partsOf(dayFormat, at(16, 9)), weekdays, dayHour.length === 2],
    ];
    const dayRight = week
      .flatMap(samples)
      .every((time) => writeDayClock(withDay, time) === dayFormat.format(time));
    const learnt = dayRight ? withDay : pattern;
    localStorage.setItem(CLOCK_KEY, JSON.stringify(learnt));
    return learnt;
  } catch {
    // Storage off, or an Intl without parts: Intl writes the times each time.
    return undefined;
  }
}

/**
 * `format`'s parts for `at`, each with its text as format() writes it: V8's format() writes a
 * plain space where its formatToParts() keeps a narrow one (U+202F), and the popup has always
 * shown format()'s.
 */
function partsOf(format: Intl.DateTimeFormat, at: number): [string, string][] {
  const written = format.format(at);
  let from = 0;
  return format.formatToParts(at).map((x): [string, string] => {
    from += x.value.length;
    return [x.type, written.slice(from - x.value.length, from)];
  });
}
