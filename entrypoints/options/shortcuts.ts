import { useEffect, useState } from 'preact/hooks';
import { TAKE_BREAK_COMMAND } from '@/lib/worker/keyboard';
import { browser } from './browser';

export interface Shortcut {
  command: 'open' | 'take-break';
  /** The keys as the browser reports them; empty when the user has set none. */
  keys: string;
}

const opensPopup = new Set(['_execute_action', '_execute_browser_action']);

/** Tend's shortcuts as the browser has them now (the user may have changed them). */
export function useShortcuts(): Shortcut[] | undefined {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | undefined>(undefined);
  useEffect(() => {
    // Through a promise: a browser without the API throws rather than rejects.
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then(
        (all) =>
          setShortcuts(
            all.flatMap((c): Shortcut[] => {
              const keys = c.shortcut ?? '';
              if (opensPopup.has(c.name ?? '')) return [{ command: 'open', keys }];
              if (c.name === TAKE_BREAK_COMMAND) return [{ command: 'take-break', keys }];
              return [];
            }),
          ),
        (error: unknown) => console.warn('Tend: could not read the shortcuts', error),
      );
  }, []);
  return shortcuts;
}

/**
 * Opens the browser's own page for changing shortcuts. Firefox (137+) has a call for it; a
 * page cannot link to chrome://extensions/shortcuts, but it can open it in a new tab.
 */
export function openShortcutSettings(): void {
  const commands = browser.commands as typeof browser.commands & {
    openShortcutSettings?: () => Promise<void>;
  };
  const opening = commands.openShortcutSettings
    ? commands.openShortcutSettings()
    : browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  opening.catch((error: unknown) => console.warn('Tend: could not open the shortcuts', error));
}
