export interface PaintTimes {
  /** First contentful paint, ms from navigation start. */
  fcp?: number;
  /** When the element with `elementtiming="<name>"` was first painted. */
  content?: number;
  domContentLoaded?: number;
}

/**
 * The paint timings a page recorded of itself. Runs in the page, self-contained: the e2e tests
 * pass it to Playwright's `evaluate`, the bench (scripts/bench/first-paint.ts) sends its source.
 * Resolves at once from buffered entries, or after `waitMs` without the element's.
 */
export function paintTimes({
  name,
  waitMs,
}: {
  name: string;
  waitMs: number;
}): Promise<PaintTimes> {
  return new Promise((done) => {
    // Read when answering: the page may have loaded before its first paint.
    const times = () => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      domContentLoaded: (
        performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
      )?.domContentLoadedEventEnd,
    });
    new PerformanceObserver((list) => {
      const entry = list
        .getEntries()
        .find((e) => (e as PerformanceEntry & { identifier?: string }).identifier === name) as
        | (PerformanceEntry & { renderTime: number; loadTime: number })
        | undefined;
      if (entry) done({ ...times(), content: entry.renderTime || entry.loadTime });
    }).observe({ type: 'element', buffered: true });
    setTimeout(() => done(times()), waitMs);
  });
}
