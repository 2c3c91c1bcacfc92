import { layerSettings, repairSettings } from '../settings/schema';
import { defaultSettings, type Settings } from '../settings/settings';
import { defineKey, type KeyDef, type Parsed } from './define';

/**
 * Settings live in two places, by one rule:
 *
 * - **sync** holds the user's settings and carries them between their browsers;
 * - **local** is a cache of it, so every reader (the popup's one batched read above all)
 *   gets settings from one `storage.local.get`.
 *
 * Reading: each field comes from the synced copy when valid there, else from the local copy,
 * else its default (`resolveSettings`). While a write to sync has failed (`syncProblem` is
 * set), local holds the user's newest change and wins instead, until a later write succeeds.
 * Writing: only the worker writes, only on the user's own change (or an import or reset), to
 * sync first and then local. A local copy that is missing or damaged is restored from sync,
 * never written back to it, so defaults never overwrite a good synced copy.
 */

function parseSettings(raw: unknown): Parsed<Settings> {
  const { settings, replaced } = repairSettings(raw);
  return {
    value: settings,
    problems: replaced.length > 0 ? [`invalid ${replaced.join(', ')}`] : [],
  };
}

const settingsKeyIn = (area: 'local' | 'sync'): KeyDef<Settings> =>
  defineKey<Settings>({
    area,
    key: 'settings',
    version: 1,
    fallback: () => structuredClone(defaultSettings),
    parse: parseSettings,
  });

export const localSettingsKey = settingsKeyIn('local');
export const syncSettingsKey = settingsKeyIn('sync');

export interface ResolvedSettings {
  settings: Settings;
  /** The local copy is missing, damaged or behind: the worker rewrites it. */
  localStale: boolean;
}

/**
 * The settings, from the raw local and synced copies (`undefined` when one is missing or
 * could not be read). `localFirst` while local holds a change not yet synced.
 */
export function resolveSettings(
  local: unknown,
  sync: unknown,
  localFirst: boolean,
): ResolvedSettings {
  const copies = localFirst ? [local, sync] : [sync, local];
  const { settings } = layerSettings(copies);
  const cached = repairSettings(local);
  const localStale =
    cached.replaced.length > 0 || JSON.stringify(cached.settings) !== JSON.stringify(settings);
  return { settings, localStale };
}
