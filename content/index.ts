import * as v from 'valibot';
import { words } from '../lib/readability';
import { articleSections, beats, processes } from './types';

// The library itself lives apart from its schema, so the popup bundles the data alone; the
// citations live apart from both, since no page reads them.
export { exercises } from './library/index';
export { sources } from './library/sources';

const process = v.picklist(processes);
const prefixOf = { connection: 'cn-', 'self-compassion': 'sc-' } as const;

/**
 * One item's structure. Strict objects, so a misspelt optional field ("beats") is an error
 * rather than a field the app silently never reads.
 */
export const exerciseSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(/^(cn|sc)-[a-z0-9-]+$/, 'id must look like cn-… or sc-…')),
    kind: v.picklist(['connection', 'self-compassion']),
    durationSec: v.picklist([60, 120, 180]),
    needs: v.picklist(['nobody', 'someone-async', 'someone-live']),
    setting: v.pipe(
      v.array(v.picklist(['desk', 'shared-space', 'private'])),
      v.minLength(1, 'say where it works'),
    ),
    touch: v.boolean(),
    recallsPerson: v.boolean(),
    beats: v.optional(
      v.pipe(v.array(v.picklist(beats)), v.minLength(1, 'name at least one beat, or leave it out')),
    ),
    stepSeconds: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(5)))),
  }),
  v.forward(
    v.partialCheck(
      [['id'], ['kind']],
      (e) => e.id.startsWith(prefixOf[e.kind]),
      'id must start with cn- for connection and sc- for self-compassion',
    ),
    ['id'],
  ),
  v.forward(
    v.partialCheck(
      [['kind'], ['beats']],
      (e) => e.beats === undefined || e.kind === 'self-compassion',
      'only self-compassion items practise a beat',
    ),
    ['beats'],
  ),
);

/** One item's citation: an idea of the article and one of its headings. */
const sourceSchema = v.pipe(
  v.strictObject({
    process,
    section: v.picklist(articleSections, 'cite a heading of the article'),
    secondary: v.optional(v.array(process)),
    inspiredBy: v.optional(v.string()),
  }),
  v.forward(
    v.partialCheck(
      [['process']],
      (s) => s.process !== 'physiological',
      'physiological is never an item’s primary idea: we never promise a body effect',
    ),
    ['process'],
  ),
);

const line = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const step = v.pipe(
  line,
  v.check((s) => words(s).length <= 25, 'a step has at most 25 words'),
);

/** One item's words in one locale. */
const exerciseTextSchema = v.strictObject({
  title: v.pipe(line, v.maxLength(40, 'a title has at most 40 characters')),
  summary: v.pipe(line, v.maxLength(100, 'a summary has at most 100 characters')),
  steps: v.pipe(
    v.array(step),
    v.minLength(3, 'an exercise has 3 to 5 steps'),
    v.maxLength(5, 'an exercise has 3 to 5 steps'),
  ),
  soloAlternative: v.optional(line),
  noTouchAlternative: v.optional(line),
  exitLine: v.optional(line),
});

function problems(
  name: string,
  issues: readonly v.BaseIssue<unknown>[] | undefined,
  field = '',
): string[] {
  return (issues ?? []).map((issue) => {
    const path = [field, v.getDotPath(issue)].filter(Boolean).join('.');
    return `${name}: ${path || '(item)'}: ${issue.message}`;
  });
}

/**
 * Problems with one item's structure, each naming the item and the field, e.g.
 * "cn-listen: source.process: Invalid type". Empty when the item is valid.
 */
export function exerciseProblems(item: unknown): string[] {
  const id = (item as { id?: unknown } | null)?.id;
  const name = typeof id === 'string' ? id : '(item without id)';
  return problems(name, v.safeParse(exerciseSchema, item).issues);
}

/** Problems with one item's citation, e.g. "cn-listen: source.process: Invalid type". */
export function sourceProblems(id: string, source: unknown): string[] {
  return problems(id, v.safeParse(sourceSchema, source).issues, 'source');
}

/** Problems with one item's words in one locale, e.g. "de/sc-kind-word: steps: …". */
export function exerciseTextProblems(locale: string, id: string, text: unknown): string[] {
  return problems(`${locale}/${id}`, v.safeParse(exerciseTextSchema, text).issues);
}
