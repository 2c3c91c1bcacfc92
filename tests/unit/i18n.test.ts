import { afterEach, describe, expect, it, vi } from 'vitest';
import { english, locales } from '@/content/locales';
import enAbout from '@/content/locales/en/about';
import enCommon from '@/content/locales/en/common';
import enOptions from '@/content/locales/en/options';
import enPopup from '@/content/locales/en/popup';
import enWorker from '@/content/locales/en/worker';
import type { WordBundle } from '@/content/locales/messages';
import type { ExerciseText } from '@/content/types';
import { currentLocale, detectLocale, localeFor, setLocale, t } from '@/lib/i18n';

afterEach(() => setLocale('en'));

describe('translations', () => {
  it("follows the browser's language unless the user chose one", () => {
    expect(localeFor('auto', 'es-AR')).toBe('es');
    expect(localeFor(undefined, 'fr-BE')).toBe('fr');
    expect(localeFor('de', 'es-AR')).toBe('de');
    expect(localeFor('en', 'fr-FR')).toBe('en');
  });

  it('picks a supported language from the browser language, else English', () => {
    expect(detectLocale('de-AT')).toBe('de');
    expect(detectLocale('DE')).toBe('de');
    expect(detectLocale('fr-FR')).toBe('fr');
    expect(detectLocale('es-419')).toBe('es');
    expect(detectLocale('pt-BR')).toBe('en');
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

  /** A fresh translation layer holding all of English and only `german` of German. */
  async function partlyGerman(german: Partial<WordBundle>) {
    vi.resetModules();
    const i18n = await import('@/lib/i18n');
    i18n.addWords('en', english);
    i18n.addWords('de', { ui: {}, exercises: {}, ...german });
    i18n.setLocale('de');
    return i18n;
  }

  it('falls back to English for a UI word a language lacks, never to the key', async () => {
    const i18n = await partlyGerman({ ui: { notForMe: locales.de.ui.notForMe } });
    expect(i18n.t('notForMe')).toBe(locales.de.ui.notForMe);
    expect(i18n.t('done')).toBe(english.ui.done);
  });

  it('falls back to English for an exercise a language lacks, and knows no unknown id', async () => {
    const i18n = await partlyGerman({
      exercises: { 'sc-this-is-hard': locales.de.exercises['sc-this-is-hard'] as ExerciseText },
    });
    expect(i18n.exerciseText('sc-kind-word')).toEqual(english.exercises['sc-kind-word']);
    expect(i18n.exerciseText('sc-this-is-hard')?.title).toBe('Merken, dass es schwer ist');
    expect(i18n.exerciseText('no-such-id')).toBeUndefined();
  });

  it('never defines one key in two surfaces, where one text would silently replace the other', () => {
    const keys = [enCommon, enAbout, enPopup, enOptions, enWorker].flatMap((m) => Object.keys(m));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});
