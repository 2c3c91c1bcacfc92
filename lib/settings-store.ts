import * as v from 'valibot';
import { repairSettings, type Settings, settingsSchema } from './settings';
import { localSettingsItem, syncProblemItem, syncSettingsItem } from './storage-items';

/**
 * Where settings live. The local copy is the working copy every part of Tend reads; sync
 * storage carries it to the user's other browsers. If sync is off, full or failing, Tend
 * keeps working on the local copy and records why, for the options page to say so.
 */

export async function loadSettings(): Promise<Settings> {
  let raw: unknown = await localSettingsItem.getValue();
  if (raw == null) raw = await readSync();
  if (raw == null) return repairSettings({}).settings;
  const { settings, replaced } = repairSettings(raw);
  if (replaced.length > 0) {
    console.warn(
      `Tend: stored settings had invalid ${replaced.join(', ')}; using defaults for them.`,
    );
    await localSettingsItem.setValue(settings);
  }
  return settings;
}

async function readSync(): Promise<unknown> {
  try {
    return await syncSettingsItem.getValue();
  } catch (error) {
    await syncProblemItem.setValue(errorMessage(error));
    return null;
  }
}

/** Saves complete, valid settings (throws on invalid ones: callers validate per field). */
export async function saveSettings(settings: Settings): Promise<void> {
  const valid = v.parse(settingsSchema, settings);
  await localSettingsItem.setValue(valid);
  try {
    await syncSettingsItem.setValue(valid);
    await syncProblemItem.setValue(null);
  } catch (error) {
    await syncProblemItem.setValue(errorMessage(error));
  }
}

/**
 * Settings that arrived through sync (from another browser of the user's): adopt them as the
 * local copy when valid and different. Returns whether the local copy changed.
 */
export async function adoptSyncedSettings(raw: unknown): Promise<boolean> {
  const parsed = v.safeParse(settingsSchema, raw);
  if (!parsed.success) return false;
  const local = await localSettingsItem.getValue();
  if (JSON.stringify(local) === JSON.stringify(parsed.output)) return false;
  await localSettingsItem.setValue(parsed.output);
  return true;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
