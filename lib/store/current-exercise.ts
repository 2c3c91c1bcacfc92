import * as v from 'valibot';
import type { Exercise } from '../../content/types';
import { boundedCount, realTime } from './bounds';
import { defineKey } from './define';

/** What the popup needs of an exercise to show it (its words load by id). */
export type ExerciseShape = Pick<Exercise, 'id' | 'kind' | 'durationSec' | 'stepSeconds'>;

/**
 * The exercise on screen for a break, so reopening the popup shows the same one. It carries
 * the exercise's shape, so the popup need not bundle the library to show it.
 */
export interface CurrentExercise extends ExerciseShape {
  /** The engine cycle it was chosen for. */
  cycle: number;
  chosenAt: number;
}

/** Built per check, not kept (lib/store/bounds.ts says why). */
const currentExerciseSchema = () =>
  v.object({
    id: v.pipe(v.string(), v.maxLength(64)),
    kind: v.picklist(['connection', 'self-compassion']),
    durationSec: v.picklist([60, 120, 180]),
    stepSeconds: v.optional(
      v.pipe(
        v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(600))),
        v.maxLength(20),
      ),
    ),
    cycle: boundedCount(),
    chosenAt: realTime(),
  });

/** Chosen by the worker on a break, on "Another one" and "Try an exercise now". */
export const currentExerciseKey = defineKey<CurrentExercise | null>({
  area: 'local',
  key: 'currentExercise',
  // Version 2 added the exercise's shape. A version-1 choice cannot be migrated without the
  // library; it fails the check and the worker chooses afresh.
  version: 2,
  fallback: () => null,
  parse(raw) {
    const parsed = v.safeParse(currentExerciseSchema(), raw);
    return parsed.success
      ? { value: parsed.output, problems: [] }
      : { value: null, problems: ['not a valid exercise choice'] };
  },
});
