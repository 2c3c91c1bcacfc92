import * as v from 'valibot';
import { connection } from './library/connection';
import { selfCompassion } from './library/self-compassion';
import { type Exercise, processes } from './types';

/** The live exercise library. Its quality bar is tests/unit/content-library.test.ts. */
export const exercises: readonly Exercise[] = [...connection, ...selfCompassion];

const process = v.picklist(processes);

export const exerciseSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^(cn|sc)-[a-z0-9-]+$/, 'id must look like cn-… or sc-…')),
  kind: v.picklist(['connection', 'self-compassion']),
  durationSec: v.picklist([60, 120, 180]),
  needs: v.picklist(['nobody', 'someone-async', 'someone-live']),
  setting: v.pipe(
    v.array(v.picklist(['desk', 'shared-space', 'private'])),
    v.minLength(1, 'say where it works'),
  ),
  touch: v.boolean(),
  beat: v.optional(v.picklist(['mindfulness', 'common-humanity', 'kindness'])),
  stepSeconds: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(5)))),
  source: v.object({
    process,
    section: v.pipe(v.string(), v.minLength(3, 'cite the article section')),
    secondary: v.optional(v.array(process)),
    inspiredBy: v.optional(v.string()),
  }),
});

/**
 * Problems with one item's structure, each naming the item and the field, e.g.
 * "cn-listen: source.process: Invalid type". Empty when the item is valid.
 */
export function exerciseProblems(item: unknown): string[] {
  const id = (item as { id?: unknown } | null)?.id;
  const name = typeof id === 'string' ? id : '(item without id)';
  const parsed = v.safeParse(exerciseSchema, item);
  if (parsed.success) return [];
  return parsed.issues.map(
    (issue) => `${name}: ${v.getDotPath(issue) ?? '(item)'}: ${issue.message}`,
  );
}
