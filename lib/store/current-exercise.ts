import * as v from 'valibot';
import { boundedCount, realTime } from './bounds';
import { defineKey } from './define';

/** The exercise on screen for a break, so reopening the popup shows the same one. */
export interface CurrentExercise {
  id: string;
  /** The engine cycle it was chosen for. */
  cycle: number;
  chosenAt: number;
}

const currentExerciseSchema = v.object({
  id: v.pipe(v.string(), v.maxLength(64)),
  cycle: boundedCount,
  chosenAt: realTime,
});

/** Chosen by the worker on a break, on "Another one" and "Try an exercise now". */
export const currentExerciseKey = defineKey<CurrentExercise | null>({
  area: 'local',
  key: 'currentExercise',
  version: 1,
  fallback: () => null,
  parse(raw) {
    const parsed = v.safeParse(currentExerciseSchema, raw);
    return parsed.success
      ? { value: parsed.output, problems: [] }
      : { value: null, problems: ['not a valid exercise choice'] };
  },
});
