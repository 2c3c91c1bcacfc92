import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { manifestCommands } from './lib/worker/keyboard';
import { exerciseTextChunks } from './scripts/vite/exercise-text-chunks';
import { noRawHtml } from './scripts/vite/no-raw-html';
import { pagesApart } from './scripts/vite/pages-apart';
import { plainLazyImports, popupPages } from './scripts/vite/popup-pages';

// A test build (npm run build:e2e) accepts second-scale intervals so e2e tests can run whole
// break cycles in seconds. The flag is baked in at build time; released builds never set it.
const testBuild = process.env.TEND_TEST_BUILD === '1';
/** Each build its own name (lib/globals.d.ts): the moment it was made. */
const buildId = Date.now().toString(36);

export default defineConfig({
  // The test build goes to its own folder so it can never be mistaken for a release.
  outDir: testBuild ? '.output-e2e' : '.output',
  // No polyfill module: it would put webextension-polyfill into every bundle, the worker's
  // too (WXT's background wrapper imports `wxt/browser`). Chrome (MV3) and Firefox both give
  // promise-based APIs natively; only the options page imports the polyfill itself.
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  vite: (env) => ({
    // No preload helper: it costs the popup a chunk of its own (~1 kB gzip) to fetch ahead the
    // imports of lazy chunks, and the popup's lazy chunks import nothing it has not loaded.
    build: { modulePreload: false },
    plugins: [
      pagesApart(),
      plainLazyImports(),
      preact(),
      noRawHtml(),
      exerciseTextChunks(),
      popupPages(),
    ],
    define: {
      __TEND_TEST_BUILD__: JSON.stringify(testBuild),
      __TEND_BUILD_ID__: JSON.stringify(buildId),
      __TEND_FRAME_PAGE__: JSON.stringify(env.command === 'build'),
    },
  }),
  hooks: {
    // The toolbar button's title in the browser's language. WXT takes it from the popup's
    // <title>, which must stay plain text (the page shows it), so it is set here.
    'build:manifestGenerated': (_wxt, manifest) => {
      const button = manifest.action ?? manifest.browser_action;
      if (button) button.default_title = '__MSG_extName__';
      // Chrome loads the worker as a module. Chrome compiles a classic worker script whole
      // when it installs it, so every function's bytecode sits in the worker's heap whether it
      // runs or not; a module worker compiles each function only when it first runs (worker
      // heap, issue 15). The script stays WXT's one self-contained file, which is a valid
      // module too; `type: 'module'` in defineBackground would instead build it with the
      // pages and share their chunks.
      if (manifest.background && 'service_worker' in manifest.background) {
        manifest.background.type = 'module';
      }
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    // The name and description in the browser's language: public/_locales/<lang>/messages.json.
    // Shortcut descriptions (commands), when they come, take __MSG_…__ keys there too.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // offscreen: Chrome's worker has no audio, so the optional chime plays in an offscreen page.
    permissions: [
      'alarms',
      'storage',
      'notifications',
      'idle',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Open the popup, and take a break now (lib/worker/keyboard.ts).
    commands: manifestCommands(manifestVersion === 2),
    // Desktop Firefox from ESR 140 (the first with data_collection_permissions). Firefox for
    // Android is not supported (no idle, no windows, no notification buttons; see README); its
    // own minimum is only there because Android learnt data_collection_permissions in 142, and
    // without it web-ext lint warns.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tend@tend.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
