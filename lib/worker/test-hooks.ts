import { browser } from 'wxt/browser';
import type { PresenceState } from '../engine/types';
import type { Dispatcher } from './dispatcher';

/**
 * Test build only (the call in background.ts is compiled out of releases): lets e2e tests
 * report an idle or locked screen, which a headless browser on a server cannot produce. The
 * engine handles it exactly as it handles `idle.onStateChanged`.
 */
export function listenForTestPresence({ dispatch }: Dispatcher): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { tend?: unknown; state?: unknown } | null;
    if (m?.tend !== 'test-presence') return undefined;
    const state = m.state as PresenceState;
    return dispatch({ type: 'presence', state }).then(() => ({ ok: true }));
  });
}
