import { defineKey } from './define';

/**
 * Why the last nudge could not be shown as a notification, so the pages can say so instead
 * of the nudge failing silently: `denied` when the browser reports notifications turned off
 * for it (Chrome's `notifications.getPermissionLevel`), `failed` when creating one failed.
 * Null once a nudge (or a test nudge) is shown. The badge says "now" either way.
 */
export type NudgeProblem = 'denied' | 'failed';

export const nudgeProblemKey = defineKey<NudgeProblem | null>({
  area: 'local',
  key: 'nudgeProblem',
  version: 1,
  fallback: () => null,
  parse: (raw) =>
    raw === 'denied' || raw === 'failed'
      ? { value: raw, problems: [] }
      : { value: null, problems: ['not a nudge problem'] },
});
