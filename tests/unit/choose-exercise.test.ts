import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exercises } from '@/content/index';
import type { Exercise } from '@/content/types';
import { type ChooseInput, chooseExercise, recentWindow } from '@/lib/exercises/choose';

/** A small deterministic random source (mulberry32), so each run is reproducible. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const input = (over: Partial<ChooseInput> = {}): ChooseInput => ({
  library: exercises,
  kinds: 'both',
  soloOnly: false,
  favourites: [],
  notForMe: [],
  recent: [],
  breakLengthSec: 300,
  random: seeded(1),
  ...over,
});

const ids = (list: readonly Exercise[]) => list.map((e) => e.id);
const connection = exercises.filter((e) => e.kind === 'connection');
const selfCompassion = exercises.filter((e) => e.kind === 'self-compassion');

/** Runs `n` breaks, feeding each choice back as recent history the way the popup keeps it. */
function simulate(n: number, over: Partial<ChooseInput> = {}, seed = 42): Exercise[] {
  const random = seeded(seed);
  const shown: Exercise[] = [];
  let recent: string[] = [];
  for (let i = 0; i < n; i++) {
    const e = chooseExercise(input({ ...over, recent, random }));
    if (!e) throw new Error('nothing chosen');
    shown.push(e);
    recent = [e.id, ...recent.filter((r) => r !== e.id)].slice(0, 50);
  }
  return shown;
}

/** No item comes back within `window` breaks of its last showing. */
function expectNoRepeatWithin(shown: readonly Exercise[], window: number) {
  shown.forEach((e, i) => {
    expect(ids(shown.slice(Math.max(0, i - window), i)), `break ${i}`).not.toContain(e.id);
  });
}

const kindShare = (shown: readonly Exercise[]) =>
  shown.filter((e) => e.kind === 'connection').length / shown.length;

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

  it('whatever the settings, offers an eligible item outside the recent window, or null only when none is eligible', () => {
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
