import { browser } from '@wxt-dev/browser';

/** Opens the welcome page (entrypoints/welcome/) in a tab of its own. */
export async function openWelcome(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
