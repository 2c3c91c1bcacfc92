import { browser } from '@wxt-dev/browser';
import { isFirefox } from './platform';
import { popupSnapshotSettled, popupWindowAddress } from './popup-snapshot';

/** Size of the small window used where the popup cannot be opened by the extension. */
export const EXERCISE_WINDOW = { width: 400, height: 620 } as const;

/**
 * Opens the exercise: the toolbar popup where the browser lets an extension open it (Chrome
 * 127+ with a focused window), else the popup page in a small window of its own. Firefox only
 * opens the popup from a user action, so from a notification it gets the window.
 */
export async function openExercise(): Promise<'popup' | 'window'> {
  // The popup opens at its address, which then carries the break just begun.
  await popupSnapshotSettled();
  if (!isFirefox) {
    try {
      await browser.action.openPopup();
      return 'popup';
    } catch {
      // No focused browser window, or the browser refuses: fall through to a window.
    }
  }
  await browser.windows.create({
    url: await popupWindowAddress(),
    type: 'popup',
    width: EXERCISE_WINDOW.width,
    height: EXERCISE_WINDOW.height,
    focused: true,
  });
  return 'window';
}
