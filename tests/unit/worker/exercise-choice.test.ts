import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Exercise } from '@/content/types';
import type { HistoryEntry } from '@/lib/engine/types';
import { defaultSettings } from '@/lib/settings/settings';
import { exerciseFor } from '@/lib/worker/exercise-choice';

/** The worker's choice learns from the user's "Did this help?" answers in the history. */

const NOW = Date.UTC(2026, 10, 23, 8, 0);
const item = (id: string): Exercise => ({
  id,
  kind: 'self-compassion',
  durationSec: 60,
  needs: 'nobody',
  setting: ['desk'],
  touch: false,
  recallsPerson: false,
});
const library = [item('sc-a'), item('sc-b')];
const ctx = { library, settings: defaultSettings, now: NOW, random: () => 0.4 };

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
});
