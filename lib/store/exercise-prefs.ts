import * as v from 'valibot';
import { defineKey, type Parsed } from './define';

export interface ExercisePrefs {
  /** Exercise ids the user starred: offered more often. */
  favourites: string[];
  /** Exercise ids the user marked "Not for me": never offered again (until un-marked). */
  notForMe: string[];
}

/**
 * A list of exercise ids as stored: bounded, so a damaged value cannot grow without end.
 * Built per check, not kept (lib/store/bounds.ts says why).
 */
export const exerciseIdsSchema = () =>
  v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(1000));

/** Favourites and "not for me", validated wherever they enter: storage or an import file. */
export const exercisePrefsSchema = () =>
  v.object({ favourites: exerciseIdsSchema(), notForMe: exerciseIdsSchema() });

const noPrefs = (): ExercisePrefs => ({ favourites: [], notForMe: [] });

/** Stored prefs; each list that is damaged falls back to empty, the other is kept. */
function parseExercisePrefs(raw: unknown): Parsed<ExercisePrefs> {
  const source = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const prefs = noPrefs();
  const problems: string[] = [];
  const schema = exerciseIdsSchema();
  for (const list of ['favourites', 'notForMe'] as const) {
    const parsed = v.safeParse(schema, source[list]);
    if (parsed.success) prefs[list] = [...new Set(parsed.output)];
    else problems.push(`${list} damaged`);
  }
  return { value: prefs, problems };
}

export const exercisePrefsKey = defineKey<ExercisePrefs>({
  area: 'local',
  key: 'exercisePrefs',
  version: 1,
  fallback: noPrefs,
  parse: parseExercisePrefs,
});
