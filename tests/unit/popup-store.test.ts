import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPopupStore } from '@/entrypoints/popup/popup-data';
import { initialState } from '@/lib/engine/engine';
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

describe('the popup store with a snapshot from its address', () => {
  const now = Date.now();
  // A state the engine itself made, so it decodes clean.
  const working = initialState({
    now,
    settings: defaultSettings,
    timeZone: 'UTC',
    env: { fullscreen: false, audible: false },
  });

  async function storedEngine() {
    await fakeBrowser.storage.local.set({ settings: defaultSettings, engineState: working });
    return working;
  }

  it('has the data at once, before storage answers, and then confirms it', async () => {
    await storedEngine();
    const stored = await openPopupStore(() => now).ready;
    expect(stored.engine?.phase).toBe('working');
    const raw = await fakeBrowser.storage.local.get(null);
    const getSpy = vi.spyOn(fakeBrowser.storage.local, 'get');
    const store = openPopupStore(() => now, raw);
    expect(store.get()).toEqual(stored); // no await: the first frame has it
    expect(getSpy).not.toHaveBeenCalled();
    const listener = vi.fn();
    store.subscribe(listener);
    expect(await store.ready).toEqual(stored);
    expect(getSpy).toHaveBeenCalledTimes(1);
    expect(listener).not.toHaveBeenCalled(); // a current snapshot is not drawn twice
    store.close();
  });

  it('is corrected by the read when the state moved on after the snapshot was made', async () => {
    const engineState = await storedEngine();
    const snapshot = { settings: defaultSettings, engineState };
    await fakeBrowser.storage.local.set({
      engineState: { ...working, phase: 'due', dueSince: now },
    });
    const store = openPopupStore(() => now, snapshot);
    expect(store.get()?.engine?.phase).toBe('working');
    const listener = vi.fn();
    store.subscribe(listener);
    expect((await store.ready).engine?.phase).toBe('due');
    expect(store.get()?.engine?.phase).toBe('due');
    expect(listener).toHaveBeenCalled();
    store.close();
  });

  it('ignores a damaged snapshot and waits for storage instead', async () => {
    await storedEngine();
    for (const snapshot of [
      { settings: defaultSettings, engineState: { version: 1, phase: 'nonsense' } },
      { engineState: working }, // no settings: only sync could say
      { settings: { ...defaultSettings, breakLengthSec: 'soon' }, engineState: working },
    ]) {
      const store = openPopupStore(() => now, snapshot);
      expect(store.get()).toBeUndefined();
      expect((await store.ready).engine?.phase).toBe('working');
      store.close();
    }
  });
});
