/**
 * The longest pause a user can ask for: every pause ends on its own. Its own module so the
 * stored-state check can hold a damaged pause to it without bundling the engine.
 */
export const MAX_PAUSE_MS = 7 * 24 * 60 * 60 * 1000;
