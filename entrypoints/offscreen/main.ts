import { browser } from '@wxt-dev/browser';
import { CHIME_MESSAGE, playChime } from '@/lib/sound/chime';

browser.runtime.onMessage.addListener((message: unknown) => {
  if ((message as { tend?: unknown } | null)?.tend !== CHIME_MESSAGE) return undefined;
  const audio = new AudioContext();
  return playChime(audio).then(() => audio.close());
});
