import { storage } from 'wxt/utils/storage';
import type { EngineState, HistoryEntry } from './engine/types';
import type { Settings } from './settings';

/**
 * Every key Tend stores, in one place. Each item is versioned so a later release can migrate
 * it (`migrations: { 2: (v1) => v2 }`). Values read back are untrusted: always go through the
 * loaders in settings-store.ts, state-store.ts and history.ts, which validate and repair.
 */

/** Settings follow the user through sync storage... */
export const syncSettingsItem = storage.defineItem<Settings | null>('sync:settings', {
  version: 1,
  migrations: {},
});

/** ...and are mirrored locally, so Tend keeps working when sync is off or over quota. */
export const localSettingsItem = storage.defineItem<Settings | null>('local:settings', {
  version: 1,
  migrations: {},
});

/** Why settings could not be saved to sync storage, for the options page; null when fine. */
export const syncProblemItem = storage.defineItem<string | null>('local:syncProblem', {
  fallback: null,
});

/** The break engine's state (absolute times; see lib/engine/types.ts). */
export const engineStateItem = storage.defineItem<EngineState | null>('local:engineState', {
  version: 1,
  migrations: {},
});

/** Every break, oldest first, bounded by the retention rule in history.ts. */
export const historyItem = storage.defineItem<HistoryEntry[]>('local:history', {
  fallback: [],
  version: 1,
  migrations: {},
});
