import { defineKey } from './define';

/**
 * Why settings could not be saved to sync storage, for the options page; null when fine.
 * While set, the local copy holds changes sync has not got (see lib/store/settings.ts).
 */
export const syncProblemKey = defineKey<string | null>({
  area: 'local',
  key: 'syncProblem',
  version: 1,
  fallback: () => null,
  parse: (raw) =>
    typeof raw === 'string'
      ? { value: raw.slice(0, 500), problems: [] }
      : { value: null, problems: ['not a message'] },
});
