import { exercises } from '../../content/index';
import type { Exercise } from '../../content/types';
import { type ChooseInput, chooseExercise } from '../../lib/exercises/choose';

/**
 * Breaks simulated through the chooser, for its tests and for the distribution printed by
 * scripts/chooser-distribution.ts: one seeded random source, and each choice fed back as
 * recent history the way the app keeps it. Relative imports, so the script runs under jiti
 * without the test runner's path aliases.
 */

/** A small deterministic random source (mulberry32), so each run is reproducible. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The whole library, both kinds, a five-minute break, no history, no preferences. */
export const chooseInput = (over: Partial<ChooseInput> = {}): ChooseInput => ({
  library: exercises,
  kinds: 'both',
  soloOnly: false,
  favourites: [],
  notForMe: [],
  recent: [],
  breakLengthSec: 300,
  random: seeded(1),
  ...over,
});

/** Runs `n` breaks and returns what each one offered. */
export function simulate(n: number, over: Partial<ChooseInput> = {}, seed = 42): Exercise[] {
  const random = seeded(seed);
  const shown: Exercise[] = [];
  let recent: string[] = [];
  for (let i = 0; i < n; i++) {
    const e = chooseExercise(chooseInput({ ...over, recent, random }));
    if (!e) throw new Error('nothing chosen');
    shown.push(e);
    recent = [e.id, ...recent.filter((r) => r !== e.id)].slice(0, 50);
  }
  return shown;
}
