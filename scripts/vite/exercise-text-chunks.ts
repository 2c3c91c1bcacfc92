import { resolve } from 'node:path';
import { createJiti } from 'jiti';
import type { Plugin } from 'vite';
import type { ExerciseText } from '../../content/types';

/**
 * The popup shows one exercise at a time, so it loads one exercise's words at a time rather
 * than the whole library's in every language. Authors keep writing one file per locale
 * (content/locales/<locale>/exercises.ts); this plugin serves, at build time:
 *
 * - `virtual:exercise-text/<locale>`: a map of id -> loader, one lazy chunk per exercise;
 * - `virtual:exercise-text/<locale>/<id>`: that exercise's words alone.
 */
const PREFIX = 'virtual:exercise-text/';
const RESOLVED = `\0${PREFIX}`;

export function exerciseTextChunks(root = process.cwd()): Plugin {
  const jiti = createJiti(import.meta.url, { moduleCache: false, fsCache: false });
  const fileOf = (locale: string) => resolve(root, 'content/locales', locale, 'exercises.ts');
  const read = (locale: string) =>
    jiti.import<Record<string, ExerciseText>>(fileOf(locale), { default: true });

  return {
    name: 'tend:exercise-text-chunks',
    /**
     * An exercise's chunk is named by its locale and id, without a hash: the lists of
     * exercises (id -> chunk) then hold no random bytes and compress to little, which matters
     * for the list of another language, loaded by the popup for its readers.
     */
    outputOptions(options) {
      const original = options.chunkFileNames ?? '[name]-[hash].js';
      return {
        ...options,
        chunkFileNames: (info) => {
          const match = info.facadeModuleId?.match(/^\0virtual:exercise-text\/([a-z]{2})\/(.+)$/);
          const pattern = typeof original === 'function' ? original(info) : original;
          if (!match) return pattern;
          const folder = pattern.slice(0, pattern.lastIndexOf('/') + 1);
          return `${folder}ex-${match[1]}-${match[2]}.js`;
        },
      };
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const [locale = '', exerciseId] = id.slice(RESOLVED.length).split('/');
      if (!/^[a-z]{2}$/.test(locale)) this.error(`${id}: no such locale`);
      this.addWatchFile(fileOf(locale));
      const texts = await read(locale);
      if (exerciseId === undefined) {
        const loaders = Object.keys(texts).map(
          (key) =>
            `${JSON.stringify(key)}: () => import(${JSON.stringify(`${PREFIX}${locale}/${key}`)})`,
        );
        return `export default {${loaders.join(',\n')}};`;
      }
      const text = texts[exerciseId];
      if (!text) this.error(`${id}: no exercise "${exerciseId}" in ${fileOf(locale)}`);
      return `export default ${JSON.stringify(text)};`;
    },
  };
}
