import type { Exercise, ExerciseKind } from '../../content/types';

/** The user's "Did this help?" answers for one exercise, counted on the device. */
export interface ExerciseRating {
  helped: number;
  notHelped: number;
}

export interface ChooseInput {
  library: readonly Exercise[];
  kinds: 'both' | 'connection' | 'self-compassion';
  soloOnly: boolean;
  favourites: readonly string[];
  notForMe: readonly string[];
  /** Ids shown lately, most recent first. */
  recent: readonly string[];
  breakLengthSec: number;
  /** A long break: the longest items that fit (about three minutes) come first. */
  longBreak?: boolean | undefined;
  /** Returns a number in [0, 1); tests pass a seeded one. */
  random: () => number;
  /**
   * "Did this help?" answers by exercise id, if the caller has them: "Not really" makes an
   * item rarer, "Yes" a little more likely (see `ratingWeight`). Absent or empty, the choice
   * is exactly what it was without them.
   */
  ratings?: ReadonlyMap<string, ExerciseRating>;
}

/** How much more often a favourite comes up than another fitting item. */
export const FAVOURITE_WEIGHT = 3;

/** The most "Yes" answers can lift an item: a little, and always less than a favourite. */
export const MOST_HELPED_LIFT = 1.5;

/** A count as stored may be damaged: anything but a finite, non-negative number counts as 0. */
const count = (n: number) => (Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

/**
 * How an item's "Did this help?" answers weigh its chance, against 1 for an item without
 * answers. It goes by the balance, "Yes" minus "Not really", so one flat day does not
 * outweigh many good ones, and mixed answers cancel out:
 * - more "Not really": 1 / (1 + that many), so one halves the chance, two leave a third.
 *   Never 0: "Not for me" is how a user hides an item for good, and this is not that.
 * - more "Yes": a little more, rising toward MOST_HELPED_LIFT (1 → 1.17, 2 → 1.25, 6 → 1.38).
 */
export function ratingWeight(rating: ExerciseRating | undefined): number {
  if (!rating) return 1;
  const balance = count(rating.helped) - count(rating.notHelped);
  if (balance < 0) return 1 / (1 - balance);
  return 1 + (MOST_HELPED_LIFT - 1) * (balance / (balance + 2));
}

/**
 * An eligible item's weight in the final draw: a favourite's lift times its answers' weight.
 * With no answers, exactly the weights the chooser had before it learned (1, or 3).
 */
export function exerciseWeight(
  id: string,
  favourites: ReadonlySet<string>,
  ratings: ReadonlyMap<string, ExerciseRating> | undefined,
): number {
  return (favourites.has(id) ? FAVOURITE_WEIGHT : 1) * ratingWeight(ratings?.get(id));
}

/**
 * How many recently shown items may not come again: a third of the library, so a 36-item
 * library never repeats within 12 breaks. When the user's choices leave few items eligible
 * (of all, or of one kind), it shrinks to two thirds of them: a third stay open, so
 * favourites and the break length still have something to choose from, instead of a fixed
 * rotation, and a single item left can still be offered.
 */
export function recentWindow(librarySize: number, eligible: number): number {
  return Math.min(Math.max(1, Math.floor(librarySize / 3)), Math.floor((eligible * 2) / 3));
}

/**
 * The ids not to offer now: those among the last `recentWindow` shown, but of each kind at
 * most `recentWindow(library, eligible of that kind)`. Why per kind: when the user has hidden
 * most of one kind, a window shared by both would block all of that kind and starve it, and
 * the two kinds would no longer take turns.
 */
function blockedIds(input: ChooseInput, eligible: readonly Exercise[]): Set<string> {
  const size = input.library.length;
  const shownLately = input.recent.slice(0, recentWindow(size, eligible.length));
  const blocked = new Set<string>();
  for (const kind of ['connection', 'self-compassion'] as const) {
    const ofKind = new Set(eligible.filter((e) => e.kind === kind).map((e) => e.id));
    const kindLately = shownLately.filter((id) => ofKind.has(id));
    for (const id of kindLately.slice(0, recentWindow(size, ofKind.size))) blocked.add(id);
  }
  return blocked;
}

/** How many recent items the kind balance looks back over. */
const KIND_LOOKBACK = 6;

/**
 * Picks the next exercise, or null when the user's choices leave none (every item marked
 * "not for me", say). Rules, in order: only the kinds chosen, never "not for me", never one
 * that needs someone in solo-only mode; none of the recent window; with both kinds, the kind
 * shown less often lately (so they alternate fairly over time); items that fit the break
 * length (or else the shortest left), and for a long break the longest of those; then a draw
 * weighted by favourites and answers (`exerciseWeight`). Weights change only how likely an item is, never whether it may come:
 * the recent window and the user's choices hold whatever the answers. Each step narrows the
 * pool only when something is left, so a strict setting never empties the choice by accident.
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

  const blocked = blockedIds(input, eligible);
  let pool = eligible.filter((e) => !blocked.has(e.id));

  if (input.kinds === 'both') {
    const kind = balancingKind(input);
    const ofKind = pool.filter((e) => e.kind === kind);
    if (ofKind.length > 0) pool = ofKind;
  }

  const fitting = pool.filter((e) => e.durationSec <= input.breakLengthSec);
  const shortest = Math.min(...pool.map((e) => e.durationSec));
  pool = fitting.length > 0 ? fitting : pool.filter((e) => e.durationSec === shortest);
  if (input.longBreak) {
    const longest = Math.max(...pool.map((e) => e.durationSec));
    pool = pool.filter((e) => e.durationSec === longest);
  }

  const favourites = new Set(input.favourites);
  const weights = pool.map((e) => exerciseWeight(e.id, favourites, input.ratings));
  const total = weights.reduce((a, b) => a + b, 0);
  let r = input.random() * total;
  for (let i = 0; i < pool.length; i++) {
    r -= weights[i] ?? 1;
    if (r < 0) return pool[i] ?? null;
  }
  return pool[pool.length - 1] ?? null;
}

/**
 * The kind shown less often among the last few shown; on a tie, the kind not shown last; with
 * no history, either at random. Why: the two kinds differ in size and in how many items the
 * user's settings leave, so picking an item uniformly would drift toward the bigger kind.
 * Balancing on what was actually shown makes the kinds take turns, and a short look-back lets
 * the balance settle again soon after the user changes settings.
 */
function balancingKind(input: ChooseInput): ExerciseKind {
  const kindOf = new Map(input.library.map((e) => [e.id, e.kind]));
  const lately = input.recent
    .slice(0, KIND_LOOKBACK)
    .map((id) => kindOf.get(id))
    .filter((kind) => kind !== undefined);
  const connection = lately.filter((kind) => kind === 'connection').length;
  const selfCompassion = lately.length - connection;
  if (connection !== selfCompassion)
    return connection < selfCompassion ? 'connection' : 'self-compassion';
  const last = lately[0];
  if (last) return last === 'connection' ? 'self-compassion' : 'connection';
  return input.random() < 0.5 ? 'connection' : 'self-compassion';
}
