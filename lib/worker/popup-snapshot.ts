import { browser } from '@wxt-dev/browser';
import { popupAddress, popupRawKeys, showsInPopup } from '../store/popup-view';
import { toolbarAction } from './toolbar-action';

/**
 * Keeps the toolbar popup's address carrying what the popup shows (lib/store/popup-view.ts),
 * so it draws its first frame at once, without a storage round trip. The worker is the only
 * writer of those keys, so refreshing after each of its writes keeps the snapshot current;
 * the popup still reads storage and follows changes, so a snapshot caught mid-write is
 * corrected within milliseconds.
 */

let publishing: Promise<void> = Promise.resolve();

/** Whether a local write of `keys` changes what the popup shows. */
export function touchesPopup(keys: readonly string[]): boolean {
  return keys.some(showsInPopup);
}

/** Publishes the current values; one at a time, so the last write's values win. */
export function refreshPopupSnapshot(): Promise<void> {
  publishing = publishing.then(publish);
  return publishing;
}

async function publish(): Promise<void> {
  try {
    const raw = await browser.storage.local.get([...popupRawKeys]);
    await toolbarAction().setPopup({ popup: popupAddress(raw) });
  } catch (error) {
    // The popup then reads storage as it opens: slower, never wrong.
    console.warn('Tend: could not hand the popup its snapshot', error);
  }
}

/** Resolves once the popup's address carries every write made so far. */
export function popupSnapshotSettled(): Promise<void> {
  return publishing;
}

/**
 * The address of the popup's page with a snapshot, for the small exercise window. Read afresh
 * rather than kept from the last publish: the worker's heap is budgeted, the window rare.
 */
export async function popupWindowAddress(): Promise<string> {
  const raw = await browser.storage.local.get([...popupRawKeys]).catch(() => ({}));
  return browser.runtime.getURL(popupAddress(raw, true) as '/popup.html');
}
