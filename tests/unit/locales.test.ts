import { describe, expect, it } from 'vitest';
import { english, locales } from '@/content/locales';
import { LOCALES } from '@/content/locales/messages';
import { workerWords } from '@/lib/worker/words';

/**
 * Every language Tend speaks is complete: every UI word and every exercise, with the same
 * placeholders as English. The counts here are the coverage the closing note reports.
 */

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const uiKeys = Object.keys(english.ui);
const exerciseIds = Object.keys(english.exercises);

describe.each(LOCALES)('the %s words', (l) => {
  it(`have all ${uiKeys.length} UI words and all ${exerciseIds.length} exercises`, () => {
    expect(uiKeys.filter((key) => !(key in locales[l].ui))).toEqual([]);
    expect(exerciseIds.filter((id) => !(id in locales[l].exercises))).toEqual([]);
    expect(Object.keys(locales[l].ui).length).toBe(uiKeys.length);
    expect(Object.keys(locales[l].exercises).length).toBe(exerciseIds.length);
  });

  it('keep the placeholders of every English word', () => {
    for (const [key, text] of Object.entries(english.ui)) {
      const translated = (locales[l].ui as Record<string, string | undefined>)[key] ?? '';
      expect(placeholders(translated), `${l}/${key}`).toEqual(placeholders(text));
    }
  });

  it('fit the toolbar badge: at most 4 characters', () => {
    const { badgeDue = '', badgeMinutes = '' } = workerWords(l).ui;
    expect(badgeDue.length).toBeLessThanOrEqual(4);
    expect(badgeMinutes.replace('{n}', '99').length).toBeLessThanOrEqual(4);
  });

  it('leave no word empty', () => {
    for (const [key, text] of Object.entries(locales[l].ui)) expect(text?.trim(), key).toBeTruthy();
  });
});
