import { storage } from 'wxt/utils/storage';
import type { EngineState, HistoryEntry } from './engine/types';
import type { Settings } from './settings';
import { KEYS } from './storage-keys';

/**
 * Every key Tend stores, in one place. Each item is versioned so a later release can migrate
 * it (`migrations: { 2: (v1) => v2 }`). Values read back are untrusted: always go through the
 * loaders in settings-store.ts, state-store.ts and history.ts, which validate and repair.
 */

/** The settings' key in both storage areas. */
export const SETTINGS_KEY = KEYS.settings;

/** Settings follow the user through sync storage... */
export const syncSettingsItem = storage.defineItem<Settings | null>(`sync:${KEYS.settings}`, {
  version: 1,
  migrations: {},
});

/** ...and are mirrored locally, so Tend keeps working when sync is off or over quota. */
export const localSettingsItem = storage.defineItem<Settings | null>(`local:${KEYS.settings}`, {
  version: 1,
  migrations: {},
});

/** Why settings could not be saved to sync storage, for the options page; null when fine. */
export const syncProblemItem = storage.defineItem<string | null>(`local:${KEYS.syncProblem}`, {
  fallback: null,
});

/** The break engine's state (absolute times; see lib/engine/types.ts). */
export const engineStateItem = storage.defineItem<EngineState | null>(`local:${KEYS.engineState}`, {
  version: 1,
  migrations: {},
});

/** Every break, oldest first, bounded by the retention rule in history.ts. */
export const historyItem = storage.defineItem<HistoryEntry[]>(`local:${KEYS.history}`, {
  fallback: [],
  version: 1,
  migrations: {},
});

export interface ExercisePrefs {
  /** Exercise ids the user starred: offered more often. */
  favourites: string[];
  /** Exercise ids the user marked "Not for me": never offered again (until un-marked). */
  notForMe: string[];
}

export const exercisePrefsItem = storage.defineItem<ExercisePrefs>(`local:${KEYS.exercisePrefs}`, {
  fallback: { favourites: [], notForMe: [] },
  version: 1,
  migrations: {},
});

/** The exercise on screen for the current break, so reopening the popup shows the same one. */
export interface CurrentExercise {
  id: string;
  /** The engine cycle it was chosen for. */
  cycle: number;
  chosenAt: number;
}

export const currentExerciseItem = storage.defineItem<CurrentExercise | null>(
  `local:${KEYS.currentExercise}`,
  { fallback: null },
);

/** Ids of exercises shown lately, most recent first (bounded), so none repeats too soon. */
export const recentExercisesItem = storage.defineItem<string[]>(`local:${KEYS.recentExercises}`, {
  fallback: [],
});
