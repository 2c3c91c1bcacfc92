let shown: Promise<void> | undefined;

/**
 * Resolves once the page's first contentful paint has been shown (or after 250 ms, as a page
 * in the background paints nothing). Work that the first frame does not need waits for it:
 * on a machine with few cores, script running right after the first frame is drawn competes
 * with putting that frame on screen (issue 15). Starts watching at its first call, so the
 * first-frame script can put its frame on the page first. No imports: that script uses it too.
 */
export function firstPaintShown(): Promise<void> {
  shown ??= new Promise((done) => {
    setTimeout(done, 250);
    try {
      new PerformanceObserver((list, observer) => {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        done();
      }).observe({ type: 'paint', buffered: true });
    } catch {
      done(); // no paint timing: nothing to wait for
    }
  });
  return shown;
}
