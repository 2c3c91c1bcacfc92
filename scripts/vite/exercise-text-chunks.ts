import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createJiti } from 'jiti';
import type { Plugin } from 'vite';
import type { ExerciseText } from '../../content/types';

/**
 * The popup shows one exercise at a time, so it loads one exercise's words at a time rather
 * than the whole library's in every language. Authors keep writing one file per locale
 * (content/locales/<locale>/exercises.ts); this plugin serves, at build time:
 *
 * - `virtual:exercise-text`: `loadText(locale, id)`, which imports one exercise's words, and
 *   `textIds`, the ids that have words;
 * - `virtual:exercise-text/<locale>/<id>`: that exercise's words in `locale`, or in English
 *   when `locale` lacks them, with the language they are in (`lang`).
 *
 * In a build, every exercise in every locale is its own small JSON file named by locale and
 * id (exercise-text/<locale>/<id>.json, emitted when the popup imports
 * `virtual:exercise-text`), fetched from the extension itself: the popup carries no table of
 * chunks, so adding a language does not grow it, and no import() of a computed name (which
 * web-ext lint refuses). Under Vitest, `loadText` imports the virtual module instead.
 */
const PREFIX = 'virtual:exercise-text';
const RESOLVED = `\0${PREFIX}`;
/** Where the words are in the extension: exercise-text/<locale>/<id>.json. */
const FOLDER = 'exercise-text';

export function exerciseTextChunks(root = process.cwd()): Plugin {
  const jiti = createJiti(import.meta.url, { moduleCache: false, fsCache: false });
  const dir = resolve(root, 'content/locales');
  const fileOf = (locale: string) => resolve(dir, locale, 'exercises.ts');
  const cache = new Map<string, Promise<Record<string, ExerciseText>>>();
  const read = (locale: string) => {
    let texts = cache.get(locale);
    if (!texts) {
      texts = jiti.import<Record<string, ExerciseText>>(fileOf(locale), { default: true });
      cache.set(locale, texts);
    }
    return texts;
  };
  const locales = () =>
    readdirSync(dir).filter((l) => /^[a-z]{2}$/.test(l) && existsSync(fileOf(l)));
  let vitest = false;

  return {
    name: 'tend:exercise-text-chunks',
    configResolved(config) {
      vitest = config.mode === 'test' || Boolean(process.env.VITEST);
    },
    watchChange() {
      cache.clear();
    },
    resolveId(id) {
      return id === PREFIX || id.startsWith(`${PREFIX}/`) ? `\0${id}` : null;
    },
    async load(id) {
      if (id === RESOLVED) {
        // The ids that have words: the popup asks for no other (a stale id from an old release).
        const ids = `export const textIds = new Set(${JSON.stringify(Object.keys(await read('en')))});\n`;
        if (vitest) {
          return `${ids}export const loadText = (locale, id) => import(/* @vite-ignore */ \`${PREFIX}/\${locale}/\${id}\`).then((m) => ({ text: m.default, lang: m.lang }));`;
        }
        const english = await read('en');
        for (const locale of locales()) {
          this.addWatchFile(fileOf(locale));
          const own = await read(locale);
          for (const [key, fallback] of Object.entries(english)) {
            const text = own[key] ?? fallback;
            this.emitFile({
              type: 'asset',
              fileName: `${FOLDER}/${locale}/${key}.json`,
              source: JSON.stringify({ text, lang: own[key] ? locale : 'en' }),
            });
          }
        }
        return `${ids}export const loadText = (locale, id) => fetch(\`/${FOLDER}/\${locale}/\${id}.json\`).then((r) => { if (!r.ok) throw new Error(\`${FOLDER}/\${locale}/\${id}: \${r.status}\`); return r.json(); });`;
      }
      if (!id.startsWith(`${RESOLVED}/`)) return null;
      const [locale = '', exerciseId = ''] = id.slice(RESOLVED.length + 1).split('/');
      if (!/^[a-z]{2}$/.test(locale) || !existsSync(fileOf(locale))) {
        this.error(`${id}: no such locale`);
      }
      this.addWatchFile(fileOf(locale));
      this.addWatchFile(fileOf('en'));
      const own = (await read(locale))[exerciseId];
      const text = own ?? (await read('en'))[exerciseId];
      if (!text) this.error(`${id}: no exercise "${exerciseId}" in ${fileOf('en')}`);
      const lang = own ? locale : 'en';
      return `export default ${JSON.stringify(text)};\nexport const lang = ${JSON.stringify(lang)};`;
    },
  };
}
