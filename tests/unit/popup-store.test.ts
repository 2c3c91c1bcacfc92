import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPopupStore } from '@/entrypoints/popup/popup-data';
import { defaultSettings } from '@/lib/settings/settings';

/** The popup's one read of storage, and how it stays live. */

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the popup store', () => {
  it('reads everything at once, with safe defaults for damaged or missing values', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...defaultSettings, breakLengthSec: 'soon' },
      engineState: { version: 1, phase: 'nonsense' },
      exercisePrefs: { favourites: 'all' },
      currentExercise: {
        id: 'sc-a',
        kind: 'self-compassion',
        durationSec: 60,
        cycle: 3,
        chosenAt: Date.UTC(2026, 0, 1),
      },
    });
    const getSpy = vi.spyOn(fakeBrowser.storage.local, 'get');
    const store = openPopupStore();
    const data = await store.ready;
    expect(getSpy).toHaveBeenCalledTimes(1);
    expect(data.settings.breakLengthSec).toBe(defaultSettings.breakLengthSec);
    expect(data.settings.workIntervalSec).toBe(defaultSettings.workIntervalSec);
    expect(data.engine).toBeNull();
    expect(data.prefs).toEqual({ favourites: [], notForMe: [] });
    expect(data.current).toMatchObject({ id: 'sc-a', cycle: 3 });
    store.close();
  });

  it('never misses a change made while its first read is under way', async () => {
    // The read answers with what storage held when it was asked: nothing yet.
    let answer: (raw: Record<string, unknown>) => void = () => {};
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(
      () => new Promise((resolve) => (answer = resolve)) as never,
    );
    const store = openPopupStore();
    // Meanwhile the worker's choice lands.
    const choice = {
      id: 'sc-new',
      kind: 'connection',
      durationSec: 120,
      cycle: 1,
      chosenAt: Date.UTC(2026, 0, 1),
    };
    await fakeBrowser.storage.local.set({ currentExercise: choice });
    answer({});
    const data = await store.ready;
    expect(data.current).toEqual(choice);
    store.close();
  });

  it('follows later changes and tells its subscribers', async () => {
    const store = openPopupStore();
    await store.ready;
    const seen: unknown[] = [];
    const stop = store.subscribe(() => seen.push(store.get()?.prefs.favourites));
    await fakeBrowser.storage.local.set({ exercisePrefs: { favourites: ['sc-b'], notForMe: [] } });
    await vi.waitFor(() => expect(seen).toEqual([['sc-b']]));
    stop();
    await fakeBrowser.storage.local.set({ exercisePrefs: { favourites: [], notForMe: [] } });
    await vi.waitFor(() => expect(store.get()?.prefs.favourites).toEqual([]));
    expect(seen).toHaveLength(1);
    store.close();
  });

  it('tries again when storage cannot be read, then opens with defaults rather than blank', async () => {
    vi.useFakeTimers();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const get = vi
      .spyOn(fakeBrowser.storage.local, 'get')
      .mockRejectedValue(new Error('storage is unavailable'));
    const store = openPopupStore();
    await vi.runAllTimersAsync();
    const data = await store.ready;
    expect(get).toHaveBeenCalledTimes(3);
    expect(errors).toHaveBeenCalledTimes(3);
    expect(data.settings).toEqual(defaultSettings);
    expect(data.engine).toBeNull();
    vi.useRealTimers();
    store.close();
  });
});
