// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import dePopup from '@/content/locales/de/popup';
import enPopup from '@/content/locales/en/popup';
import esPopup from '@/content/locales/es/popup';
import frPopup from '@/content/locales/fr/popup';

afterEach(cleanup);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the popup words', () => {
  it('German has every popup word', () => {
    expect(Object.keys(dePopup).sort()).toEqual(Object.keys(enPopup).sort());
  });

  it('each German word keeps the placeholders of the English one', () => {
    for (const [key, english] of Object.entries(enPopup)) {
      const german = (dePopup as Record<string, string>)[key] ?? '';
      expect(placeholders(german), key).toEqual(placeholders(english));
    }
  });

  it('no popup word commands, blames or promises', () => {
    const banned =
      /(?<!\p{L})(should|must|failed|missed|cure|treat|proven|sollst|musst|verpasst|debes|deberías|tienes que|fallaste|perdiste|dois|devrais|il faut|échoué|raté|manqué)(?!\p{L})/iu;
    const all = [enPopup, dePopup, esPopup, frPopup].flatMap((words) => Object.values(words));
    for (const text of all) {
      expect(text).not.toMatch(banned);
    }
  });
});
