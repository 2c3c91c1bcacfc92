import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Exercise } from '@/content/types';
import type { HistoryEntry } from '@/lib/engine/types';
import { defaultSettings } from '@/lib/settings/settings';
import { exerciseFor } from '@/lib/worker/exercise-choice';

/** The worker's choice learns from the user's "Did this help?" answers in the history. */

const NOW = Date.UTC(2026, 10, 23, 8, 0);
const item = (id: string, durationSec: Exercise['durationSec'] = 60): Exercise => ({
  id,
  kind: 'self-compassion',
  durationSec,
  needs: 'nobody',
  setting: ['desk'],
  touch: false,
  recallsPerson: false,
});
const library = [item('sc-a'), item('sc-b')];
const ctx = { library, settings: defaultSettings, now: NOW, random: () => 0.4, long: false };

const answered = (helped: boolean, times: number): HistoryEntry[] =>
  Array.from({ length: times }, (_, i) => ({
    kind: 'taken',
    at: NOW - (i + 1) * 3_600_000,
    exerciseId: 'sc-a',
    completed: true,
    helped,
  }));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the worker choosing an exercise', () => {
  it('offers the same draw as before when nothing was answered', async () => {
    expect((await exerciseFor(1, ctx))?.id).toBe('sc-a');
  });

  it('offers an exercise less often once the user said it did not help', async () => {
    await fakeBrowser.storage.local.set({ history: answered(false, 5) });
    expect((await exerciseFor(1, ctx))?.id).toBe('sc-b');
  });

  it('keeps offering it when the user said it helped', async () => {
    await fakeBrowser.storage.local.set({ history: answered(true, 5) });
    expect((await exerciseFor(1, ctx))?.id).toBe('sc-a');
  });

  it('offers a three-minute exercise for a long break, a shorter one otherwise', async () => {
    const mixed = [item('sc-a'), item('sc-b', 120), item('sc-c', 180)];
    const settings = { ...defaultSettings, breakLengthSec: 120, longBreakLengthSec: 15 * 60 };
    for (const r of [0, 0.5, 0.99]) {
      const random = () => r;
      fakeBrowser.reset();
      const long = await exerciseFor(1, { ...ctx, library: mixed, settings, random, long: true });
      expect(long?.id).toBe('sc-c');
      fakeBrowser.reset();
      const short = await exerciseFor(1, { ...ctx, library: mixed, settings, random });
      expect(short?.id).not.toBe('sc-c');
    }
  });
});
