import { exercises } from '../../content/library/index';

/** An exercise's shape as the worker stores it with its choice (lib/store/current-exercise.ts). */
export function exerciseShape(id: string) {
  const exercise = exercises.find((e) => e.id === id);
  if (!exercise) throw new Error(`No exercise ${id} in the library`);
  const { kind, durationSec, stepSeconds } = exercise;
  return { id, kind, durationSec, ...(stepSeconds ? { stepSeconds } : {}) };
}
