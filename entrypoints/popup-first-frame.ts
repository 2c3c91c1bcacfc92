import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { keptFrame } from '@/components/popup/frame-cache';
import { firstPaintShown } from '@/entrypoints/popup/paint-shown';

/**
 * The popup's first frame, as fast as a static page (issue 15). This small script is the
 * only script of the frame page (lib/store/frame-key.ts: FRAME_PAGE), which the popup opens on
 * when its address carries the first frame the last popup of the same state drew
 * (components/popup/frame-cache.ts). The app's script is named on this script's tag
 * (scripts/vite/popup-pages.ts) and loaded from here:
 * - the frame goes in its place, and the app loads once it is painted; the app then renders
 *   over it, the same elements, so nothing moves (entrypoints/popup/main.tsx);
 * - when the frame may not be shown after all (a time in it has come since), the app loads at
 *   once and holds the first paint until it has drawn it.
 * A module, it runs once the page is parsed, and the page holds its first paint until it has
 * run (`blocking="render"`).
 */
export default defineUnlistedScript(() => {
  // The app's script, named by the page (scripts/vite/popup-pages.ts).
  const app = document.querySelector('script[data-app]')?.getAttribute('data-app');
  if (!app) return;

  const loadApp = (holdPaint: boolean) => {
    const script = Object.assign(document.createElement('script'), { type: 'module', src: app });
    if (holdPaint) script.setAttribute('blocking', 'render');
    document.head.append(script);
  };

  const nodes = keptFrame(location.search, Date.now(), __TEND_BUILD_ID__);
  const place = document.getElementById('app');
  if (!nodes || !place) {
    loadApp(true);
    return;
  }
  place.replaceChildren(...nodes);
  document.documentElement.dataset.frame = 'kept';
  // Loaded any sooner, the app would only compete with the frame for getting on screen.
  void firstPaintShown().then(() => loadApp(false));
});
