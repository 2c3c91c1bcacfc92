import type { Plugin } from 'vite';
import { PRELOAD_HELPER } from './popup-pages';

const COPY = '?tend-page-copy';

/**
 * The popup's code is its own (issue 15: the popup's size budget and its first frame). The
 * options, welcome and offscreen pages get their own copies of the modules they share with
 * it, so the popup's chunk holds just what the popup uses: a module shared between pages is
 * bundled with every export any page uses, and the popup would load the options page's part
 * of it too.
 * The copies cost nothing at run time: each page loads one copy. Shared, the smallest module
 * would be a chunk of its own: one more request before the popup's app can run.
 */
export function pagesApart(others = /\/entrypoints\/(options|welcome|offscreen)\//): Plugin {
  return {
    name: 'tend:pages-apart',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || (!importer.endsWith(COPY) && !others.test(importer))) return null;
      // The lazy-import helper too (popup-pages.ts).
      if (source === PRELOAD_HELPER) return source + COPY;
      // And WXT's module for its plugins, which every page imports (empty without plugins).
      if (source.startsWith('virtual:wxt-')) return `\0${source}${COPY}`;
      if (source.startsWith('\0') || source.includes('?')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (
        !resolved ||
        resolved.external ||
        resolved.id.includes('?') ||
        resolved.id.startsWith('\0')
      )
        return resolved;
      if (!/\.(m?[jt]sx?)$/.test(resolved.id) || others.test(resolved.id)) return resolved;
      return { ...resolved, id: resolved.id + COPY };
    },
    async load(id) {
      if (!id.startsWith('\0virtual:wxt-') || !id.endsWith(COPY)) return null;
      return (await this.load({ id: id.slice(0, -COPY.length) })).code;
    },
  };
}
