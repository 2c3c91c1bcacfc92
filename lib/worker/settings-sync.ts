import { browser } from '@wxt-dev/browser';
import * as v from 'valibot';
import { settingsSchema } from '../settings/schema';
import type { Settings } from '../settings/settings';
import { decode, rawKeys, reportProblems } from '../store/define';
import { localSettingsKey, resolveSettings, syncSettingsKey } from '../store/settings';
import { syncProblemKey } from '../store/sync-problem';
import { readRaw, writeKeys } from './stored';

/**
 * The worker's half of the settings rule in lib/store/settings.ts: it reads the local cache
 * (one read, the common case), restores it from sync when it is missing or damaged, adopts
 * changes that arrive through sync, and saves the user's changes to sync, then local.
 */

/** The settings for an event: the local cache when it is whole, else the resolved copies. */
export async function loadSettings(now: number): Promise<Settings> {
  const raw = await browser.storage.local.get(rawKeys([localSettingsKey, syncProblemKey]));
  const local = decode(localSettingsKey, raw, now);
  if (!local.missing && !local.dirty) return local.value;
  return reconcileSettings();
}

async function readSyncCopy(): Promise<{ raw: unknown; problem: string | null }> {
  try {
    return { raw: await readRaw(syncSettingsKey), problem: null };
  } catch (error) {
    return { raw: undefined, problem: errorMessage(error) };
  }
}

/**
 * Weighs the local cache against the synced copy (at start-up, and when local is missing or
 * damaged) and rewrites local when it is stale. Never writes to sync, except to retry a
 * change of the user's that sync refused before.
 */
export async function reconcileSettings(syncRaw?: unknown): Promise<Settings> {
  const localRaw = await readRaw(localSettingsKey);
  const pending = decode(syncProblemKey, await browser.storage.local.get('syncProblem'), 0);
  const sync = syncRaw === undefined ? await readSyncCopy() : { raw: syncRaw, problem: null };
  const localFirst = pending.value !== null;
  const { settings, localStale } = resolveSettings(localRaw, sync.raw, localFirst);
  if (localStale) {
    if (localRaw !== undefined) {
      const { problems } = decode(localSettingsKey, { settings: localRaw }, 0);
      reportProblems(localSettingsKey, problems.length > 0 ? problems : ['behind the synced copy']);
    }
    await writeKeys([[localSettingsKey, settings]]);
  }
  if (localFirst) await saveSettings(settings); // retry the change sync has not got yet
  return settings;
}

/** A change from another of the user's browsers, arrived through sync. */
export async function adoptSyncedSettings(syncRaw: unknown): Promise<void> {
  if (syncRaw === undefined || syncRaw === null) return;
  await reconcileSettings(syncRaw);
}

/** Saves complete, valid settings: to sync (the user's copy), then to the local cache. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const valid = v.parse(settingsSchema, settings);
  let problem: string | null = null;
  try {
    await writeKeys([[syncSettingsKey, valid]]);
  } catch (error) {
    problem = errorMessage(error);
  }
  await writeKeys([
    [localSettingsKey, valid],
    [syncProblemKey, problem],
  ]);
  return valid;
}

/** The settings a change applies to: both copies weighed, as every reader weighs them. */
export async function currentSettings(): Promise<Settings> {
  const localRaw = await readRaw(localSettingsKey);
  const pending = decode(syncProblemKey, await browser.storage.local.get('syncProblem'), 0);
  const sync = await readSyncCopy();
  return resolveSettings(localRaw, sync.raw, pending.value !== null).settings;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
