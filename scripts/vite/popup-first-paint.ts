import type { Plugin } from 'vite';

const PRELOAD_HELPER = '\0vite/preload-helper.js';

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
      if (id !== PRELOAD_HELPER) return null;
      return 'export const __vitePreload = (load) => load();';
    },
  };
}

/**
 * The popup page, built for its first frame (issue 15: as fast as a static page):
 * - its stylesheet goes into the page itself, so no request for it stands before the first
 *   paint;
 * - its app script is not loaded by the page but named in `<meta name="tend-app">`, for the
 *   first-frame script (entrypoints/popup-first-frame.ts) to load: at once and holding the
 *   first paint when there is no kept frame, or once a kept frame is on screen. Either way
 *   that small script is the only request before the first paint, never in a queue behind the
 *   app's (module preloading is off, wxt.config.ts, so no preload link fetches the app ahead).
 */
export function popupFirstPaint(page = 'entrypoints/popup/index.html'): Plugin {
  return {
    name: 'tend:popup-first-paint',
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
      let app: string | undefined;
      source = source.replace(
        /\s*<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/,
        (_, src: string) => {
          app = src;
          return '';
        },
      );
      const firstFrame = '<script src="/popup-first-frame.js"></script>';
      if (!app || !source.includes(firstFrame)) {
        this.error(`${page}: expected the app's module script and ${firstFrame}`);
      }
      source = source.replace(
        firstFrame,
        () => `<meta name="tend-app" content="${app}">\n    ${firstFrame}`,
      );
      html.source = source;
    },
  };
}
