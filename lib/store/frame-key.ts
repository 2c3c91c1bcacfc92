import { parseQueryJson } from './query-json';

/**
 * The state a kept first frame of the popup shows (components/popup/frame-cache.ts), as a
 * string: the page's view and the snapshot its address carries, less the worker's own
 * bookkeeping. The worker compares it to hand a frame only to its own state's popup; the
 * popup hands its frame over with it.
 */

/**
 * The page the popup opens on when the worker holds the first frame the last popup of the
 * same state drew (components/popup/frame-cache.ts): a page with only a tiny script, which
 * shows that frame and then loads the app (scripts/vite/popup-pages.ts). Else the popup opens
 * on the app's own page.
 */
export const FRAME_PAGE = '/popup-frame.html';

/**
 * Engine fields that change on every wake of the worker and that the popup never shows
 * (tests/component/frame-cache.test.tsx renders with them changed): a kept frame outlives them.
 */
export const WORKER_ONLY = [
  'lastSeenAt',
  'nextWakeAt',
  'presence',
  'timeZone',
  'nudgedCycle',
  'headsUpCycle',
];

/** The state the app's page at `search` shows, or null when its address carries no snapshot. */
export function frameKey(search: string): string | null {
  try {
    const raw = parseQueryJson(search, 'tend') as Record<string, unknown> | null;
    if (raw === null || typeof raw !== 'object') return null;
    const engine = raw.engineState as Record<string, unknown> | null | undefined;
    if (engine && typeof engine === 'object') for (const field of WORKER_ONLY) delete engine[field];
    return JSON.stringify([new URLSearchParams(search).get('view'), raw]);
  } catch {
    return null;
  }
}
