import { describe, expect, it } from 'vitest';
import { exercises } from '@/content/index';
import type { Exercise } from '@/content/types';
import { type ChooseInput, chooseExercise, recentWindow } from '@/lib/choose-exercise';

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

/** Runs `n` breaks, feeding each choice back as recent history. */
function simulate(n: number, over: Partial<ChooseInput> = {}): Exercise[] {
  const random = seeded(42);
  const shown: Exercise[] = [];
  let recent: string[] = [];
  for (let i = 0; i < n; i++) {
    const e = chooseExercise(input({ ...over, recent, random }));
    if (!e) throw new Error('nothing chosen');
    shown.push(e);
    recent = [e.id, ...recent].slice(0, 50);
  }
  return shown;
}

describe('choosing the next exercise', () => {
  it('never repeats one of the last third of the library', () => {
    const window = recentWindow(exercises.length, exercises.length);
    expect(window).toBe(Math.floor(exercises.length / 3));
    const shown = simulate(300).map((e) => e.id);
    shown.forEach((id, i) => {
      expect(shown.slice(Math.max(0, i - window), i)).not.toContain(id);
    });
  });

  it('shrinks the no-repeat window when few items are eligible, rather than offering none', () => {
    const two = exercises.slice(0, 2);
    const first = chooseExercise(input({ library: two, kinds: 'connection' }));
    const second = chooseExercise(
      input({ library: two, kinds: 'connection', recent: [first?.id ?? ''] }),
    );
    expect(second?.id).not.toBe(first?.id);
    const only = chooseExercise(
      input({ library: two.slice(0, 1), kinds: 'connection', recent: [two[0]?.id ?? ''] }),
    );
    expect(only?.id).toBe(two[0]?.id);
  });

  it('offers only the kind the user chose', () => {
    expect(
      simulate(100, { kinds: 'self-compassion' }).every((e) => e.kind === 'self-compassion'),
    ).toBe(true);
    expect(simulate(100, { kinds: 'connection' }).every((e) => e.kind === 'connection')).toBe(true);
  });

  it('alternates the two kinds fairly when both are chosen', () => {
    const shown = simulate(400);
    const share = shown.filter((e) => e.kind === 'connection').length / shown.length;
    expect(share).toBeGreaterThan(0.45);
    expect(share).toBeLessThan(0.55);
    // Never a long run of one kind.
    let run = 1;
    for (let i = 1; i < shown.length; i++) {
      run = shown[i]?.kind === shown[i - 1]?.kind ? run + 1 : 1;
      expect(run).toBeLessThanOrEqual(4);
    }
  });

  it('shows every eligible item over a long run', () => {
    const seen = new Set(simulate(600).map((e) => e.id));
    expect(seen.size).toBe(exercises.length);
  });

  it('never offers an item marked "not for me"', () => {
    const notForMe = exercises.slice(0, 10).map((e) => e.id);
    expect(simulate(300, { notForMe }).some((e) => notForMe.includes(e.id))).toBe(false);
  });

  it('never offers an item that needs someone in solo-only mode', () => {
    expect(simulate(300, { soloOnly: true }).every((e) => e.needs === 'nobody')).toBe(true);
  });

  it('prefers items that fit a short break', () => {
    const shown = simulate(200, { breakLengthSec: 60 });
    expect(shown.filter((e) => e.durationSec > 60).length).toBeLessThan(shown.length * 0.5);
    const long = simulate(200, { breakLengthSec: 600 });
    expect(long.some((e) => e.durationSec === 180)).toBe(true);
  });

  it('brings favourites up more often', () => {
    const favourite = exercises.find((e) => e.kind === 'connection' && e.durationSec <= 300);
    const id = favourite?.id ?? '';
    const count = (over: Partial<ChooseInput>) =>
      simulate(1200, over).filter((e) => e.id === id).length;
    expect(count({ favourites: [id] })).toBeGreaterThan(count({}) * 1.5);
  });

  it('returns nothing, rather than something unwanted, when no item is eligible', () => {
    expect(chooseExercise(input({ notForMe: exercises.map((e) => e.id) }))).toBeNull();
  });
});
