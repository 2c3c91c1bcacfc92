import { type Browser, browser } from '@wxt-dev/browser';
import { CHIME_MESSAGE, playChime } from '../sound/chime';
import { isFirefox } from './platform';

const OFFSCREEN_PATH = '/offscreen.html';

/**
 * Plays the soft chime. Firefox's event page has a DOM and plays it itself; Chrome's
 * service worker has none, so it asks an offscreen document (created on first use).
 */
export async function playSoftSound(): Promise<void> {
  if (isFirefox) {
    const audio = new AudioContext();
    await playChime(audio);
    await audio.close();
    return;
  }
  const offscreen = browser.offscreen;
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType],
  });
  if (contexts.length === 0) {
    await offscreen.createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['AUDIO_PLAYBACK' as Browser.offscreen.Reason],
      justification: 'Plays the soft chime the user turned on for break reminders.',
    });
  }
  await browser.runtime.sendMessage({ tend: CHIME_MESSAGE });
}
