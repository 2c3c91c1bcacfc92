import type { Exercise } from '../../content/types';
import { initialState, reduce } from '../engine/engine';
import type { EngineContext, EngineEvent, EngineState } from '../engine/types';
import { localeFor, setLocale } from '../i18n';
import type { Settings } from '../settings/settings';
import { engineStateKey } from '../store/engine-state';
import { runEffects } from './effects';
import { readEnvironment } from './environment';
import { exerciseFor } from './exercise-choice';
import { Refusal } from './refusal';
import { loadSettings } from './settings-sync';
import { readKey, writeKeys } from './stored';
import { addWorkerWords } from './words';

export interface DispatcherClock {
  now: () => number;
  timeZone: () => string;
}

/** JSON with object keys sorted: storage hands an object back with its keys in its own order. */
const canonicalJson = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

const systemClock: DispatcherClock = {
  now: () => Date.now(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};

export interface DispatcherOptions {
  clock?: DispatcherClock;
  /**
   * The exercise library to choose from (tests pass a small one). A function: the worker
   * builds the library only when it chooses, and does not keep it (issue 15's heap budget).
   */
  library: () => readonly Exercise[];
  random?: () => number;
}

/**
 * Feeds events to the engine one at a time. Browser events and intents arrive concurrently,
 * and each handling reads and writes storage, so every one of them is queued: two alarms
 * firing together can never both see the old state and nudge twice, and two clicks can never
 * both act on the same break. Everything that writes Tend's data runs through `enqueue`.
 */
export function createDispatcher({
  clock = systemClock,
  library,
  random = Math.random,
}: DispatcherOptions) {
  let queue: Promise<unknown> = Promise.resolve();
  /** The settings the last step ran with, as JSON (see `localSettingsChanged`). */
  let lastStepSettings: string | undefined;

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch((error: unknown) => {
      if (!(error instanceof Refusal)) console.error('Tend: worker task failed', error);
    });
    return run;
  }

  async function engineContext(known?: Settings): Promise<EngineContext> {
    const now = clock.now();
    const settings = known ?? (await loadSettings(now));
    // The badge and the notification speak the language the user chose (else the browser's).
    const locale = localeFor(settings.language);
    addWorkerWords(locale);
    setLocale(locale);
    return { now, settings, timeZone: clock.timeZone(), env: await readEnvironment(settings) };
  }

  /** The stored state, or a fresh one when none is stored or it could not be trusted. */
  async function loadState(ctx: EngineContext): Promise<EngineState> {
    return (await readKey(engineStateKey, ctx.now)) ?? initialState(ctx);
  }

  /**
   * Applies one event. Only call from inside a queued task. `settings` when the caller has
   * just read them (start-up), to spare a second read.
   */
  async function handle(event: EngineEvent, settings?: Settings): Promise<EngineState> {
    const ctx = await engineContext(settings);
    const state = await loadState(ctx);
    const { state: next, effects } = reduce(state, event, ctx);
    await writeKeys([[engineStateKey, next]]);
    await runEffects(effects, ctx.now, (cycle, long) =>
      offerExercise(cycle, ctx.settings, ctx.now, undefined, long),
    );
    lastStepSettings = canonicalJson(ctx.settings);
    return next;
  }

  /**
   * The local settings copy changed to `stored`. Most such changes are the worker's own
   * writes, made in a step that then ran with those settings (start-up, a save, an import,
   * a reset): a second pass would change nothing, yet at start it would read and check every
   * stored value again and double what the worker holds (its heap budget, issue 15). Settings
   * that differ from the last step's (written by anything else, or adopted from sync) are
   * applied as before.
   */
  function localSettingsChanged(stored: unknown): Promise<unknown> {
    return enqueue(async () => {
      if (lastStepSettings !== undefined && canonicalJson(stored) === lastStepSettings) return;
      await handle({ type: 'settings-changed' });
    });
  }

  /**
   * Chooses the exercise for `cycle`. `long`: whether its break is a long one; when not told
   * (a page asking for another), the stored state says.
   */
  async function offerExercise(
    cycle: number,
    settings: Settings,
    now: number,
    replacing?: string,
    long?: boolean,
  ) {
    const state = long === undefined ? await readKey(engineStateKey, now) : null;
    const isLong = long ?? (state?.cycle === cycle && state.longBreak);
    return exerciseFor(
      cycle,
      { library: library(), settings, now, random, long: isLong },
      replacing,
    );
  }

  /** The current state, for an intent that needs to look before it acts. */
  async function peek(): Promise<EngineState> {
    return loadState(await engineContext());
  }

  return {
    dispatch: (event: EngineEvent) => enqueue(() => handle(event)),
    enqueue,
    localSettingsChanged,
    handle,
    peek,
    offerExercise,
    library,
    now: clock.now,
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
