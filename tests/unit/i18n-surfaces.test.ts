import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import deLoaders from 'virtual:exercise-text/de';
import enLoaders from 'virtual:exercise-text/en';
import esLoaders from 'virtual:exercise-text/es';
import frLoaders from 'virtual:exercise-text/fr';
import { describe, expect, it, vi } from 'vitest';
import { english, locales } from '@/content/locales';
import { LOCALES, type WordBundle } from '@/content/locales/messages';
import { optionsWords } from '@/entrypoints/options/words';
import { popupWords } from '@/entrypoints/popup/words';
import { detectLocale, exerciseText, loadWords, setLocale, t } from '@/lib/i18n';
import { workerWords } from '@/lib/worker/words';

/**
 * Each page bundles only its own words (so the popup stays small). These tests prove a page
 * never asks for a word it did not load, which would show a raw key.
 */

const root = resolve(__dirname, '../..');

/** Every project source file `entry` reaches through its imports (static and dynamic). */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [resolve(root, entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from|import\()\s*'([^']+)'/g)) {
      const spec = m[1] ?? '';
      if (!spec.startsWith('.') && !spec.startsWith('@/')) continue;
      const base = spec.startsWith('@/') ? join(root, spec.slice(2)) : join(dirname(file), spec);
      const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
        (f) => existsSync(f) && !f.endsWith('.css') && f.match(/\.tsx?$/),
      );
      if (found) queue.push(found);
    }
  }
  return [...seen].filter((f) => !relative(root, f).startsWith('content/locales'));
}

/**
 * The UI keys `files` name: in `t('key')` calls, and in maps whose values are typed as keys
 * (`Record<…, Parameters<typeof T>[0]> = { … }`, looked up later with `t(map[id])`).
 */
function keysUsed(files: string[]): Set<string> {
  const used = new Set<string>();
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\bt\(\s*'(\w+)'/g)) used.add(m[1] ?? '');
    for (const map of code.matchAll(
      /(?:MessageKey|Parameters<typeof T>\[0\])>\s*=\s*\{([^}]*)\}/g,
    )) {
      for (const m of (map[1] ?? '').matchAll(/'(\w+)'/g)) used.add(m[1] ?? '');
    }
  }
  return used;
}

const surfaces = [
  { name: 'popup', entry: 'entrypoints/popup/main.tsx', ui: popupWords.english.ui },
  { name: 'options page', entry: 'entrypoints/options/main.tsx', ui: optionsWords.english.ui },
  { name: 'worker', entry: 'entrypoints/background.ts', ui: workerWords.en.ui },
];

describe('each page has the words it uses', () => {
  for (const { name, entry, ui } of surfaces) {
    it(`the ${name} loads every UI word its code names`, () => {
      const used = [...keysUsed(reachable(entry))];
      expect(used.length).toBeGreaterThan(3);
      expect(used.filter((key) => !(key in ui))).toEqual([]);
    });
  }

  it('the options page carries every exercise in English', () => {
    expect(Object.keys(optionsWords.english.exercises)).toEqual(Object.keys(english.exercises));
  });

  const others = LOCALES.filter((l) => l !== 'en');

  it.each(others)(
    "each page's %s words are exactly that language's words for its English ones",
    async (l) => {
      const popup = popupWords.translations[l];
      const options = optionsWords.translations[l];
      if (!popup || !options) throw new Error(`no page loads ${l}`);
      const pairs: [WordBundle, WordBundle][] = [
        [popupWords.english, (await popup()).default],
        [optionsWords.english, (await options()).default],
        [workerWords.en, workerWords[l]],
      ];
      for (const [en, translated] of pairs) {
        // Every locale is complete, so a page's words in it are all of the page's keys.
        expect(Object.keys(translated.ui).sort()).toEqual(Object.keys(en.ui).sort());
        const exercises = Object.keys(en.exercises).length > 0 ? locales[l].exercises : {};
        expect(translated.exercises).toEqual(exercises);
      }
    },
  );
});

describe('loading a page’s words', () => {
  it('loads German only for a German browser, and English is always the fallback', async () => {
    await loadWords(popupWords, 'de-CH');
    expect(t('notForMe')).toBe(locales.de.ui.notForMe);
    expect(exerciseText('sc-this-is-hard')?.title).toBe('Merken, dass es schwer ist');
    await loadWords(popupWords, 'es-MX');
    expect(t('notForMe')).toBe(locales.es.ui.notForMe);
    await loadWords(popupWords, 'fr-CA');
    expect(t('notForMe')).toBe(locales.fr.ui.notForMe);
    await loadWords(popupWords, 'ja');
    expect(t('notForMe')).toBe(english.ui.notForMe);
    setLocale(detectLocale(undefined));
  });

  it('stays in English, and says why, when a language fails to load', async () => {
    const broken = {
      english: popupWords.english,
      translations: { de: () => Promise.reject(new Error('chunk missing')) },
    };
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args[0]);
    try {
      await loadWords(broken, 'de');
    } finally {
      console.error = original;
    }
    expect(t('notForMe')).toBe(english.ui.notForMe);
    expect(String(logged[0])).toMatch(/could not load the words for "de"/);
  });
});

describe('the popup loads one exercise’s words at a time', () => {
  it('has a loader for every exercise in each language, giving exactly its words', async () => {
    expect(Object.keys(enLoaders)).toEqual(Object.keys(english.exercises));
    const loaders = { en: enLoaders, de: deLoaders, es: esLoaders, fr: frLoaders };
    for (const l of LOCALES) {
      expect(Object.keys(loaders[l]), l).toEqual(Object.keys(english.exercises));
      expect(Object.keys(loaders[l]), l).toEqual(Object.keys(locales[l].exercises));
    }
    for (const [id, load] of Object.entries(enLoaders)) {
      expect((await load()).default, id).toEqual(english.exercises[id]);
    }
  });

  it('gives German where there is German, else English marked as English', async () => {
    // Every exercise is in German, so a German without one of them stands in for a language
    // still being translated.
    const [translated = '', untranslated = ''] = Object.keys(english.exercises);
    vi.resetModules();
    vi.doMock('virtual:exercise-text/de', () => ({
      default: { [translated]: deLoaders[translated] },
    }));
    try {
      const { exerciseTextIn: partlyGerman } = await import('@/entrypoints/popup/exercise-text');
      const german = partlyGerman('de');
      expect(await german(translated)).toEqual({
        text: locales.de.exercises[translated],
        lang: 'de',
      });
      expect(await german(untranslated)).toEqual({
        text: english.exercises[untranslated],
        lang: 'en',
      });
      expect(await german('no-such-id')).toBeUndefined();
      // Once loaded, the words are there at once: a reopened exercise draws in one frame.
      expect(german(translated)).toEqual({ text: locales.de.exercises[translated], lang: 'de' });
    } finally {
      vi.doUnmock('virtual:exercise-text/de');
    }
  });
});
