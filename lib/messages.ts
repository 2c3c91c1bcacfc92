// The browser's own API, not the polyfill: sendMessage returns a promise natively in Chrome
// (MV3) and Firefox, and the popup, which sends intents, must stay within its size budget.
import { browser } from '@wxt-dev/browser';
import type { EngineEvent } from './engine/types';

/**
 * What the popup and options page may ask of the worker. They never change the schedule
 * themselves: they send an intent, and watch the stored state change.
 */
export type Intent =
  | Extract<
      EngineEvent,
      { type: 'start-break' | 'finish-break' | 'snooze' | 'skip' | 'pause' | 'resume' }
    >
  /** The answer to "Did this help?" for the most recent completed exercise. */
  | { type: 'rate-exercise'; helped: boolean };

export interface IntentMessage {
  tend: 'intent';
  intent: Intent;
}

export function isIntentMessage(message: unknown): message is IntentMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { tend?: unknown }).tend === 'intent' &&
    typeof (message as { intent?: { type?: unknown } }).intent?.type === 'string'
  );
}

/** Sends an intent to the worker and resolves once it has been handled and stored. */
export async function sendIntent(intent: Intent): Promise<void> {
  const message: IntentMessage = { tend: 'intent', intent };
  await browser.runtime.sendMessage(message);
}
