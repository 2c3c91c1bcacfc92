import { browser } from '@wxt-dev/browser';
import { welcomedKey } from '../store/welcomed';
import { readKey, writeKeys } from './stored';

/** Opens the welcome page (entrypoints/welcome/) in a tab of its own, once per install. */
export async function welcomeOnce(now: number): Promise<void> {
  if (await readKey(welcomedKey, now)) return;
  await writeKeys([[welcomedKey, true]]);
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
