import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// WXT's fake browser has no popup address; the worker sets it after each write of what the
// popup shows (lib/worker/popup-snapshot.ts). Kept in memory, like the fake's badge.
let popup = 'popup.html';
for (const action of [fakeBrowser.action, fakeBrowser.browserAction]) {
  Object.assign(action, {
    setPopup: async (details: { popup: string }) => {
      popup = details.popup;
    },
    getPopup: async () => popup,
  });
}

// Nor ports. A stand-in for `runtime.connect` and `onConnect` within one context: what a page
// posts reaches the worker's listener (lib/protocol.ts: post). Listeners go with each test.
type Listener = (message: unknown) => void;
const connectListeners: ((port: object) => void)[] = [];
beforeEach(() => {
  connectListeners.length = 0;
});
Object.assign(fakeBrowser.runtime, {
  onConnect: { addListener: (listener: (port: object) => void) => connectListeners.push(listener) },
  connect: ({ name }: { name: string }) => {
    const heard: Listener[] = [];
    const port = {
      name,
      onMessage: { addListener: (listener: Listener) => heard.push(listener) },
      postMessage: (message: unknown) => {
        for (const listener of heard) listener(structuredClone(message));
      },
      disconnect: () => undefined,
    };
    for (const listener of connectListeners) listener(port);
    return port;
  },
});
