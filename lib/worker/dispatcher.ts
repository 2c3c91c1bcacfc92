import { initialState, reduce } from '../engine/engine';
import { parseEngineState } from '../engine/state-schema';
import type { EngineContext, EngineEvent, EngineState } from '../engine/types';
import { loadSettings } from '../settings-store';
import { engineStateItem } from '../storage-items';
import { runEffects } from './effects';
import { readEnvironment } from './environment';

export interface DispatcherClock {
  now: () => number;
  timeZone: () => string;
}

const systemClock: DispatcherClock = {
  now: () => Date.now(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};

/**
 * Feeds events to the engine one at a time. Browser events arrive concurrently, and each
 * handling reads and writes storage, so they are queued: two alarms firing together can
 * never both see the old state and nudge twice. Any other read-modify-write of Tend's data
 * in the worker (rating an exercise) goes through `enqueue` for the same reason.
 */
export function createDispatcher(clock: DispatcherClock = systemClock) {
  let queue: Promise<unknown> = Promise.resolve();

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch((error: unknown) => console.error('Tend: worker task failed', error));
    return run;
  }

  async function handle(event: EngineEvent): Promise<EngineState> {
    const settings = await loadSettings();
    const ctx: EngineContext = {
      now: clock.now(),
      settings,
      timeZone: clock.timeZone(),
      env: await readEnvironment(settings),
    };
    const stored = await engineStateItem.getValue();
    let state = parseEngineState(stored);
    if (state === null) {
      if (stored != null) console.warn('Tend: stored engine state was invalid; starting afresh.');
      state = initialState(ctx);
    }
    const { state: next, effects } = reduce(state, event, ctx);
    await engineStateItem.setValue(next);
    await runEffects(effects, ctx.now);
    return next;
  }

  return {
    dispatch: (event: EngineEvent) => enqueue(() => handle(event)),
    enqueue,
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
