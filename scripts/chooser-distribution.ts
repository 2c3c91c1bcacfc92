/**
 * How often the chooser offers each exercise over 1,000 seeded breaks, without and with
 * "Did this help?" answers and favourites: `npx jiti scripts/chooser-distribution.ts [seed]`.
 * Prints a table; the numbers are for reading (a release note, a review), the rules they
 * show are tested in tests/unit/choose-exercise.test.ts.
 */
import { exercises } from '../content/index';
import type { Exercise } from '../content/types';
import { type ChooseInput, type ExerciseRating, recentWindow } from '../lib/exercises/choose';
import { simulate } from '../tests/unit/chooser-simulation';

const BREAKS = 1000;
const seed = Number(process.argv[2] ?? 42);

const ofKind = (kind: Exercise['kind']) =>
  exercises.filter((e) => e.kind === kind).map((e) => e.id);
const [connection, selfCompassion] = [ofKind('connection'), ofKind('self-compassion')];
/** Three items of each kind per group, taken at fixed places so every run is the same. */
const group = (from: number) => [
  ...connection.slice(from, from + 3),
  ...selfCompassion.slice(from, from + 3),
];
const groups = {
  '"Not really" twice': group(0),
  '"Yes" three times': group(3),
  favourite: group(6),
};
const rated = new Set(Object.values(groups).flat());
const others = exercises.map((e) => e.id).filter((id) => !rated.has(id));

const ratings = new Map<string, ExerciseRating>([
  ...groups['"Not really" twice'].map((id) => [id, { helped: 0, notHelped: 2 }] as const),
  ...groups['"Yes" three times'].map((id) => [id, { helped: 3, notHelped: 0 }] as const),
]);
const runs: [string, Partial<ChooseInput>][] = [
  ['no answers', {}],
  ['answers', { ratings }],
  ['answers + favourites', { ratings, favourites: groups.favourite }],
];

const window = recentWindow(exercises.length, exercises.length);
const results = runs.map(([name, over]) => {
  const shown = simulate(BREAKS, over, seed);
  const counts = new Map<string, number>();
  for (const e of shown) counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
  const repeats = shown.filter((e, i) =>
    shown.slice(Math.max(0, i - window), i).some((x) => x.id === e.id),
  ).length;
  const connectionShare = shown.filter((e) => e.kind === 'connection').length / BREAKS;
  return { name, counts, repeats, connectionShare };
});

const mean = (counts: Map<string, number>, of: string[]) =>
  of.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0) / of.length;
const cell = (text: string) => text.padStart(22);
const row = (label: string, values: string[]) =>
  console.log(label.padEnd(34) + values.map(cell).join(''));

console.log(
  `The chooser over ${BREAKS} seeded breaks (seed ${seed}): ${exercises.length} items, both kinds, ` +
    `5-minute breaks, no-repeat window ${window}. Shows per item, mean (min–max) of each group.\n`,
);
row(
  '',
  results.map((r) => r.name),
);
for (const [label, of] of [...Object.entries(groups), ['every other item', others] as const]) {
  row(
    `${label} (${of.length} items)`,
    results.map((r) => {
      const values = of.map((id) => r.counts.get(id) ?? 0);
      return `${mean(r.counts, of).toFixed(1)} (${Math.min(...values)}–${Math.max(...values)})`;
    }),
  );
}
row(
  'connection share',
  results.map((r) => `${(r.connectionShare * 100).toFixed(1)} %`),
);
row(
  `repeats within ${window} breaks`,
  results.map((r) => String(r.repeats)),
);
row(
  'items never shown',
  results.map((r) => String(exercises.filter((e) => !r.counts.has(e.id)).length)),
);
