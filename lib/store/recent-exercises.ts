import * as v from 'valibot';
import { defineKey } from './define';
import { exerciseIdsSchema } from './exercise-prefs';

/** How many recently shown ids are remembered, so none repeats too soon. */
export const RECENT_LIMIT = 50;

/** Ids of exercises shown lately, most recent first, bounded. */
export const recentExercisesKey = defineKey<string[]>({
  area: 'local',
  key: 'recentExercises',
  version: 1,
  fallback: () => [],
  parse(raw) {
    const parsed = v.safeParse(exerciseIdsSchema(), raw);
    return parsed.success
      ? { value: parsed.output.slice(0, RECENT_LIMIT), problems: [] }
      : { value: [], problems: ['not a list of exercise ids'] };
  },
});

/** `recent` with `id` in front, once, bounded. */
export function remember(recent: readonly string[], id: string): string[] {
  return [id, ...recent.filter((r) => r !== id)].slice(0, RECENT_LIMIT);
}
