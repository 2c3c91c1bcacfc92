import { useEffect, useState } from 'preact/hooks';
import type { EngineState, HistoryEntry } from '@/lib/engine/types';
import type { Settings } from '@/lib/settings/settings';
import { decode, type KeyDef, rawKeys } from '@/lib/store/define';
import { engineStateKey } from '@/lib/store/engine-state';
import { type ExercisePrefs, exercisePrefsKey } from '@/lib/store/exercise-prefs';
import { historyKey } from '@/lib/store/history';
import { type NudgeProblem, nudgeProblemKey } from '@/lib/store/nudge-problem';
import { localSettingsKey, resolveSettings, syncSettingsKey } from '@/lib/store/settings';
import { syncProblemKey } from '@/lib/store/sync-problem';
import { browser } from './browser';

/**
 * What the options page shows, read through the stored keys' definitions and kept live. The
 * settings are weighed from both copies by the same rule the worker uses
 * (lib/store/settings.ts), so the page never shows defaults while a good synced copy exists.
 * The page never writes: it sends intents.
 */
export interface OptionsData {
  settings: Settings;
  engine: EngineState | null;
  history: HistoryEntry[];
  prefs: ExercisePrefs;
  syncProblem: string | null;
  /** Why the last nudge could not be shown (the badge said "now" instead), or null. */
  nudgeProblem: NudgeProblem | null;
}

const localDefs = [
  engineStateKey,
  historyKey,
  exercisePrefsKey,
  localSettingsKey,
  syncProblemKey,
  nudgeProblemKey,
] as KeyDef<unknown>[];

export async function readAll(now: number): Promise<OptionsData> {
  const [local, sync] = await Promise.all([
    browser.storage.local.get(rawKeys(localDefs)),
    browser.storage.sync.get(syncSettingsKey.key).catch(() => ({})),
  ]);
  const syncProblem = decode(syncProblemKey, local, now).value;
  return {
    settings: resolveSettings(
      local[localSettingsKey.key],
      (sync as Record<string, unknown>)[syncSettingsKey.key],
      syncProblem !== null,
    ).settings,
    engine: decode(engineStateKey, local, now).value,
    history: decode(historyKey, local, now).value,
    prefs: decode(exercisePrefsKey, local, now).value,
    syncProblem,
    nudgeProblem: decode(nudgeProblemKey, local, now).value,
  };
}

/** The options page's data, live; undefined until the first read lands. */
export function useOptionsData(): OptionsData | undefined {
  const [data, setData] = useState<OptionsData | undefined>(undefined);
  useEffect(() => {
    let live = true;
    // Each change re-reads everything: the page is not on a frame budget, and one read keeps
    // the two settings copies and the rest consistent.
    const refresh = () =>
      void readAll(Date.now()).then((next) => {
        if (live) setData(next);
      });
    const onChanged = () => refresh();
    browser.storage.onChanged.addListener(onChanged);
    refresh();
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return data;
}
