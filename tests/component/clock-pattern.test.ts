// @vitest-environment happy-dom
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCALES } from '@/content/locales/messages';
import { queryJson } from '@/lib/store/query-json';
import { localDayKey } from '@/lib/time/zoned';

/**
 * The popup writes times of day from a pattern learnt from Intl (components/popup/
 * clock-pattern.ts), because Intl's first use costs a freshly started popup more than a whole
 * static page takes to paint. The pattern must write exactly what Intl writes.
 */

const fresh = async () => {
  vi.resetModules(); // the pattern is read once per page
  const pattern = await import('@/components/popup/clock-pattern');
  const learn = await import('@/components/popup/clock-learn');
  const format = await import('@/components/popup/format-time');
  const { setLocale } = await import('@/lib/i18n');
  return { ...pattern, ...learn, ...format, setLocale };
};

beforeEach(() => localStorage.clear());

describe('times of day in the first frame', () => {
  it.each(LOCALES)('writes every minute of the day as Intl does in %s', async (locale) => {
    const { learnClockPattern, clockPattern, writeClock } = await fresh();
    learnClockPattern(locale);
    const pattern = clockPattern(locale);
    expect(pattern).toBeDefined();
    const intl = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
    for (let minute = 0; minute < 24 * 60; minute++) {
      const at = new Date(2026, 10, 27, 0, minute).getTime();
      expect(writeClock(pattern as NonNullable<typeof pattern>, at)).toBe(intl.format(at));
    }
  });

  it.each(LOCALES)(
    "writes another day's time within the week as Intl does in %s",
    async (locale) => {
      const { learnClockPattern, clockPattern, formatMoment, setLocale } = await fresh();
      setLocale(locale);
      learnClockPattern(locale);
      const pattern = clockPattern(locale);
      expect(pattern?.[5], 'learnt').toBeDefined();
      const intl = new Intl.DateTimeFormat(locale, {
        weekday: 'short',
        hour: 'numeric',
        minute: '2-digit',
      });
      const now = new Date(2026, 10, 27, 23, 30).getTime();
      // Each weekday of the next six days, at every quarter of an hour and a few odd minutes.
      for (let minute = 31; minute < 6 * 24 * 60; minute += 15) {
        const at = now + minute * 60_000;
        if (new Date(at).getDate() === 27) continue; // today's: time only
        expect(formatMoment(at, now)).toBe(intl.format(at));
      }
    },
  );

  it('uses the pattern only for the language and browser it was learnt in', async () => {
    const { learnClockPattern } = await fresh();
    learnClockPattern('en');
    let { clockPattern } = await fresh();
    expect(clockPattern('en')).toBeDefined();
    expect(clockPattern('de')).toBeUndefined();
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue('Another browser/2.0');
    ({ clockPattern } = await fresh());
    expect(clockPattern('en')).toBeUndefined();
  });

  it('takes the pattern the address carries without reading storage, for its language only', async () => {
    const { learnClockPattern } = await fresh();
    const learnt = learnClockPattern('en');
    localStorage.clear();
    const read = vi.spyOn(Storage.prototype, 'getItem');
    history.replaceState(null, '', `/popup.html?tend=x&clock=${queryJson(JSON.stringify(learnt))}`);
    try {
      const { clockPattern } = await fresh();
      expect(clockPattern('en')).toEqual(learnt);
      expect(read).not.toHaveBeenCalled();
      expect(clockPattern('de')).toBeUndefined();
      // Damaged, or learnt for another browser: storage's, else Intl writes the times.
      for (const damaged of ['%7Bbroken', queryJson(JSON.stringify(['en other', []]))]) {
        history.replaceState(null, '', `/popup.html?clock=${damaged}`);
        const again = await fresh();
        expect(again.clockPattern('en')).toBeUndefined();
      }
    } finally {
      history.replaceState(null, '', '/');
    }
  });

  it('falls back to Intl when the kept pattern is damaged, and says the same', async () => {
    const at = new Date(2026, 10, 27, 16, 9).getTime();
    for (const damage of ['{not json', '[1,2]', '"text"', 'null']) {
      localStorage.setItem('tend.clock', damage);
      const { formatMoment } = await fresh();
      expect(formatMoment(at, at)).toBe(
        new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(at),
      );
    }
    // Learnt for this browser, then damaged in its parts or its weekdays.
    const { learnClockPattern } = await fresh();
    const learnt = learnClockPattern('en') as unknown[];
    const tomorrow = at + 24 * 60 * 60 * 1000;
    const dayIntl = new Intl.DateTimeFormat('en', {
      weekday: 'short',
      hour: 'numeric',
      minute: '2-digit',
    });
    for (const damaged of [
      [...learnt.slice(0, 1), 'parts', ...learnt.slice(2)],
      [...learnt.slice(0, 1), [[1, 2]], ...learnt.slice(2)],
      [...learnt.slice(0, 5), 'weekdays'],
      [...learnt.slice(0, 5), [[['weekday', '']], ['Sun']]],
    ]) {
      localStorage.setItem('tend.clock', JSON.stringify(damaged));
      const { formatMoment } = await fresh();
      expect(formatMoment(tomorrow, at)).toBe(dayIntl.format(tomorrow));
    }
  });

  it('reads today by the browser clock as the worker does by its time zone', async () => {
    const { localDay } = await fresh();
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }), (at) => {
        expect(localDay(at)).toBe(localDayKey(at, zone));
      }),
    );
  });
});
