import { repairSettings, type Settings } from '@/lib/settings';
import { localSettingsItem } from '@/lib/storage-items';
import { useStored } from './use-stored';

const parse = (raw: unknown): Settings => repairSettings(raw ?? {}).settings;

/** The user's settings (the local working copy), live, with defaults for anything invalid. */
export function useSettings(): Settings | undefined {
  return useStored(localSettingsItem, parse);
}
