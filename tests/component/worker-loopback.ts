import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exercises } from '@/content/library/index';
import type { Exercise } from '@/content/types';
import type * as Protocol from '@/lib/protocol';
import { createDispatcher } from '@/lib/worker/dispatcher';
import { createIntentRouter } from '@/lib/worker/intents';

/**
 * Pages under test talk to the real worker code (dispatcher and intent handlers, on WXT's
 * fake browser) instead of a stub, so a test sees what a user would: the worker validates,
 * chooses, stores and records. Use in a test file with
 * `vi.mock('@/lib/protocol', async (original) =>
 *    (await import('./worker-loopback')).protocolWithLoopback(await original()))`.
 */
export const loopback = {
  /** What the page asked for, bar the popup's own "choose an exercise" asks. */
  intents: [] as { name: string; payload: unknown }[],
  /** The worker cannot be reached. */
  fail: false,
  route: null as null | ((m: Protocol.IntentMessage) => Promise<Protocol.Reply<unknown>>),
};

/** A fresh worker (after `fakeBrowser.reset()`), choosing from `library`. */
export function startLoopbackWorker(library: readonly Exercise[] = exercises): void {
  // WXT's fake browser has no idle API; the worker only tells it the threshold here.
  Object.assign(fakeBrowser, { idle: { setDetectionInterval: () => {} } });
  loopback.intents = [];
  loopback.fail = false;
  loopback.route = createIntentRouter(
    createDispatcher({ library: () => library, random: () => 0 }),
  );
}

export function protocolWithLoopback(actual: typeof Protocol): typeof Protocol {
  return {
    ...actual,
    send: (async (name: Protocol.IntentName, payload: unknown) => {
      if (loopback.fail || !loopback.route) throw new Error('no worker');
      if (name !== 'choose-exercise') loopback.intents.push({ name, payload });
      const reply = await loopback.route({
        tend: 'intent',
        name,
        payload,
      } as Protocol.IntentMessage);
      if (!reply.ok) throw new actual.IntentError(reply.error);
      return reply.value;
    }) as typeof actual.send,
  };
}
