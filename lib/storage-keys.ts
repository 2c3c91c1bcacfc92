/**
 * The storage keys, in one place for the two ways Tend reads storage: lib/storage-items.ts
 * (versioned items, for the worker and options page) and the popup's one batched read
 * (entrypoints/popup/popup-data.ts), which skips the item layer to open fast and small.
 */
export const KEYS = {
  settings: 'settings',
  engineState: 'engineState',
  history: 'history',
  exercisePrefs: 'exercisePrefs',
  currentExercise: 'currentExercise',
  recentExercises: 'recentExercises',
  syncProblem: 'syncProblem',
} as const;
