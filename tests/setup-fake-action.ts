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
