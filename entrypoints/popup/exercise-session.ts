import { useEffect, useRef, useState } from 'preact/hooks';
import * as v from 'valibot';
import { useStored } from '@/components/hooks/use-stored';
import type { Exercise } from '@/content/types';
import { chooseExercise } from '@/lib/choose-exercise';
import { exerciseIdsSchema, parseExercisePrefs } from '@/lib/exercise-prefs';
import type { Settings } from '@/lib/settings';
import {
  type CurrentExercise,
  currentExerciseItem,
  exercisePrefsItem,
  recentExercisesItem,
} from '@/lib/storage-items';

/**
 * The popup's exercise glue: which exercise is on screen for this cycle (stored, so reopening
 * the popup shows the same one), what was shown lately, and the user's favourites and
 * "not for me"s. These are UI data; the break schedule is never touched here.
 */

/** How many recently shown ids are remembered, so none repeats too soon. */
export const RECENT_LIMIT = 50;

const currentSchema = v.nullable(
  v.object({ id: v.string(), cycle: v.number(), chosenAt: v.number() }),
);

const parseCurrent = (raw: unknown): CurrentExercise | null => {
  const parsed = v.safeParse(currentSchema, raw);
  return parsed.success ? parsed.output : null;
};
const parseRecent = (raw: unknown): string[] => {
  const parsed = v.safeParse(exerciseIdsSchema, raw);
  return parsed.success ? parsed.output : [];
};

/** `recent` with `id` in front, once, bounded. */
export function remember(recent: readonly string[], id: string): string[] {
  return [id, ...recent.filter((r) => r !== id)].slice(0, RECENT_LIMIT);
}

const without = (list: readonly string[], id: string) => list.filter((x) => x !== id);

export interface SessionOptions {
  /** The exercise view is on screen: make sure an exercise is chosen. */
  active: boolean;
  /** The engine cycle the exercise belongs to. */
  cycle: number;
  settings: Settings;
  library: readonly Exercise[];
  random?: () => number;
}

export interface ExerciseSession {
  /** undefined while loading; null when nothing fits the user's settings. */
  exercise: Exercise | null | undefined;
  favourite: boolean;
  another: () => Promise<void>;
  toggleFavourite: () => Promise<void>;
  notForMe: () => Promise<void>;
  /** The exercise is done: the next break gets a fresh one. */
  finish: () => Promise<void>;
}

export function useExerciseSession({
  active,
  cycle,
  settings,
  library,
  random = Math.random,
}: SessionOptions): ExerciseSession {
  const prefs = useStored(exercisePrefsItem, parseExercisePrefs);
  const current = useStored(currentExerciseItem, parseCurrent);
  const recent = useStored(recentExercisesItem, parseRecent);
  /** The choice that found nothing, so an empty result is not retried in a loop. */
  const [emptyFor, setEmptyFor] = useState<string | null>(null);
  const choosing = useRef<string | null>(null);

  const loaded = prefs !== undefined && current !== undefined && recent !== undefined;
  const shown =
    current && current.cycle === cycle && !prefs?.notForMe.includes(current.id)
      ? library.find((e) => e.id === current.id)
      : undefined;
  const choiceKey = `${cycle}|${settings.exerciseKinds}|${settings.soloOnly}|${prefs?.notForMe.length}`;

  async function choose(avoid?: string) {
    if (!loaded) return;
    const next = chooseExercise({
      library,
      kinds: settings.exerciseKinds,
      soloOnly: settings.soloOnly,
      favourites: prefs.favourites,
      notForMe: prefs.notForMe,
      recent: avoid ? remember(recent, avoid) : recent,
      breakLengthSec: settings.breakLengthSec,
      random,
    });
    if (!next) {
      setEmptyFor(choiceKey);
      await currentExerciseItem.setValue(null);
      return;
    }
    setEmptyFor(null);
    await recentExercisesItem.setValue(remember(recent, next.id));
    await currentExerciseItem.setValue({ id: next.id, cycle, chosenAt: Date.now() });
  }

  // Choose when nothing fits this cycle yet; once per situation, while the write lands.
  useEffect(() => {
    if (!active || !loaded || shown || emptyFor === choiceKey) return;
    if (choosing.current === choiceKey) return;
    choosing.current = choiceKey;
    void choose().finally(() => {
      choosing.current = null;
    });
  });

  return {
    exercise: !loaded ? undefined : (shown ?? (emptyFor === choiceKey ? null : undefined)),
    favourite: shown !== undefined && prefs?.favourites.includes(shown.id) === true,
    another: () => choose(shown?.id),
    async toggleFavourite() {
      if (!shown || !prefs) return;
      const favourites = prefs.favourites.includes(shown.id)
        ? without(prefs.favourites, shown.id)
        : [...prefs.favourites, shown.id];
      await exercisePrefsItem.setValue({ ...prefs, favourites });
    },
    /** Hides this exercise for good; the effect above then chooses another. */
    async notForMe() {
      if (!shown || !prefs) return;
      await exercisePrefsItem.setValue({
        favourites: without(prefs.favourites, shown.id),
        notForMe: [...without(prefs.notForMe, shown.id), shown.id],
      });
    },
    async finish() {
      await currentExerciseItem.setValue(null);
    },
  };
}
