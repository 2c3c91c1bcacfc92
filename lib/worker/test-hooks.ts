import { browser } from '@wxt-dev/browser';
import type { PresenceState } from '../engine/types';
import type { Dispatcher } from './dispatcher';

/**
 * Test build only (the call in background.ts is compiled out of releases): lets e2e tests
 * do what a headless browser on a server cannot: report an idle or locked screen, and click
 * the system notification. The engine handles them exactly as `idle.onStateChanged` and
 * `notifications.onClicked`.
 */
export function listenForTestEvents({ dispatch }: Dispatcher): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { tend?: unknown; state?: unknown } | null;
    if (m?.tend === 'test-presence') {
      const state = m.state as PresenceState;
      return dispatch({ type: 'presence', state }).then(() => ({ ok: true }));
    }
    if (m?.tend === 'test-notification-click') {
      return dispatch({ type: 'start-break', source: 'notification' }).then(() => ({ ok: true }));
    }
    return undefined;
  });
}
