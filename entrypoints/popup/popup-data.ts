// The browser's own API, not the polyfill: storage returns promises natively in Chrome (MV3)
// and Firefox, and the polyfill would be a tenth of the popup's size budget.
import { browser } from '@wxt-dev/browser';
import { useEffect, useState } from 'preact/hooks';
import * as v from 'valibot';
import { parseEngineState } from '@/lib/engine/state-schema';
import type { EngineState } from '@/lib/engine/types';
import { exerciseIdsSchema, parseExercisePrefs } from '@/lib/exercise-prefs';
import { repairSettings, type Settings } from '@/lib/settings';
import type { CurrentExercise, ExercisePrefs } from '@/lib/storage-items';
import { KEYS } from '@/lib/storage-keys';

/**
 * Everything the popup shows, read in one `storage.local.get` so the first render has it all
 * (separate reads cost a round trip each, and the popup must draw within a frame). Kept live
 * from `storage.onChanged`. Every value is parsed: stored data is untrusted, and a damaged
 * one gives way to a safe default, never a blank popup.
 */
export interface PopupData {
  /** null before the worker first stored its state (or when the stored one is damaged). */
  engine: EngineState | null;
  settings: Settings;
  prefs: ExercisePrefs;
  /** The exercise on screen for a break, so reopening the popup shows the same one. */
  current: CurrentExercise | null;
  /** Ids shown lately, most recent first. */
  recent: string[];
}

const currentSchema = v.object({ id: v.string(), cycle: v.number(), chosenAt: v.number() });

const parsers: { [K in keyof PopupData]: (raw: unknown) => PopupData[K] } = {
  engine: parseEngineState,
  settings: (raw) => repairSettings(raw ?? {}).settings,
  prefs: parseExercisePrefs,
  current: (raw) => {
    const parsed = v.safeParse(currentSchema, raw);
    return parsed.success ? parsed.output : null;
  },
  recent: (raw) => {
    const parsed = v.safeParse(exerciseIdsSchema, raw);
    return parsed.success ? parsed.output : [];
  },
};

/** Which storage key holds each part. */
export const popupKeys = {
  engine: KEYS.engineState,
  settings: KEYS.settings,
  prefs: KEYS.exercisePrefs,
  current: KEYS.currentExercise,
  recent: KEYS.recentExercises,
} as const satisfies Record<keyof PopupData, string>;

const parts = Object.keys(popupKeys) as (keyof PopupData)[];

/** `which` parts, parsed from raw stored values keyed by storage key. */
function parseParts(raw: Record<string, unknown>, which: readonly (keyof PopupData)[]) {
  const data: Partial<Record<keyof PopupData, unknown>> = {};
  for (const part of which) data[part] = parsers[part](raw[popupKeys[part]]);
  return data as Partial<PopupData>;
}

const parseAll = (raw: Record<string, unknown>) => parseParts(raw, parts) as PopupData;

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
export function openPopupStore(): PopupStore {
  let data: PopupData | undefined;
  /** Raw values changed before the first read landed, by storage key. */
  const early: Record<string, unknown> = {};
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const changed = parts.filter((part) => popupKeys[part] in changes);
    if (changed.length === 0) return;
    const raw = Object.fromEntries(
      changed.map((part) => [popupKeys[part], changes[popupKeys[part]]?.newValue]),
    );
    if (!data) {
      Object.assign(early, raw);
      return;
    }
    data = { ...data, ...parseParts(raw, changed) };
    notify();
  };
  browser.storage.onChanged.addListener(onChanged);

  async function read(attempt = 1): Promise<PopupData> {
    try {
      const raw = await browser.storage.local.get(Object.values(popupKeys));
      return parseAll({ ...raw, ...early });
    } catch (error) {
      console.error(`Tend: reading storage failed (attempt ${attempt})`, error);
      if (attempt >= READ_ATTEMPTS) return parseAll(early); // safe defaults, not a blank popup
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

let writes: Promise<unknown> = Promise.resolve();

/**
 * Writes one part (the popup writes only its exercise glue: current, recent, prefs). Writes
 * land in the order they were made, so a quick Done never lands before the choice it ends.
 */
export function writePopupData<K extends 'current' | 'recent' | 'prefs'>(
  part: K,
  value: PopupData[K],
): Promise<void> {
  const write = writes.then(() => browser.storage.local.set({ [popupKeys[part]]: value }));
  writes = write.catch(() => undefined);
  return write;
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
