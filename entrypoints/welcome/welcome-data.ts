import { browser } from '@wxt-dev/browser';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings/settings';
import { decode, type KeyDef, rawKeys } from '@/lib/store/define';
import { type NudgeProblem, nudgeProblemKey } from '@/lib/store/nudge-problem';
import { localSettingsKey, resolveSettings, syncSettingsKey } from '@/lib/store/settings';
import { syncProblemKey } from '@/lib/store/sync-problem';

/** What the welcome page shows, read through the stored keys' definitions and kept live. */
export interface WelcomeData {
  settings: Settings;
  nudgeProblem: NudgeProblem | null;
}

const localDefs = [localSettingsKey, syncProblemKey, nudgeProblemKey] as KeyDef<unknown>[];

async function readAll(now: number): Promise<WelcomeData> {
  const [local, sync] = await Promise.all([
    browser.storage.local.get(rawKeys(localDefs)),
    browser.storage.sync.get(syncSettingsKey.key).catch(() => ({})),
  ]);
  const settings = resolveSettings(
    local[localSettingsKey.key],
    (sync as Record<string, unknown>)[syncSettingsKey.key],
    decode(syncProblemKey, local, now).value !== null,
  ).settings;
  return { settings, nudgeProblem: decode(nudgeProblemKey, local, now).value };
}

/** The welcome page's data, live; undefined until the first read lands. */
export function useWelcomeData(): WelcomeData | undefined {
  const [data, setData] = useState<WelcomeData | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void readAll(Date.now()).then((next) => {
        if (live) setData(next);
      });
    browser.storage.onChanged.addListener(refresh);
    refresh();
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(refresh);
    };
  }, []);
  return data;
}
