import type { Plugin } from 'vite';

const COPY = '?tend-page-copy';

/**
 * The popup's code is its own (issue 15: the popup's size budget and its first frame). The
 * options, welcome and offscreen pages get their own copies of the modules they share with it, so the
 * popup's chunk holds just what the popup uses: a module shared between pages is bundled with
 * every export any page uses, and the popup would load the options page's part of it too.
 * The copies cost nothing at run time: each page loads one copy.
 */
export function pagesApart(others = /\/entrypoints\/(options|welcome|offscreen)\//): Plugin {
  return {
    name: 'tend:pages-apart',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || source.startsWith('\0') || source.includes('?')) return null;
      if (!importer.endsWith(COPY) && !others.test(importer)) return null;
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
  };
}
