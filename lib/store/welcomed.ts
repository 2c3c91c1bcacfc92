import { defineKey } from './define';

/**
 * When the welcome page was opened, so it opens once. `runtime.onInstalled` alone is not
 * enough: Chromium reports an extension loaded from the command line as installed afresh at
 * every start. Any stored value, even a damaged one, means the user has been welcomed.
 */
export const welcomedKey = defineKey<boolean>({
  area: 'local',
  key: 'welcomed',
  version: 1,
  fallback: () => false,
  parse: (raw) =>
    raw === true ? { value: true, problems: [] } : { value: true, problems: ['not true'] },
});
