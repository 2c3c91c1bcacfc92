import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exercises } from '@/content/index';
import type { Exercise } from '@/content/types';
import {
  type ChooseInput,
  chooseExercise,
  type ExerciseRating,
  exerciseWeight,
  FAVOURITE_WEIGHT,
  MOST_HELPED_LIFT,
  ratingWeight,
  recentWindow,
} from '@/lib/exercises/choose';
import { chooseInput, seeded, simulate } from './chooser-simulation';

const input = chooseInput;
const ids = (list: readonly Exercise[]) => list.map((e) => e.id);
const connection = exercises.filter((e) => e.kind === 'connection');
const selfCompassion = exercises.filter((e) => e.kind === 'self-compassion');

/** No item comes back within `window` breaks of its last showing. */
function expectNoRepeatWithin(shown: readonly Exercise[], window: number) {
  shown.forEach((e, i) => {
    expect(ids(shown.slice(Math.max(0, i - window), i)), `break ${i}`).not.toContain(e.id);
  });
}

const kindShare = (shown: readonly Exercise[]) =>
  shown.filter((e) => e.kind === 'connection').length / shown.length;

/** Answer counts as a user might build them up, plus the odd damaged one. */
const anyCount = fc.oneof(
  { weight: 8, arbitrary: fc.nat({ max: 50 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY) },
);
const anyRating: fc.Arbitrary<ExerciseRating> = fc.record({
  helped: anyCount,
  notHelped: anyCount,
});
const anyRatings = fc
  .array(fc.tuple(fc.constantFrom(...ids(exercises)), anyRating))
  .map((entries) => new Map(entries));

describe('choosing the next exercise', () => {
  it('never repeats one of the last third of the library', () => {
    const window = recentWindow(exercises.length, exercises.length);
    expect(window).toBe(Math.floor(exercises.length / 3));
    expectNoRepeatWithin(simulate(300), window);
  });

  it('grows the no-repeat window with the library', () => {
    expect(recentWindow(6, 6)).toBe(2);
    expect(recentWindow(36, 36)).toBe(12);
    expect(recentWindow(90, 90)).toBe(30);
  });

  it('shrinks the no-repeat window when few items are eligible, leaving a third open', () => {
    expect(recentWindow(36, 9)).toBe(6);
    expect(recentWindow(36, 3)).toBe(2);
    expect(recentWindow(36, 2)).toBe(1);
    expect(recentWindow(36, 1)).toBe(0);
  });

  it('still varies the order when the user has hidden all but a few items', () => {
    const keep = ids(selfCompassion.slice(0, 6));
    const notForMe = ids(exercises).filter((id) => !keep.includes(id));
    const shown = simulate(300, { notForMe });
    expectNoRepeatWithin(shown, recentWindow(exercises.length, keep.length));
    expect(new Set(ids(shown))).toEqual(new Set(keep));
    // Not a fixed rotation: what follows an item differs from one time to the next.
    const after = new Set(shown.slice(1).map((e, i) => `${shown[i]?.id}>${e.id}`));
    expect(after.size).toBeGreaterThan(keep.length);
  });

  it('offers the one item left again, rather than nothing, and alternates two', () => {
    const two = connection.slice(0, 2);
    const first = chooseExercise(input({ library: two }));
    const second = chooseExercise(input({ library: two, recent: [first?.id ?? ''] }));
    expect(second?.id).not.toBe(first?.id);
    const one = two.slice(0, 1);
    expect(chooseExercise(input({ library: one, recent: ids(one) }))?.id).toBe(one[0]?.id);
  });

  it('offers only the kind the user chose', () => {
    const sc = simulate(200, { kinds: 'self-compassion' });
    expect(sc.filter((e) => e.kind !== 'self-compassion')).toEqual([]);
    const cn = simulate(200, { kinds: 'connection' });
    expect(cn.filter((e) => e.kind !== 'connection')).toEqual([]);
  });

  it('alternates the two kinds fairly when both are chosen', () => {
    const shown = simulate(600);
    expect(kindShare(shown)).toBeGreaterThan(0.45);
    expect(kindShare(shown)).toBeLessThan(0.55);
    let run = 1;
    for (let i = 1; i < shown.length; i++) {
      run = shown[i]?.kind === shown[i - 1]?.kind ? run + 1 : 1;
      expect(run, `break ${i}`).toBeLessThanOrEqual(2);
    }
  });

  it('keeps the kinds taking turns even when most of one kind is hidden', () => {
    const left = connection.slice(-3);
    const notForMe = ids(connection).filter((id) => !ids(left).includes(id));
    const shown = simulate(600, { notForMe });
    expect(kindShare(shown)).toBeGreaterThan(0.45);
    expect(kindShare(shown)).toBeLessThan(0.55);
    // The three left still never come back straight away.
    const cn = shown.filter((e) => e.kind === 'connection');
    expectNoRepeatWithin(cn, recentWindow(exercises.length, left.length));
  });

  it('offers the kind shown less often lately', () => {
    const recent = [selfCompassion[0], selfCompassion[1], connection[0]].map((e) => e?.id ?? '');
    for (let seed = 0; seed < 20; seed++) {
      expect(chooseExercise(input({ recent, random: seeded(seed) }))?.kind).toBe('connection');
    }
  });

  it('on a tie, offers the kind not shown last', () => {
    const recent = [selfCompassion[0], connection[0]].map((e) => e?.id ?? '');
    for (let seed = 0; seed < 20; seed++) {
      expect(chooseExercise(input({ recent, random: seeded(seed) }))?.kind).toBe('connection');
    }
  });

  it('with no history, may begin with either kind', () => {
    const firstKinds = new Set(
      Array.from(
        { length: 20 },
        (_, seed) => chooseExercise(input({ random: seeded(seed) }))?.kind,
      ),
    );
    expect(firstKinds).toEqual(new Set(['connection', 'self-compassion']));
  });

  it.each<[string, Pick<ChooseInput, 'kinds' | 'soloOnly'>]>([
    ['both', { kinds: 'both', soloOnly: false }],
    ['solo only', { kinds: 'both', soloOnly: true }],
    ['self-compassion only', { kinds: 'self-compassion', soloOnly: false }],
    ['connection, solo only', { kinds: 'connection', soloOnly: true }],
  ])('shows every eligible item over a long run (%s)', (_, over) => {
    const eligible = exercises.filter(
      (e) =>
        (over.kinds === 'both' || e.kind === over.kinds) &&
        (!over.soloOnly || e.needs === 'nobody'),
    );
    expect(new Set(ids(simulate(600, over)))).toEqual(new Set(ids(eligible)));
  });

  it('never offers an item marked "not for me"', () => {
    const notForMe = ids(exercises.slice(0, 10));
    expect(simulate(300, { notForMe }).filter((e) => notForMe.includes(e.id))).toEqual([]);
  });

  it('never offers an item that needs someone in solo-only mode', () => {
    expect(simulate(300, { soloOnly: true }).filter((e) => e.needs !== 'nobody')).toEqual([]);
  });

  it('offers an item that fits the break when one is left', () => {
    for (let seed = 0; seed < 30; seed++) {
      expect(chooseExercise(input({ breakLengthSec: 60, random: seeded(seed) }))?.durationSec).toBe(
        60,
      );
    }
    const shown = simulate(300, { breakLengthSec: 60 });
    expect(shown.filter((e) => e.durationSec > 60).length).toBeLessThan(shown.length * 0.3);
    expect(simulate(300, { breakLengthSec: 600 }).some((e) => e.durationSec === 180)).toBe(true);
  });

  it('offers the shortest item left when none fits the break', () => {
    const longOnes = exercises.filter((e) => e.durationSec >= 120);
    for (let seed = 0; seed < 30; seed++) {
      const e = chooseExercise(
        input({ library: longOnes, breakLengthSec: 30, random: seeded(seed) }),
      );
      expect(e?.durationSec).toBe(120);
    }
  });

  it('brings favourites up more often', () => {
    const id = connection.find((e) => e.durationSec <= 300)?.id ?? '';
    const count = (over: Partial<ChooseInput>) =>
      simulate(1200, over).filter((e) => e.id === id).length;
    expect(count({ favourites: [id] })).toBeGreaterThan(count({}) * 1.5);
  });

  it('returns nothing, rather than something unwanted, when no item is eligible', () => {
    expect(chooseExercise(input({ notForMe: ids(exercises) }))).toBeNull();
    const needSomeone = connection.filter((e) => e.needs !== 'nobody');
    expect(chooseExercise(input({ library: needSomeone, soloOnly: true }))).toBeNull();
  });

  it('whatever the settings and answers, offers an eligible item outside the recent window, or null only when none is eligible', () => {
    const anyIds = fc.subarray(ids(exercises));
    fc.assert(
      fc.property(
        fc.record({
          kinds: fc.constantFrom('both', 'connection', 'self-compassion'),
          soloOnly: fc.boolean(),
          favourites: anyIds,
          notForMe: anyIds,
          recent: fc.shuffledSubarray(ids(exercises)),
          breakLengthSec: fc.integer({ min: 1, max: 3600 }),
          ratings: anyRatings,
          seed: fc.integer(),
        }),
        ({ seed, ...over }) => {
          const chosen = chooseExercise(input({ ...over, random: seeded(seed) }));
          const eligible = exercises.filter(
            (e) =>
              (over.kinds === 'both' || e.kind === over.kinds) &&
              !over.notForMe.includes(e.id) &&
              (!over.soloOnly || e.needs === 'nobody'),
          );
          if (eligible.length === 0) return chosen === null;
          if (!chosen || !ids(eligible).includes(chosen.id)) return false;
          // Shrunk for the chosen kind when few of that kind are eligible.
          const ofKind = eligible.filter((e) => e.kind === chosen.kind).length;
          const window = Math.min(
            recentWindow(exercises.length, eligible.length),
            recentWindow(exercises.length, ofKind),
          );
          return !over.recent.slice(0, window).includes(chosen.id);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('learning from "Did this help?" answers', () => {
  const n = fc.nat({ max: 1000 });

  it('weighs an item without answers, or with as many of each, as before', () => {
    expect(ratingWeight(undefined)).toBe(1);
    fc.assert(fc.property(n, (k) => ratingWeight({ helped: k, notHelped: k }) === 1));
  });

  it('makes an item rarer with each more "Not really", but never impossible', () => {
    fc.assert(
      fc.property(n, n, (helped, notHelped) => {
        const before = ratingWeight({ helped, notHelped });
        const after = ratingWeight({ helped, notHelped: notHelped + 1 });
        return after < before && after > 0;
      }),
    );
    expect(ratingWeight({ helped: 0, notHelped: 1 })).toBe(0.5);
  });

  it('makes an item a little more likely with each more "Yes", never as much as a favourite', () => {
    fc.assert(
      fc.property(n, n, (helped, notHelped) => {
        const before = ratingWeight({ helped, notHelped });
        const after = ratingWeight({ helped: helped + 1, notHelped });
        return after > before && after < MOST_HELPED_LIFT;
      }),
    );
    expect(MOST_HELPED_LIFT).toBeLessThan(FAVOURITE_WEIGHT);
    expect(ratingWeight({ helped: 1, notHelped: 0 })).toBeCloseTo(7 / 6);
  });

  it('ranks a favourite above any item that is not one, whatever their answers', () => {
    fc.assert(
      fc.property(anyRating, (rating) => {
        const favourites = new Set(['cn-a']);
        const other = exerciseWeight('cn-b', favourites, new Map([['cn-b', rating]]));
        return exerciseWeight('cn-a', favourites, undefined) > other;
      }),
    );
  });

  it('gives every item a finite, positive weight, even from damaged counts', () => {
    fc.assert(
      fc.property(anyRating, fc.boolean(), (rating, favourite) => {
        const w = exerciseWeight(
          'cn-a',
          new Set(favourite ? ['cn-a'] : []),
          new Map([['cn-a', rating]]),
        );
        return Number.isFinite(w) && w > 0;
      }),
    );
  });

  it('with no answers, or only balanced ones, chooses exactly as without them', () => {
    fc.assert(
      fc.property(
        fc.record({
          kinds: fc.constantFrom('both', 'connection', 'self-compassion'),
          soloOnly: fc.boolean(),
          favourites: fc.subarray(ids(exercises)),
          recent: fc.shuffledSubarray(ids(exercises)),
          breakLengthSec: fc.integer({ min: 1, max: 3600 }),
          balanced: fc.array(fc.tuple(fc.constantFrom(...ids(exercises)), fc.nat({ max: 9 }))),
          seed: fc.integer(),
        }),
        ({ seed, balanced, ...over }) => {
          const pick = (ratings?: ChooseInput['ratings']) =>
            chooseExercise(input({ ...over, ratings, random: seeded(seed) }))?.id;
          const even = new Map(balanced.map(([id, k]) => [id, { helped: k, notHelped: k }]));
          return pick(new Map()) === pick() && pick(even) === pick();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('over many breaks, shows a "Not really" item less, a "Yes" item a little more, a favourite more still', () => {
    // Three items of each kind per group, so the counts say something about the weights and
    // little about one item's luck.
    const group = (from: number) => [
      ...ids(connection.slice(from, from + 3)),
      ...ids(selfCompassion.slice(from, from + 3)),
    ];
    const [notReally, yes, favourite] = [group(0), group(3), group(6)];
    const shows = (shown: readonly Exercise[], of: string[]) =>
      shown.filter((e) => of.includes(e.id)).length;
    const before = simulate(2000);
    const ratings = new Map<string, ExerciseRating>([
      ...notReally.map((id) => [id, { helped: 0, notHelped: 2 }] as const),
      ...yes.map((id) => [id, { helped: 3, notHelped: 0 }] as const),
    ]);
    const after = simulate(2000, { ratings, favourites: favourite });
    expect(shows(after, notReally)).toBeLessThan(shows(before, notReally) * 0.7);
    expect(shows(after, yes)).toBeGreaterThan(shows(before, yes));
    expect(shows(after, favourite)).toBeGreaterThan(shows(after, yes) * 1.3);
    // Whatever the weights, no item comes back within the no-repeat window.
    expectNoRepeatWithin(after, recentWindow(exercises.length, exercises.length));
  });
});
