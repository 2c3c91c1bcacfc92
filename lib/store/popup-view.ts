import type { EngineState } from '../engine/types';
import type { Settings } from '../settings/settings';
import { type CurrentExercise, currentExerciseKey } from './current-exercise';
import { type KeyDef, rawKeys } from './define';
import { engineStateKey } from './engine-state';
import { type ExercisePrefs, exercisePrefsKey } from './exercise-prefs';
import { FRAME_PAGE } from './frame-key';
import { type NudgeProblem, nudgeProblemKey } from './nudge-problem';
import { parseQueryJson, queryJson } from './query-json';
import { localSettingsKey } from './settings';
import { syncProblemKey } from './sync-problem';

/**
 * What the popup shows, and the stored keys it comes from. The popup reads them in one
 * `storage.local.get`; the worker also hands them to it in the popup's address (a snapshot),
 * so the popup can draw its first frame without waiting for storage (issue 15: the popup
 * opens as fast as a static page).
 */
export interface PopupData {
  /** null before the worker first stored its state (or when the stored one is damaged). */
  engine: EngineState | null;
  settings: Settings;
  prefs: ExercisePrefs;
  /** The exercise the worker chose for a break, so reopening the popup shows the same one. */
  current: CurrentExercise | null;
  /** Why the last nudge could not be shown as a notification, if it could not. */
  nudgeProblem: NudgeProblem | null;
}

export const popupKeys = {
  engine: engineStateKey,
  settings: localSettingsKey,
  prefs: exercisePrefsKey,
  current: currentExerciseKey,
  nudgeProblem: nudgeProblemKey,
} as const satisfies { [K in keyof PopupData]: KeyDef<PopupData[K]> };

/** Every raw storage key the popup reads (values and version markers). */
export const popupRawKeys: readonly string[] = rawKeys([
  ...Object.values(popupKeys),
  syncProblemKey,
] as KeyDef<unknown>[]);

const shown = new Set(popupRawKeys);

/** Whether the raw storage key `key` holds something the popup shows. */
export const showsInPopup = (key: string): boolean => shown.has(key);

/**
 * The popup's address carrying `raw` (the stored values of `popupRawKeys`), in the query: a
 * fragment would make the page look for an element of that name, at the cost of a layout.
 * With a kept `frame` (components/popup/frame-cache.ts), the frame page's address instead,
 * carrying just that frame: its app reads the rest from storage after the first paint. A
 * `clock` pattern (components/popup/clock-pattern.ts) spares the app's page a storage read.
 */
export function popupAddress(
  raw: Record<string, unknown>,
  {
    windowed = false,
    frame,
    clock,
  }: { windowed?: boolean; frame?: string | undefined; clock?: string | undefined } = {},
): string {
  if (frame !== undefined) return `${FRAME_PAGE}?frame=${queryJson(frame)}`;
  const snapshot: Record<string, unknown> = {};
  for (const key of popupRawKeys) if (raw[key] !== undefined) snapshot[key] = raw[key];
  const view = windowed ? 'view=window&' : '';
  const times = clock === undefined ? '' : `&clock=${queryJson(clock)}`;
  return `/popup.html?${view}tend=${queryJson(JSON.stringify(snapshot))}${times}`;
}

/**
 * The raw values a popup address's query carries, or null when it carries none (the
 * manifest's plain address, before the worker first ran, or the frame page's) or they cannot
 * be read. They are untrusted like any stored value: the popup decodes them through the keys'
 * definitions.
 */
export function snapshotIn(search: string): Record<string, unknown> | null {
  try {
    const raw = parseQueryJson(search, 'tend');
    return raw !== null && typeof raw === 'object' && !Array.isArray(raw)
      ? (raw as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
