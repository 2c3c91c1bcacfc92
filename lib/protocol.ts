// The browser's own API, not the polyfill: sendMessage returns a promise natively in Chrome
// (MV3) and Firefox, and the popup, which sends intents, must stay within its size budget.
import { browser } from '@wxt-dev/browser';
import type { PauseRequest } from './engine/types';
import type { ExportData } from './export-import';
import type { Settings } from './settings/settings';
import type { CurrentExercise } from './store/current-exercise';
import type { NudgeProblem } from './store/nudge-problem';

/**
 * What the popup and options page may ask of the worker, the only writer of Tend's data:
 * each intent's payload and its reply. The worker validates every payload
 * (lib/worker/intent-schemas.ts) and applies intents one at a time in its queue.
 *
 * Intents that act on a break name its `cycle` (or, for a rating, the history entry): a
 * repeat for the same cycle — a double click, two popups — finds the work done and changes
 * nothing.
 */
export interface Protocol {
  /** Take the break of `cycle` now (a due one, or early). */
  'start-break': { payload: { cycle: number }; reply: null };
  /** Done: the break of `cycle` ends, with the exercise done in it. */
  'finish-break': {
    payload: { cycle: number; exerciseId?: string | undefined; completed?: boolean | undefined };
    /** The history entry the exercise was recorded in, for "Did this help?". */
    reply: { at: number } | null;
  };
  snooze: { payload: { cycle: number; minutes?: number | undefined }; reply: null };
  skip: { payload: { cycle: number }; reply: null };
  pause: { payload: { request: PauseRequest }; reply: null };
  resume: { payload: Record<string, never>; reply: null };
  /** The answer to "Did this help?" for the exercise recorded at `at`. */
  'rate-exercise': { payload: { at: number; exerciseId: string; helped: boolean }; reply: null };
  /**
   * An exercise for `cycle`: the one already chosen, or a new one. With `replacing`, a new one
   * instead of that one ("Another one"); if it was already replaced, the newer choice stands.
   */
  'choose-exercise': {
    payload: { cycle: number; replacing?: string | undefined };
    reply: CurrentExercise | null;
  };
  'set-favourite': { payload: { id: string; favourite: boolean }; reply: null };
  /** Hide an exercise for good (or show it again); a hidden current one is replaced. */
  'set-not-for-me': { payload: { id: string; hidden: boolean }; reply: null };
  /** Change some settings; replies with all of them as saved. */
  'save-settings': { payload: { patch: Partial<Settings> }; reply: Settings };
  /** Settings back to their defaults, and the history cleared too if asked. */
  reset: { payload: { alsoHistory: boolean }; reply: null };
  /** Import a checked export file, merged with the current history or replacing it. */
  import: {
    payload: { data: ExportData; mode: ImportMode };
    reply: { entries: number };
  };
  /**
   * Shows a test notification. Replies null when it could be shown, else why not (turned off
   * for the browser, or creating it failed); the same is stored as the nudge problem.
   */
  'test-nudge': { payload: Record<string, never>; reply: NudgeProblem | null };
  /**
   * The popup's first frame for the state `key` (components/popup/frame-cache.ts), for the
   * worker to put in the address of the next popup of that state; with how the popup writes a
   * time of day (`clock`, components/popup/clock-pattern.ts), for the address of every popup.
   */
  'keep-frame': {
    payload: { key: string; frame: string; clock?: string | undefined };
    reply: null;
  };
}

export type ImportMode = 'merge' | 'replace';
export type IntentName = keyof Protocol;
export type Payload<K extends IntentName> = Protocol[K]['payload'];
export type ReplyValue<K extends IntentName> = Protocol[K]['reply'];

export interface IntentMessage<K extends IntentName = IntentName> {
  tend: 'intent';
  name: K;
  payload: Payload<K>;
}

/** Every reply: the value, or a plain message the page can show. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export function isIntentMessage(message: unknown): message is IntentMessage {
  const m = message as Partial<IntentMessage> | null;
  return typeof m === 'object' && m !== null && m.tend === 'intent' && typeof m.name === 'string';
}

/** The worker refused an intent or could not be reached; `message` is for the user. */
export class IntentError extends Error {}

/** Sends an intent and resolves with the worker's reply once it is applied and stored. */
export async function send<K extends IntentName>(
  name: K,
  payload: Payload<K>,
): Promise<ReplyValue<K>> {
  const message: IntentMessage<K> = { tend: 'intent', name, payload };
  const reply = (await browser.runtime.sendMessage(message)) as Reply<ReplyValue<K>> | undefined;
  if (!reply) throw new IntentError('Tend’s background worker did not answer.');
  if (!reply.ok) throw new IntentError(reply.error);
  return reply.value;
}

/** The port name of intents sent with `post`. */
export const POSTED_INTENTS = 'tend-intents';

/**
 * Sends an intent whose reply the page does not wait for. It arrives even when the page
 * closes at once, and nothing is left pending: Firefox reports a reply promise that outlived
 * its page as an error.
 */
export function post<K extends IntentName>(name: K, payload: Payload<K>): void {
  const message: IntentMessage<K> = { tend: 'intent', name, payload };
  try {
    const port = browser.runtime.connect({ name: POSTED_INTENTS });
    port.postMessage(message);
    port.disconnect();
  } catch (error) {
    console.warn(`Tend: could not send “${name}”`, error);
  }
}
