import { browser } from '@wxt-dev/browser';

/** The toolbar button's API: MV2 Firefox has `browserAction` where MV3 has `action`. */
export function toolbarAction() {
  return browser.action ?? browser.browserAction;
}
