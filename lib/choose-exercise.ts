import type { Exercise, ExerciseKind } from '../content/types';

export interface ChooseInput {
  library: readonly Exercise[];
  kinds: 'both' | 'connection' | 'self-compassion';
  soloOnly: boolean;
  favourites: readonly string[];
  notForMe: readonly string[];
  /** Ids shown lately, most recent first. */
  recent: readonly string[];
  breakLengthSec: number;
  /** Returns a number in [0, 1); tests pass a seeded one. */
  random: () => number;
}

/** How much more often a favourite comes up than another fitting item. */
export const FAVOURITE_WEIGHT = 3;

/**
 * How many of the last shown items may not come again: a third of the library, so a
 * 34-item library never repeats within 11 breaks. Capped so some item is always left.
 */
export function recentWindow(librarySize: number, eligible: number): number {
  return Math.max(0, Math.min(Math.max(1, Math.floor(librarySize / 3)), eligible - 1));
}

/**
 * Picks the next exercise, or null when the user's choices leave none (every item marked
 * "not for me", say). Rules, in order: only the kinds chosen, never "not for me", never one
 * that needs someone in solo-only mode; none of the recent window; with both kinds, the kind
 * shown less often lately (so they alternate fairly over time); items that fit the break
 * length before longer ones; favourites weighted up.
 */
export function chooseExercise(input: ChooseInput): Exercise | null {
  const notForMe = new Set(input.notForMe);
  const eligible = input.library.filter(
    (e) =>
      (input.kinds === 'both' || e.kind === input.kinds) &&
      !notForMe.has(e.id) &&
      (!input.soloOnly || e.needs === 'nobody'),
  );
  if (eligible.length === 0) return null;

  const window = recentWindow(input.library.length, eligible.length);
  const blocked = new Set(input.recent.slice(0, window));
  let pool = eligible.filter((e) => !blocked.has(e.id));

  if (input.kinds === 'both') {
    const kind = lessShownKind(input, pool);
    const ofKind = pool.filter((e) => e.kind === kind);
    if (ofKind.length > 0) pool = ofKind;
  }

  const fitting = pool.filter((e) => e.durationSec <= input.breakLengthSec);
  if (fitting.length > 0) pool = fitting;

  const favourites = new Set(input.favourites);
  const weights = pool.map((e) => (favourites.has(e.id) ? FAVOURITE_WEIGHT : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let r = input.random() * total;
  for (let i = 0; i < pool.length; i++) {
    r -= weights[i] ?? 1;
    if (r < 0) return pool[i] ?? null;
  }
  return pool[pool.length - 1] ?? null;
}

/** The kind shown less often among the last few shown; a tie is broken at random. */
function lessShownKind(input: ChooseInput, pool: readonly Exercise[]): ExerciseKind {
  const kindOf = new Map(input.library.map((e) => [e.id, e.kind]));
  let connection = 0;
  let selfCompassion = 0;
  for (const id of input.recent.slice(0, 6)) {
    const kind = kindOf.get(id);
    if (kind === 'connection') connection++;
    else if (kind === 'self-compassion') selfCompassion++;
  }
  if (connection !== selfCompassion)
    return connection < selfCompassion ? 'connection' : 'self-compassion';
  const hasBoth =
    pool.some((e) => e.kind === 'connection') && pool.some((e) => e.kind !== 'connection');
  if (!hasBoth) return pool[0]?.kind ?? 'connection';
  return input.random() < 0.5 ? 'connection' : 'self-compassion';
}
