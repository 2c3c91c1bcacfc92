import type { Plugin } from 'vite';

/**
 * The popup's first frame, as fast as a static page (issue 15): its stylesheet goes into the
 * page itself, so no request for it stands between the HTML and the first paint, and its
 * script is marked render-blocking, so the browser never paints the empty page before the
 * script has drawn the real state (main.tsx renders synchronously when it can).
 */
export function inlinePopupCss(page = 'entrypoints/popup/index.html'): Plugin {
  return {
    name: 'tend:inline-popup-css',
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
      source = source.replace(/<script type="module"/, '<script type="module" blocking="render"');
      html.source = source;
    },
  };
}
