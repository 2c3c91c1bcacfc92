import { browser } from '@wxt-dev/browser';
import type { Environment } from '../engine/types';
import type { Settings } from '../settings/settings';

/**
 * What the browser looks like right now, for deferring a nudge. Asked only when a setting
 * needs it, so a normal wake costs no extra API call. Reading `audible` needs no "tabs"
 * permission: only a tab's URL and title do.
 */
export async function readEnvironment(settings: Settings): Promise<Environment> {
  const [fullscreen, audible] = await Promise.all([
    settings.deferInFullscreen ? anyFullscreenWindow() : false,
    settings.deferWhileAudible ? anyAudibleTab() : false,
  ]);
  return { fullscreen, audible };
}

async function anyFullscreenWindow(): Promise<boolean> {
  try {
    const windows = await browser.windows.getAll();
    return windows.some((w) => w.state === 'fullscreen');
  } catch {
    return false;
  }
}

async function anyAudibleTab(): Promise<boolean> {
  try {
    const tabs = await browser.tabs.query({ audible: true });
    return tabs.length > 0;
  } catch {
    return false;
  }
}
