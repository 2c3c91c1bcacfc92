// The browser's own API, not the polyfill: storage returns promises natively in Chrome (MV3)
// and Firefox, and the polyfill would be a tenth of the popup's size budget.
import { browser } from '@wxt-dev/browser';
import { useEffect, useState } from 'preact/hooks';
import type { EngineState } from '@/lib/engine/types';
import type { Settings } from '@/lib/settings/settings';
import { type CurrentExercise, currentExerciseKey } from '@/lib/store/current-exercise';
import { decode, type KeyDef, metaKeyOf, rawKeys } from '@/lib/store/define';
import { engineStateKey } from '@/lib/store/engine-state';
import { type ExercisePrefs, exercisePrefsKey } from '@/lib/store/exercise-prefs';
import { type NudgeProblem, nudgeProblemKey } from '@/lib/store/nudge-problem';
import { localSettingsKey, resolveSettings, syncSettingsKey } from '@/lib/store/settings';
import { syncProblemKey } from '@/lib/store/sync-problem';

/**
 * Everything the popup shows, read in one `storage.local.get` so the first render has it all
 * (separate reads cost a round trip each, and the popup must draw within a frame), and kept
 * live from `storage.onChanged`. Every value is decoded through its key's definition
 * (lib/store/), the same one the worker uses, so a damaged value gives way to a safe default
 * and a future migration is never skipped. The popup never writes: it sends intents.
 */
export interface PopupData {
  /** null before the worker first stored its state (or when the stored one is damaged). */
  engine: EngineState | null;
  settings: Settings;
  prefs: ExercisePrefs;
  /** The exercise the worker chose for a break, so reopening the popup shows the same one. */
  current: CurrentExercise | null;
  /** Why the last nudge could not be shown as a notification, if it could not. */
  nudgeProblem: NudgeProblem | null;
}

const keys = {
  engine: engineStateKey,
  settings: localSettingsKey,
  prefs: exercisePrefsKey,
  current: currentExerciseKey,
  nudgeProblem: nudgeProblemKey,
} as const satisfies { [K in keyof PopupData]: KeyDef<PopupData[K]> };

const parts = Object.keys(keys) as (keyof PopupData)[];
const defs = [...Object.values(keys), syncProblemKey] as KeyDef<unknown>[];

function decodeAll(raw: Record<string, unknown>, now: number): PopupData {
  const data: Partial<Record<keyof PopupData, unknown>> = {};
  for (const part of parts) data[part] = decode(keys[part] as KeyDef<unknown>, raw, now).value;
  return data as PopupData;
}

/**
 * Local settings missing or damaged (a second device before the worker ran, say): weigh them
 * against the synced copy by the same rule as the worker and the options page. Rare, so the
 * common open stays one read.
 */
async function settingsWithSync(raw: Record<string, unknown>, now: number): Promise<Settings> {
  const local = decode(localSettingsKey, raw, now);
  if (!local.missing && !local.dirty) return local.value;
  try {
    const sync = await browser.storage.sync.get(syncSettingsKey.key);
    const pending = decode(syncProblemKey, raw, now).value !== null;
    return resolveSettings(raw[localSettingsKey.key], sync[syncSettingsKey.key], pending).settings;
  } catch {
    return local.value;
  }
}

/** The popup's data, live; `undefined` until the first read lands. */
export interface PopupStore {
  get(): PopupData | undefined;
  /** Resolves when the first read has landed (with defaults if storage cannot be read). */
  ready: Promise<PopupData>;
  subscribe(listener: () => void): () => void;
  close(): void;
}

const READ_ATTEMPTS = 3;

/**
 * Opens the popup's view of storage: listens for changes first, then reads everything in one
 * `get`. A change that lands while the read is under way is applied on top of its result, so
 * nothing written in between (say, the break falling due) is ever missed.
 */
export function openPopupStore(now: () => number = Date.now): PopupStore {
  let data: PopupData | undefined;
  /** The raw stored values (and version markers) by storage key, as last seen. */
  let raw: Record<string, unknown> = {};
  const watched = new Set(rawKeys(defs));
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const changed = Object.keys(changes).filter((key) => watched.has(key));
    if (changed.length === 0) return;
    raw = { ...raw, ...Object.fromEntries(changed.map((k) => [k, changes[k]?.newValue])) };
    if (!data) return; // the first read applies it
    const touched = parts.filter(
      (part) => changed.includes(keys[part].key) || changed.includes(metaKeyOf(keys[part])),
    );
    const fresh = decodeAll(raw, now());
    data = { ...data, ...Object.fromEntries(touched.map((part) => [part, fresh[part]])) };
    notify();
  };
  browser.storage.onChanged.addListener(onChanged);

  async function read(attempt = 1): Promise<PopupData> {
    try {
      const stored = await browser.storage.local.get([...watched]);
      raw = { ...stored, ...raw };
      const data = decodeAll(raw, now());
      return { ...data, settings: await settingsWithSync(raw, now()) };
    } catch (error) {
      console.error(`Tend: reading storage failed (attempt ${attempt})`, error);
      if (attempt >= READ_ATTEMPTS) return decodeAll(raw, now()); // safe defaults, never blank
      await new Promise((wait) => setTimeout(wait, 200 * attempt));
      return read(attempt + 1);
    }
  }

  const ready = read().then((first) => {
    data = first;
    notify();
    return first;
  });

  return {
    get: () => data,
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => browser.storage.onChanged.removeListener(onChanged),
  };
}

/** The store's data, re-rendering on every change. */
export function usePopupData(store: PopupStore): PopupData | undefined {
  const [data, setData] = useState(store.get);
  useEffect(() => {
    setData(store.get()); // a change between render and subscribing is not lost
    return store.subscribe(() => setData(store.get()));
  }, [store]);
  return data;
}
