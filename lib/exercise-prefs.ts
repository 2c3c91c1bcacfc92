import * as v from 'valibot';
import type { ExercisePrefs } from './storage-items';

/** A list of exercise ids as stored: bounded, so a damaged value cannot grow without end. */
export const exerciseIdsSchema = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(64))),
  v.maxLength(1000),
);

/** Favourites and "not for me", validated wherever they enter: storage or an import file. */
export const exercisePrefsSchema = v.object({
  favourites: exerciseIdsSchema,
  notForMe: exerciseIdsSchema,
});

/** Stored prefs, or none at all when the stored value is damaged. */
export function parseExercisePrefs(raw: unknown): ExercisePrefs {
  const parsed = v.safeParse(exercisePrefsSchema, raw);
  return parsed.success ? parsed.output : { favourites: [], notForMe: [] };
}
