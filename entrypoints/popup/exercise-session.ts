import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '@/lib/protocol';
import type { CurrentExercise, ExerciseShape } from '@/lib/store/current-exercise';
import type { PopupData } from './popup-data';

/**
 * The popup's side of the exercise on screen. The worker chooses it (on a break, on "Another
 * one", on "Try an exercise now") and stores it for its cycle, so every open popup and window
 * shows the same one; here we only ask, and show what is stored.
 */

export interface SessionOptions {
  /** The exercise view is on screen: make sure an exercise is chosen. */
  active: boolean;
  /** The engine cycle the exercise belongs to. */
  cycle: number;
  /** The stored exercise data (live). */
  data: Pick<PopupData, 'prefs' | 'current'>;
  /** A user's action is under way (Done, say): its outcome decides what comes next. */
  busy: boolean;
  /** Runs an intent, showing that it is under way; undefined when it failed. */
  run: <T>(action: () => Promise<T>) => Promise<T | undefined>;
}

export interface ExerciseSession {
  /** null when nothing fits the user's settings, undefined while the worker chooses. */
  exercise: ExerciseShape | null | undefined;
  favourite: boolean;
  another: () => Promise<unknown>;
  toggleFavourite: () => Promise<unknown>;
  /** Resolves true once the worker has it. */
  notForMe: () => Promise<boolean | undefined>;
}

export function useExerciseSession({
  active,
  cycle,
  data: { prefs, current },
  busy,
  run,
}: SessionOptions): ExerciseSession {
  /** The worker's reply to our own request, shown before storage echoes it. */
  const [replied, setReplied] = useState<CurrentExercise | null | undefined>(undefined);
  const latest = replied && (!current || replied.chosenAt >= current.chosenAt) ? replied : current;
  const usable = (c: CurrentExercise | null | undefined): ExerciseShape | undefined =>
    c && c.cycle === cycle && !prefs.notForMe.includes(c.id) ? c : undefined;
  const shown = usable(latest);

  // Nothing chosen for this cycle yet (a break taken early, "Try an exercise now"): ask the
  // worker, once per cycle and situation; a failure shows a notice, it is not retried.
  const asked = useRef<string | null>(null);
  const situation = `${cycle}|${prefs.notForMe.join()}|${latest?.id ?? ''}`;
  const needed = active && !shown && replied !== null && !busy;
  useEffect(() => {
    if (!needed || asked.current === situation) return;
    asked.current = situation;
    // Not through `run`: asking is no user action, and must not hold up their first click.
    send('choose-exercise', { cycle }).then(setReplied, (error: unknown) => {
      console.error('Tend: no exercise could be chosen', error);
      setReplied(null);
    });
  }, [needed, situation]);

  const exercise = !active ? null : (shown ?? (replied === null ? null : undefined));
  return {
    exercise,
    favourite: shown !== undefined && prefs.favourites.includes(shown.id),
    another: () =>
      run(async () => {
        if (!shown) return setReplied(await send('choose-exercise', { cycle }));
        setReplied(await send('choose-exercise', { cycle, replacing: shown.id }));
      }),
    toggleFavourite: () =>
      run(async () => {
        if (!shown) return;
        const favourite = !prefs.favourites.includes(shown.id);
        await send('set-favourite', { id: shown.id, favourite });
      }),
    /** Hides this exercise for good; the worker chooses another in its place. */
    notForMe: () =>
      run(async () => {
        if (shown) await send('set-not-for-me', { id: shown.id, hidden: true });
        return true;
      }),
  };
}
