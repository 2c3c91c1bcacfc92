/**
 * Tend's keyboard shortcuts, declared in the manifest (wxt.config.ts). Opening the popup is
 * the browser's own command (`_execute_action`; `_execute_browser_action` in Firefox's MV2);
 * the worker handles only `take-break`. Users change the keys in the browser's settings.
 */
export const TAKE_BREAK_COMMAND = 'take-break';

export function manifestCommands(mv2: boolean) {
  return {
    [mv2 ? '_execute_browser_action' : '_execute_action']: {
      suggested_key: { default: 'Alt+Shift+T' },
    },
    [TAKE_BREAK_COMMAND]: {
      suggested_key: { default: 'Alt+Shift+B' },
      description: '__MSG_cmdTakeBreak__',
    },
  };
}
