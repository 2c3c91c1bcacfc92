import { afterEach, describe, expect, it } from 'vitest';
import { english, locales } from '@/content/locales';
import enAbout from '@/content/locales/en/about';
import enCommon from '@/content/locales/en/common';
import enOptions from '@/content/locales/en/options';
import enPopup from '@/content/locales/en/popup';
import enWorker from '@/content/locales/en/worker';
import type { MessageKey } from '@/content/locales/messages';
import { currentLocale, detectLocale, exerciseText, setLocale, t } from '@/lib/i18n';

afterEach(() => setLocale('en'));

describe('translations', () => {
  it('picks a supported language from the browser language, else English', () => {
    expect(detectLocale('de-AT')).toBe('de');
    expect(detectLocale('DE')).toBe('de');
    expect(detectLocale('fr-FR')).toBe('en');
    expect(detectLocale('')).toBe('en');
    expect(detectLocale(undefined)).toBe('en');
  });

  it('switches the language for every later message', () => {
    setLocale('de');
    expect(currentLocale()).toBe('de');
    expect(t('aboutTitle')).toBe('Über diese Übungen');
    setLocale('en');
    expect(t('aboutTitle')).toBe('About these exercises');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('badgeMinutes', { n: 12 })).toBe('12m');
    expect(t('minutesShort', { n: 3, unused: 'x' })).toBe('3 min');
    expect(t('badgeMinutes')).toBe('{n}m');
  });

  it('fills placeholders in German too', () => {
    setLocale('de');
    expect(t('minutesShort', { n: 2 })).toBe('2 Min.');
  });

  it('speaks German where a German word exists', () => {
    setLocale('de');
    expect(t('nudgeTitle')).toBe('Zeit für eine kurze Pause');
  });

  it('falls back to English for a UI word not yet in German, never to the key', () => {
    const missing = (Object.keys(english.ui) as MessageKey[]).filter((k) => !(k in locales.de.ui));
    expect(
      missing.length,
      'every UI word is translated: pick another fallback test',
    ).toBeGreaterThan(0);
    setLocale('de');
    for (const key of missing) expect(t(key), key).toBe(english.ui[key]);
  });

  it('falls back to English for an exercise not yet in German, and knows no unknown id', () => {
    const id = Object.keys(english.exercises).find((k) => !locales.de.exercises[k]) ?? '';
    setLocale('de');
    expect(exerciseText(id)?.title).toBe(english.exercises[id]?.title);
    expect(exerciseText('sc-this-is-hard')?.title).toBe('Merken, dass es schwer ist');
    expect(exerciseText('no-such-id')).toBeUndefined();
  });

  it('never defines one key in two surfaces, where one text would silently replace the other', () => {
    const keys = [enCommon, enAbout, enPopup, enOptions, enWorker].flatMap((m) => Object.keys(m));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});
