import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { keptFrame } from '@/components/popup/frame-cache';
import { firstPaintShown } from '@/entrypoints/popup/paint-shown';

/**
 * The popup's first frame, as fast as a static page (issue 15). This small plain script is the
 * only one popup.html loads; the app's scripts are named in the page
 * (scripts/vite/popup-first-paint.ts), and loaded from here:
 * - When the popup before this one kept its first frame for this same state
 *   (components/popup/frame-cache.ts), that frame goes on the page as soon as its place is
 *   read, and the app loads once it is painted; the app then renders over it, the same
 *   elements, so nothing moves (entrypoints/popup/main.tsx).
 * - Otherwise the app loads at once and holds the first paint until it has drawn it.
 * It runs in the page's head, where it may still hold the first paint (`blocking="render"`).
 */
export default defineUnlistedScript(() => {
  const app = document.querySelector<HTMLMetaElement>('meta[name="tend-app"]');
  if (!app) return; // the dev server's page loads the app itself
  const head = document.head;

  const loadApp = (holdPaint: boolean) => {
    const script = Object.assign(document.createElement('script'), {
      type: 'module',
      src: app.content,
    });
    if (holdPaint) script.setAttribute('blocking', 'render');
    head.append(script);
  };

  const query = new URLSearchParams(location.search);
  const nodes = keptFrame(location.search, Date.now(), __TEND_BUILD_ID__);
  if (!nodes) {
    loadApp(true);
    return;
  }
  // Nothing is painted before the frame's place is read and the frame put in it.
  const expect = document.createElement('link');
  Object.assign(expect, { rel: 'expect', href: '#app' });
  expect.setAttribute('blocking', 'render');
  head.append(expect);
  new MutationObserver((_, observer) => {
    const place = document.getElementById('app');
    if (!place) return;
    observer.disconnect();
    const root = document.documentElement;
    root.classList.toggle('windowed', query.get('view') === 'window');
    place.replaceChildren(...nodes);
    root.dataset.frame = 'kept';
  }).observe(document, { childList: true, subtree: true });
  // Loaded any sooner, the app would only compete with the frame for getting on screen.
  void firstPaintShown.then(() => loadApp(false));
});
