import * as v from 'valibot';
import type { EngineEvent } from '../engine/types';
import { exportDataSchema } from '../export-import';
import { exerciseEntry, mergeHistory, rateExercise, retain, withoutCycles } from '../history';
import { t } from '../i18n';
import type { IntentMessage, IntentName, Payload, Reply, ReplyValue } from '../protocol';
import { settingIssue } from '../settings/schema';
import { defaultSettings, type Settings } from '../settings/settings';
import { currentExerciseKey } from '../store/current-exercise';
import { exercisePrefsKey } from '../store/exercise-prefs';
import { historyKey, repairHistory } from '../store/history';
import { localSettingsKey } from '../store/settings';
import { syncProblemKey } from '../store/sync-problem';
import type { Dispatcher } from './dispatcher';
import { intentSchemas } from './intent-schemas';
import { sendTestNudge } from './nudge-delivery';
import { keepPopupFrame } from './popup-snapshot';
import { Refusal } from './refusal';
import { currentSettings, saveSettings, writeToSync } from './settings-sync';
import { readKey, writeKeys } from './stored';

type Handlers = { [K in IntentName]: (payload: Payload<K>) => Promise<ReplyValue<K>> };

/**
 * One handler per intent. Each runs as one step of the worker's queue, so it sees the data
 * as the previous step left it, and acts on the cycle or entry the intent names.
 */
export function intentHandlers(d: Dispatcher): Handlers {
  /** Applies an engine event; these intents reply with nothing but success. */
  const apply = async (event: EngineEvent) => {
    await d.handle(event);
    return null;
  };
  return {
    'start-break': ({ cycle }) => apply({ type: 'start-break', source: 'popup', cycle }),

    async 'finish-break'({ cycle, exerciseId, completed }) {
      const state = await d.peek();
      // Done on a break that was due (or an exercise begun between breaks) takes that break.
      if (state.cycle === cycle && ['working', 'due', 'deferred'].includes(state.phase)) {
        await d.handle({ type: 'start-break', source: 'popup', cycle });
      }
      const exerciseKind = d.library().find((e) => e.id === exerciseId)?.kind;
      await d.handle({ type: 'finish-break', cycle, exerciseId, exerciseKind, completed });
      if (exerciseId === undefined) return null;
      const now = d.now();
      // Done with it: the next exercise asked for is a fresh one, even in the same cycle.
      const current = await readKey(currentExerciseKey, now);
      if (current?.id === exerciseId && current.cycle === cycle) {
        await writeKeys([[currentExerciseKey, null]]);
      }
      const entry = exerciseEntry(await readKey(historyKey, now), cycle, exerciseId);
      return entry ? { at: entry.at } : null;
    },

    snooze: ({ cycle, minutes }) => apply({ type: 'snooze', cycle, minutes }),
    skip: ({ cycle }) => apply({ type: 'skip', cycle }),
    pause: ({ request }) => apply({ type: 'pause', request }),
    resume: () => apply({ type: 'resume' }),

    async 'rate-exercise'({ at, exerciseId, helped }) {
      const now = d.now();
      const entries = await readKey(historyKey, now);
      const rated = rateExercise(entries, at, exerciseId, helped);
      if (rated !== entries) await writeKeys([[historyKey, rated]]);
      return null;
    },

    async 'choose-exercise'({ cycle, replacing }) {
      const state = await d.peek();
      if (cycle > state.cycle) throw new Refusal(t('requestInvalid'));
      return d.offerExercise(cycle, await currentSettings(), d.now(), replacing);
    },

    async 'set-favourite'({ id, favourite }) {
      const prefs = await readKey(exercisePrefsKey, d.now());
      const others = prefs.favourites.filter((f) => f !== id);
      const favourites = favourite ? [...others, id] : others;
      await writeKeys([[exercisePrefsKey, { ...prefs, favourites }]]);
      return null;
    },

    async 'set-not-for-me'({ id, hidden }) {
      const now = d.now();
      const prefs = await readKey(exercisePrefsKey, now);
      const notForMe = prefs.notForMe.filter((n) => n !== id);
      const favourites = hidden ? prefs.favourites.filter((f) => f !== id) : prefs.favourites;
      await writeKeys([
        [exercisePrefsKey, { favourites, notForMe: hidden ? [...notForMe, id] : notForMe }],
      ]);
      const current = await readKey(currentExerciseKey, now);
      if (hidden && current?.id === id) {
        await d.offerExercise(current.cycle, await currentSettings(), now, id);
      }
      return null;
    },

    async 'save-settings'({ patch }) {
      const base = await currentSettings();
      const next: Record<string, unknown> = { ...base };
      for (const [key, value] of Object.entries(patch)) {
        if (!(key in defaultSettings)) throw new Refusal(`Unknown setting “${key}”.`);
        const issue = settingIssue(key as keyof Settings, value);
        if (issue) throw new Refusal(issue);
        next[key] = value;
      }
      const saved = await saveSettings(next as unknown as Settings);
      await d.handle({ type: 'settings-changed' });
      return saved;
    },

    async reset({ alsoHistory }) {
      await saveSettings(structuredClone(defaultSettings));
      if (alsoHistory) await writeKeys([[historyKey, []]]);
      await d.handle({ type: 'settings-changed' });
      return null;
    },

    async import({ data, mode }) {
      const now = d.now();
      const checked = v.safeParse(exportDataSchema(), data);
      if (!checked.success) throw new Refusal(t('requestInvalid'));
      const repaired = repairHistory(checked.output.history, now);
      if (repaired.invalid > 0) throw new Refusal(t('requestInvalid'));
      const imported = withoutCycles(repaired.entries);
      const history =
        mode === 'merge'
          ? mergeHistory(await readKey(historyKey, now), imported, now)
          : retain(imported, now);
      // All of it in one write to each area: it lands whole, or not at all.
      const problem = await writeToSync(checked.output.settings);
      await writeKeys([
        [localSettingsKey, checked.output.settings],
        [syncProblemKey, problem],
        [historyKey, history],
        [exercisePrefsKey, checked.output.exercisePrefs],
      ]);
      await d.handle({ type: 'settings-changed' });
      return { entries: history.length };
    },

    'test-nudge': () => sendTestNudge(d.now()),

    async 'keep-frame'({ key, frame, clock }) {
      await keepPopupFrame(key, frame, clock);
      return null;
    },
  };
}

/**
 * Validates a message's payload and runs its handler as one queue step. Every reply says
 * whether it worked; a refusal carries words for the user, anything else a general line.
 */
export function createIntentRouter(d: Dispatcher) {
  // Made at the first request, not at start: most starts of the worker answer none, and the
  // worker's heap holds every function it has run (issue 15).
  let handlers: Handlers | undefined;
  return async function route(message: IntentMessage): Promise<Reply<unknown>> {
    const name = message.name;
    if (!Object.hasOwn(intentSchemas, name)) {
      return { ok: false, error: `Unknown request “${String(name)}”.` };
    }
    const payload = v.safeParse(intentSchemas[name](), message.payload ?? {});
    if (!payload.success) return { ok: false, error: t('requestInvalid') };
    handlers ??= intentHandlers(d);
    const handler = handlers[name] as (p: unknown) => Promise<unknown>;
    try {
      const value = await d.enqueue(() => handler(payload.output));
      return { ok: true, value };
    } catch (error) {
      if (error instanceof Refusal) return { ok: false, error: error.message };
      console.error(`Tend: the request “${name}” failed`, error);
      return { ok: false, error: t('requestFailed') };
    }
  };
}
