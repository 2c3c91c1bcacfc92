import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Exercise } from '@/content/types';
import { chooseExercise } from '@/lib/choose-exercise';
import type { Settings } from '@/lib/settings';
import type { CurrentExercise } from '@/lib/storage-items';
import { type PopupData, writePopupData } from './popup-data';

/**
 * The popup's exercise glue: which exercise is on screen for this cycle (stored, so reopening
 * the popup shows the same one), what was shown lately, and the user's favourites and
 * "not for me"s. These are UI data; the break schedule is never touched here.
 */

/** How many recently shown ids are remembered, so none repeats too soon. */
export const RECENT_LIMIT = 50;

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
  /** The stored exercise glue (live). */
  data: Pick<PopupData, 'prefs' | 'current' | 'recent'>;
  library: readonly Exercise[];
  random?: () => number;
}

export interface ExerciseSession {
  /** null when nothing fits the user's settings (or the view is not active). */
  exercise: Exercise | null;
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
  data: { prefs, current, recent },
  library,
  random = Math.random,
}: SessionOptions): ExerciseSession {
  /** A choice made here and written, shown at once rather than after storage echoes it. */
  const [chosen, setChosen] = useState<CurrentExercise | null>(null);
  // The newest choice wins: ours until storage echoes it, or a later one from another window.
  const latest = chosen && (!current || chosen.chosenAt >= current.chosenAt) ? chosen : current;

  /** Ids shown lately, ahead of storage by the writes made here that have not echoed yet. */
  const recentNow = useRef(recent);
  useLayoutEffect(() => {
    recentNow.current = recent;
  }, [recent]);

  const usable = (c: CurrentExercise | null) =>
    c && c.cycle === cycle && !prefs.notForMe.includes(c.id)
      ? library.find((e) => e.id === c.id)
      : undefined;
  const stored = usable(latest);

  const pick = (avoid?: string) =>
    chooseExercise({
      library,
      kinds: settings.exerciseKinds,
      soloOnly: settings.soloOnly,
      favourites: prefs.favourites,
      notForMe: prefs.notForMe,
      recent: avoid ? remember(recentNow.current, avoid) : recentNow.current,
      breakLengthSec: settings.breakLengthSec,
      random,
    });

  // Nothing on screen for this cycle yet: choose one now, in this very render, so the popup's
  // first frame already shows it. Chosen once per situation; the effect below stores it.
  const situation = `${cycle}|${settings.exerciseKinds}|${settings.soloOnly}|${prefs.notForMe.join()}`;
  const needed = active && !stored;
  const fresh = useMemo(() => (needed ? pick() : undefined), [needed, situation]);

  async function keep(next: Exercise | null) {
    if (!next) {
      await writePopupData('current', null);
      return;
    }
    const choice = { id: next.id, cycle, chosenAt: Date.now() };
    setChosen(choice);
    recentNow.current = remember(recentNow.current, next.id);
    await writePopupData('recent', recentNow.current);
    await writePopupData('current', choice);
  }

  // A layout effect: it runs before any click can, so "Another one" never races the first.
  useLayoutEffect(() => {
    if (fresh !== undefined) void keep(fresh);
  }, [fresh]);

  const shown = active ? (stored ?? fresh ?? null) : null;
  return {
    exercise: shown,
    favourite: shown !== null && prefs.favourites.includes(shown.id),
    another: () => keep(pick(shown?.id)),
    async toggleFavourite() {
      if (!shown) return;
      const favourites = prefs.favourites.includes(shown.id)
        ? without(prefs.favourites, shown.id)
        : [...prefs.favourites, shown.id];
      await writePopupData('prefs', { ...prefs, favourites });
    },
    /** Hides this exercise for good; a fresh one is then chosen for the new situation. */
    async notForMe() {
      if (!shown) return;
      await writePopupData('prefs', {
        favourites: without(prefs.favourites, shown.id),
        notForMe: [...without(prefs.notForMe, shown.id), shown.id],
      });
    },
    async finish() {
      setChosen(null);
      await writePopupData('current', null);
    },
  };
}
