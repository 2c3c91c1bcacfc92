import type { Exercise } from '../../content/types';
import { chooseExercise } from '../exercises/choose';
import { ratingsFrom } from '../history';
import type { Settings } from '../settings/settings';
import { type CurrentExercise, currentExerciseKey } from '../store/current-exercise';
import { exercisePrefsKey } from '../store/exercise-prefs';
import { historyKey } from '../store/history';
import { recentExercisesKey, remember } from '../store/recent-exercises';
import { readKey, writeKeys } from './stored';

/**
 * The worker chooses every exercise (for a break, "Another one", "Try an exercise now") with
 * the pure chooser, and stores it with the list of recent ones in one write, so two pages
 * can never choose two different exercises for the same break.
 */
export interface ChoiceContext {
  library: readonly Exercise[];
  settings: Settings;
  now: number;
  random: () => number;
  /** The break is a long one: prefer exercises that fit its length (about three minutes). */
  long: boolean;
}

/**
 * The exercise for `cycle`: the one already chosen for it (a repeat changes nothing), or a
 * fresh one. With `replacing`, a fresh one instead of that one, unless it was already
 * replaced (a double click on "Another one" moves on once).
 */
export async function exerciseFor(
  cycle: number,
  ctx: ChoiceContext,
  replacing?: string,
): Promise<CurrentExercise | null> {
  const current = await readKey(currentExerciseKey, ctx.now);
  const prefs = await readKey(exercisePrefsKey, ctx.now);
  const usable =
    current !== null &&
    current.cycle === cycle &&
    !prefs.notForMe.includes(current.id) &&
    ctx.library.some((e) => e.id === current.id);
  if (usable && (replacing === undefined || current.id !== replacing)) return current;

  const recent = await readKey(recentExercisesKey, ctx.now);
  // The chooser learns from the user's own answers, kept on this device in the history.
  const ratings = ratingsFrom(await readKey(historyKey, ctx.now));
  const avoid = replacing ?? (usable ? current.id : undefined);
  const next = chooseExercise({
    library: ctx.library,
    kinds: ctx.settings.exerciseKinds,
    soloOnly: ctx.settings.soloOnly,
    favourites: prefs.favourites,
    notForMe: prefs.notForMe,
    recent: avoid ? remember(recent, avoid) : recent,
    breakLengthSec: ctx.long ? ctx.settings.longBreakLengthSec : ctx.settings.breakLengthSec,
    longBreak: ctx.long,
    ratings,
    random: ctx.random,
  });
  if (!next) {
    await writeKeys([[currentExerciseKey, null]]);
    return null;
  }
  const choice: CurrentExercise = {
    id: next.id,
    kind: next.kind,
    durationSec: next.durationSec,
    ...(next.stepSeconds ? { stepSeconds: next.stepSeconds } : {}),
    cycle,
    chosenAt: ctx.now,
  };
  await writeKeys([
    [currentExerciseKey, choice],
    [recentExercisesKey, remember(recent, next.id)],
  ]);
  return choice;
}
