/**
 * Resolves once the page's first contentful paint has been shown (or after 250 ms, as a page
 * in the background paints nothing). Work that the first frame does not need waits for it:
 * on a machine with few cores, script running right after the first frame is drawn competes
 * with putting that frame on screen (issue 15). No imports: the first-frame script uses it too.
 */
export const firstPaintShown: Promise<void> = new Promise((done) => {
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
