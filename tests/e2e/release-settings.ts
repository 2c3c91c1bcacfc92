// With its extension, so Node's own TypeScript loader (the Firefox suite) resolves it too.
import { defaultSettings } from '../../lib/settings/settings.ts';

/**
 * Every setting at its release default (lib/settings/settings.ts, the real defaults, which
 * carry no build-time constant), with `overrides` for the test at hand. Shared by the
 * Chromium specs and the Firefox suite.
 */
export function settingsWith<T extends object>(overrides: T) {
  return { ...structuredClone(defaultSettings), ...overrides };
}
