import type { Plugin } from 'vite';

/**
 * Tend never renders raw HTML, but Preact ships the code path for `dangerouslySetInnerHTML`,
 * and Firefox's add-on linter rightly warns about any `innerHTML` assignment in the bundle.
 * This removes that one path from Preact, and fails the build if any other raw-HTML
 * assignment appears in a bundled module, so the rule is enforced rather than hoped for.
 */
export function noRawHtml(): Plugin {
  const preactSink = /(\w+)\.innerHTML=(\w+)\.__html/g;
  const anySink = /\.(innerHTML|outerHTML)\s*=(?!=)/;
  return {
    name: 'tend:no-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules/preact/dist/')) {
        return { code: code.replace(preactSink, 'void 0'), map: null };
      }
      if (!id.includes('node_modules') && anySink.test(code)) {
        this.error(`${id} assigns innerHTML/outerHTML: build the DOM with Preact instead.`);
      }
      return null;
    },
    generateBundle(_, bundle) {
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type === 'chunk' && anySink.test(chunk.code)) {
          this.error(`${name} still assigns innerHTML/outerHTML after bundling.`);
        }
      }
    },
  };
}
