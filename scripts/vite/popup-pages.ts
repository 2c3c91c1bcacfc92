import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { FRAME_PAGE } from '../../lib/store/frame-key';

export const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps each lazy import in a helper that fetches the chunk's imports ahead; with module
 * preloading off (wxt.config.ts) and no stylesheet in any lazy chunk it has nothing to fetch,
 * yet it costs the popup ~1 kB gzip. This one just imports.
 */
export function plainLazyImports(): Plugin {
  return {
    name: 'tend:plain-lazy-imports',
    enforce: 'pre',
    load(id) {
      // Also the other pages' own copy (pages-apart.ts).
      if (!id.startsWith(PRELOAD_HELPER)) return null;
      return 'export const __vitePreload = (load) => load();';
    },
  };
}

/**
 * The popup's two pages, built for their first frame (issue 15: as fast as a static page):
 * - the app's page (popup.html): its app script holds the first paint (`blocking="render"`),
 *   as the app draws the real state before it (entrypoints/popup/main.tsx);
 * - the frame page (FRAME_PAGE, lib/store/frame-key.ts), for a popup whose address carries a
 *   kept first frame: the same page with only a small script in its head
 *   (entrypoints/popup-first-frame.ts), which puts that frame on the page and then loads the
 *   app named on its tag (`data-app`). That script is the only request before its paint.
 * Both have their stylesheet in the page itself, so no request for it stands before the paint.
 */
export function popupPages(page = 'entrypoints/popup/index.html'): Plugin {
  let framePage: string | undefined;
  return {
    name: 'tend:popup-pages',
    enforce: 'post',
    generateBundle(_, bundle) {
      const html = bundle[page];
      if (html?.type !== 'asset') return;
      let source = String(html.source);
      const links = [...source.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g)];
      for (const [tag, file] of links) {
        const css = file ? bundle[file] : undefined;
        if (css?.type !== 'asset') this.error(`${page}: no stylesheet ${file} in the bundle`);
        source = source.replace(tag, () => `<style>${String(css.source).trim()}</style>`);
        // Only this page uses it (each page has its own stylesheet).
        delete bundle[file as string];
      }
      const appScript = /\s*<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/;
      const app = source.match(appScript)?.[1];
      if (!app || !source.includes('</head>')) {
        this.error(`${page}: expected a <head> and the app's module script`);
      }
      html.source = source.replace(
        '<script type="module"',
        '<script type="module" blocking="render"',
      );
      // The first-frame script as a module: it runs once the page is parsed, the frame's place
      // there, and holds the first paint until it has run. A plain script in the body lets the
      // browser paint the empty page first.
      framePage = source
        .replace(appScript, '')
        .replace(
          '</head>',
          () =>
            `  <script type="module" src="/popup-first-frame.js" data-app="${app}" blocking="render"></script>\n  </head>`,
        );
    },
    // Written beside the bundle, not emitted into it: WXT moves each page of the bundle to its
    // entrypoint's place, and this page is no entrypoint of its own.
    writeBundle({ dir }) {
      if (framePage && dir) writeFileSync(join(dir, FRAME_PAGE), framePage);
    },
  };
}
