import { browser } from '@wxt-dev/browser';
import { frameKey } from '../store/frame-key';
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
    const { kept, clock } = await inSession();
    const address = popupAddress(raw, { clock });
    // The kept frame goes to the popup of its own state only.
    const shown = kept && kept.key === frameKey(address.slice(address.indexOf('?')));
    await toolbarAction().setPopup({
      popup: shown ? popupAddress(raw, { frame: kept.frame }) : address,
    });
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
  const { clock } = await inSession();
  return browser.runtime.getURL(popupAddress(raw, { windowed: true, clock }) as '/popup.html');
}

/**
 * Where the worker holds the first frame the last popup drew, with the state it shows
 * (components/popup/frame-cache.ts), and how popups write a time of day
 * (components/popup/clock-pattern.ts): session storage, so a restarted worker still has them
 * and a restarted browser, whose popups start afresh, does not.
 */
const FRAME_SLOT = 'popupFrame';
const CLOCK_SLOT = 'popupClock';

/** The session area, where the browser has one (Firefox from 115, Chrome from 102). */
const sessionArea = () => (__TEND_FRAME_PAGE__ ? browser.storage.session : undefined);

/**
 * Keeps the popup's first `frame` of the state `key`, and hands it to the next popup if that
 * is still the state; `clock` goes to every popup. One frame is kept: the last one drawn.
 */
export async function keepPopupFrame(key: string, frame: string, clock?: string): Promise<void> {
  const session = sessionArea();
  if (!session) return;
  await session.set({ [FRAME_SLOT]: { key, frame }, ...(clock ? { [CLOCK_SLOT]: clock } : {}) });
  await refreshPopupSnapshot();
}

/** The kept frame and clock pattern, each if session storage holds one that can be read. */
async function inSession(): Promise<{ kept?: { key: string; frame: string }; clock?: string }> {
  try {
    const stored = (await sessionArea()?.get([FRAME_SLOT, CLOCK_SLOT])) ?? {};
    const kept = stored[FRAME_SLOT] as { key?: unknown; frame?: unknown } | undefined;
    const clock = stored[CLOCK_SLOT];
    return {
      kept:
        typeof kept?.key === 'string' && typeof kept.frame === 'string'
          ? { key: kept.key, frame: kept.frame }
          : undefined,
      clock: typeof clock === 'string' ? clock : undefined,
    };
  } catch {
    return {}; // the popup then draws its first frame itself
  }
}
