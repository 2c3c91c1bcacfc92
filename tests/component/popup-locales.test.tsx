// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import dePopup from '@/content/locales/de/popup';
import enPopup from '@/content/locales/en/popup';

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
    const banned = /\b(should|must|failed|missed|cure|treat|proven|sollst|musst|verpasst)\b/i;
    for (const text of [...Object.values(enPopup), ...Object.values(dePopup)]) {
      expect(text).not.toMatch(banned);
    }
  });
});
