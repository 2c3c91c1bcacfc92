import { afterEach, describe, expect, it } from 'vitest';
import enCommon from '@/content/locales/en/common';
import enOptions from '@/content/locales/en/options';
import enPopup from '@/content/locales/en/popup';
import enWorker from '@/content/locales/en/worker';
import { detectLocale, setLocale, t } from '@/lib/i18n';

afterEach(() => setLocale('en'));

describe('translations', () => {
  it('picks a supported language from the browser language, else English', () => {
    expect(detectLocale('de-AT')).toBe('de');
    expect(detectLocale('DE')).toBe('de');
    expect(detectLocale('fr-FR')).toBe('en');
    expect(detectLocale(undefined)).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('badgeMinutes', { n: 12 })).toBe('12m');
    expect(t('badgeMinutes')).toBe('{n}m');
  });

  it('speaks German where a German word exists', () => {
    setLocale('de');
    expect(t('nudgeTitle')).toBe('Zeit für eine kurze Pause');
  });

  it('never defines one key in two surfaces, where one text would silently replace the other', () => {
    const keys = [enCommon, enPopup, enOptions, enWorker].flatMap((m) => Object.keys(m));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});
