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
  const local = decode(
    localSettingsKey,
    await browser.storage.local.get(rawKeys([localSettingsKey])),
    now,
  );
  if (!local.missing && !local.dirty) return local.value;
  return reconcileSettings();
}

/**
 * Both copies weighed by the settings rule. `syncRaw` when the synced copy is already known (it
 * just arrived); a synced copy that cannot be read counts as missing.
 */
async function weighCopies(syncRaw?: unknown) {
  const local = await browser.storage.local.get([localSettingsKey.key, syncProblemKey.key]);
  const localRaw = local[localSettingsKey.key];
  const localFirst = decode(syncProblemKey, local, 0).value !== null;
  const synced =
    syncRaw === undefined ? await readRaw(syncSettingsKey).catch(() => undefined) : syncRaw;
  return { localRaw, localFirst, ...resolveSettings(localRaw, synced, localFirst) };
}

/**
 * Weighs the local cache against the synced copy (at start-up, and when local is missing or
 * damaged) and rewrites local when it is stale. Never writes to sync, except to retry a
 * change of the user's that sync refused before.
 */
export async function reconcileSettings(syncRaw?: unknown): Promise<Settings> {
  const { settings, localStale, localRaw, localFirst } = await weighCopies(syncRaw);
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

/**
 * Writes valid settings to sync, the user's copy. Returns why sync refused them, or null; the
 * caller writes that, with the local cache, in its own single local write.
 */
export async function writeToSync(settings: Settings): Promise<string | null> {
  try {
    await writeKeys([[syncSettingsKey, settings]]);
    return null;
  } catch (error) {
    return errorMessage(error);
  }
}

/** Saves complete, valid settings: to sync (the user's copy), then to the local cache. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const valid = v.parse(settingsSchema(), settings);
  const problem = await writeToSync(valid);
  await writeKeys([
    [localSettingsKey, valid],
    [syncProblemKey, problem],
  ]);
  return valid;
}

/** The settings a change applies to: both copies weighed, as every reader weighs them. */
export async function currentSettings(): Promise<Settings> {
  return (await weighCopies()).settings;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
