import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { loadText } from 'virtual:exercise-text';
import { describe, expect, it } from 'vitest';
import { english, locales } from '@/content/locales';
import { LOCALES, type WordBundle } from '@/content/locales/messages';
import { optionsWords } from '@/entrypoints/options/words';
import { popupWords } from '@/entrypoints/popup/words';
import { welcomeWords } from '@/entrypoints/welcome/words';
import { countKey, detectLocale, exerciseText, loadWords, setLocale, t } from '@/lib/i18n';
import { workerWords } from '@/lib/worker/words';
import { exerciseTextChunks } from '@/scripts/vite/exercise-text-chunks';

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
    // A counting sentence's two keys: countKey(n, 'oneKey', 'otherKey').
    for (const m of code.matchAll(/\bcountKey\([^,]+,\s*'(\w+)',\s*'(\w+)'/g)) {
      used.add(m[1] ?? '').add(m[2] ?? '');
    }
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
  { name: 'welcome page', entry: 'entrypoints/welcome/main.tsx', ui: welcomeWords.english.ui },
  { name: 'worker', entry: 'entrypoints/background.ts', ui: workerWords('en').ui },
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
      const welcome = welcomeWords.translations[l];
      if (!popup || !options || !welcome) throw new Error(`no page loads ${l}`);
      const pairs: [WordBundle, WordBundle][] = [
        [popupWords.english, (await popup()).default],
        [optionsWords.english, (await options()).default],
        [welcomeWords.english, (await welcome()).default],
        [workerWords('en'), workerWords(l)],
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

  it('counts in the form each language uses for that number', async () => {
    const kept = (n: number) => t(countKey(n, 'importKeepsOne', 'importKeeps'), { n });
    await loadWords(optionsWords, 'en');
    expect([0, 1, 2].map(kept)).toEqual([
      'It holds 0 breaks that Tend can keep.',
      'It holds 1 break that Tend can keep.',
      'It holds 2 breaks that Tend can keep.',
    ]);
    // French says "0 pause", in the singular.
    await loadWords(optionsWords, 'fr');
    expect([0, 1, 2].map(kept)).toEqual([
      'Il contient 0 pause que Tend peut garder.',
      'Il contient 1 pause que Tend peut garder.',
      'Il contient 2 pauses que Tend peut garder.',
    ]);
    await loadWords(optionsWords, 'de');
    expect(kept(1)).toBe('Sie enthält 1 Pause, die Tend behalten kann.');
    setLocale(detectLocale(undefined));
  });
});

describe('the popup loads one exercise’s words at a time', () => {
  it('loads every exercise in each language, giving exactly its words', async () => {
    for (const l of LOCALES) {
      for (const id of Object.keys(english.exercises)) {
        const loaded = await loadText(l, id);
        expect(loaded.text, `${l}/${id}`).toEqual(locales[l].exercises[id]);
        expect(loaded.lang, `${l}/${id}`).toBe(l);
      }
    }
  });

  it('gives English, marked as English, for an exercise a language has not got yet', async () => {
    // A library of two exercises, one of them translated.
    const root = mkdtempSync(join(tmpdir(), 'tend-words-'));
    const write = (locale: string, texts: object) => {
      mkdirSync(join(root, 'content/locales', locale), { recursive: true });
      const code = `export default ${JSON.stringify(texts)};`;
      writeFileSync(join(root, 'content/locales', locale, 'exercises.ts'), code);
    };
    const text = (title: string) => ({ title, summary: 's', steps: ['a', 'b', 'c'] });
    write('en', { one: text('One'), two: text('Two') });
    write('xx', { one: text('Eins') });
    const plugin = exerciseTextChunks(root);
    const context = { addWatchFile: () => undefined, error: (m: string) => Promise.reject(m) };
    const load = (id: string) =>
      (plugin.load as (this: unknown, id: string) => Promise<string>).call(context, `\0${id}`);
    expect(await load('virtual:exercise-text/xx/one')).toBe(
      `export default ${JSON.stringify(text('Eins'))};\nexport const lang = "xx";`,
    );
    expect(await load('virtual:exercise-text/xx/two')).toBe(
      `export default ${JSON.stringify(text('Two'))};\nexport const lang = "en";`,
    );
  });

  it('asks for no words of an id the library does not know', async () => {
    const { exerciseTextIn } = await import('@/entrypoints/popup/exercise-text');
    expect(exerciseTextIn('de')('cn-no-such-item')).toBeUndefined();
    const [id = ''] = Object.keys(english.exercises);
    expect(await exerciseTextIn('fr')(id)).toEqual({ text: locales.fr.exercises[id], lang: 'fr' });
  });
});
