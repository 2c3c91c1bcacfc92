import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exercises } from '@/content/library/index';
import background from '@/entrypoints/background';
import { openPopupStore } from '@/entrypoints/popup/popup-data';
import type { EngineState, HistoryEntry } from '@/lib/engine/types';
import { buildExport, parseImport } from '@/lib/export-import';
import { MAX_ENTRIES } from '@/lib/history';
import type { IntentMessage, IntentName, Payload, Reply } from '@/lib/protocol';
import { defaultSettings, type Settings } from '@/lib/settings/settings';
import { periodStats } from '@/lib/stats';
import { historyKey } from '@/lib/store/history';
import { createDispatcher } from '@/lib/worker/dispatcher';
import { WAKE_ALARM } from '@/lib/worker/effects';
import { createIntentRouter } from '@/lib/worker/intents';
import { readKey } from '@/lib/worker/stored';

/**
 * Stored state with one writer: the ten ways Tend once lost or bent a user's data (issue 10),
 * each replayed against the real worker code on WXT's fake browser.
 */

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const NOW = Date.UTC(2026, 10, 23, 8, 0); // a Monday
const local = fakeBrowser.storage.local;
const sync = fakeBrowser.storage.sync;
const exercise = exercises[0] as (typeof exercises)[number];

/** fakeBrowser has no keyboard commands either: the worker only listens for them here. */
const commands = { onCommand: { addListener: () => {} } };

const idle = {
  setDetectionInterval: vi.fn(),
  queryState: vi.fn(async () => 'active' as const),
  onStateChanged: { addListener: vi.fn() },
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  Object.assign(fakeBrowser, { idle, commands });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.useRealTimers();
});

function newWorker() {
  const dispatcher = createDispatcher({ library: () => exercises, random: () => 0 });
  const route = createIntentRouter(dispatcher);
  const send = <K extends IntentName>(name: K, payload: Payload<K>) =>
    route({ tend: 'intent', name, payload } as IntentMessage) as Promise<Reply<unknown>>;
  return { dispatcher, send };
}

async function stored<T>(
  key: string,
  area: { get: (k: string) => Promise<Record<string, unknown>> } = local,
): Promise<T> {
  return (await area.get(key))[key] as T;
}

const state = () => stored<EngineState>('engineState');
const history = async () => (await stored<HistoryEntry[]>('history')) ?? [];

/** Polls without moving the faked clock (vi.waitFor would). */
async function settled(check: () => Promise<unknown> | unknown) {
  const deadline = performance.now() + 2000;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${check}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function startBackground() {
  background.main();
  await settled(async () => (await fakeBrowser.alarms.get(WAKE_ALARM)) !== undefined);
  await new Promise((r) => setTimeout(r, 20));
}

const synced: Settings = { ...defaultSettings, workIntervalSec: 25 * 60, breakLengthSec: 10 * 60 };

describe('settings have one rule: sync holds them, local is its cache', () => {
  it('1. damaged local settings are restored from a good synced copy, and a change keeps it', async () => {
    await sync.set({ settings: synced });
    await local.set({ settings: 'garbage' });
    await startBackground();
    expect(await stored('settings')).toEqual(synced);
    expect((await state()).nextBreakAt).toBe(NOW + 25 * MIN);

    const { send } = newWorker();
    expect(await send('save-settings', { patch: { sound: true } })).toMatchObject({ ok: true });
    expect(await stored('settings', sync)).toEqual({ ...synced, sound: true });
    expect(await stored('settings')).toEqual({ ...synced, sound: true });
  });

  it('2. with no local copy (a second device), pages and worker read the synced one', async () => {
    await sync.set({ settings: synced });
    const popup = openPopupStore();
    expect((await popup.ready).settings).toEqual(synced);
    popup.close();

    const { send } = newWorker();
    await send('save-settings', { patch: { soloOnly: true } });
    expect(await stored('settings', sync)).toEqual({ ...synced, soloOnly: true });
    expect((await state()).workIntervalMs).toBe(25 * MIN);
  });

  it('a damaged field in the synced copy never replaces a good local one', async () => {
    await local.set({ settings: synced });
    await sync.set({ settings: { ...synced, workIntervalSec: 'forever' } });
    await startBackground();
    expect(await stored('settings')).toEqual(synced);
  });

  it('a change sync refused stays local and is sent again later', async () => {
    const { send } = newWorker();
    const set = vi.spyOn(sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES exceeded'));
    await send('save-settings', { patch: { workIntervalSec: 30 * 60 } });
    expect(await stored('syncProblem')).toMatch(/QUOTA/);
    expect((await stored<Settings>('settings')).workIntervalSec).toBe(30 * 60);
    set.mockRestore();
    await startBackground(); // local wins while sync is behind, and is sent again
    expect((await stored<Settings>('settings', sync)).workIntervalSec).toBe(30 * 60);
    expect(await stored('syncProblem')).toBeFalsy();
  });

  it('refuses an out-of-range setting with words for the user, and changes nothing', async () => {
    const { send } = newWorker();
    const reply = await send('save-settings', { patch: { breakLengthSec: -4 } });
    expect(reply).toMatchObject({ ok: false });
    expect(reply.ok ? '' : reply.error).toMatch(/\w+/);
    expect(await stored('settings')).toBeUndefined();
  });
});

describe('stored times and counters are bounded on every read', () => {
  it('3. a due time of 1e300 or a pause until 9e15 never freezes Tend', async () => {
    const { dispatcher } = newWorker();
    await dispatcher.dispatch({ type: 'startup' });
    const good = await state();
    await local.set({ engineState: { ...good, nextBreakAt: 1e300 } });
    const popup = openPopupStore();
    expect((await popup.ready).engine).toBeNull(); // the popup says "getting ready", not blank
    popup.close();
    await dispatcher.dispatch({ type: 'tick' });
    expect((await state()).nextBreakAt).toBe(NOW + 50 * MIN);

    await local.set({ engineState: { ...good, phase: 'paused', pausedUntil: 9e15 } });
    await dispatcher.dispatch({ type: 'tick' });
    expect((await state()).pausedUntil).toBe(good.lastSeenAt + 7 * DAY);
    vi.setSystemTime(NOW + 7 * DAY + MIN);
    await dispatcher.dispatch({ type: 'tick' });
    expect((await state()).phase).toBe('working'); // the pause ended
  });

  it('4. a cycle too large to count on is replaced, and nudges still come', async () => {
    const { dispatcher } = newWorker();
    await dispatcher.dispatch({ type: 'startup' });
    await local.set({ engineState: { ...(await state()), cycle: 2 ** 53, nudgedCycle: 2 ** 53 } });
    await dispatcher.dispatch({ type: 'tick' });
    expect((await state()).cycle).toBeLessThan(10);
    for (let minute = 1; minute <= 50; minute++) {
      vi.setSystemTime(NOW + minute * MIN); // each wake the badge countdown asks for
      await dispatcher.dispatch({ type: 'tick' });
    }
    expect((await state()).phase).toBe('due');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1);
  });

  it('5. an entry dated beyond what a date can be is refused on import and dropped on read', () => {
    const file = buildExport(
      { settings: defaultSettings, history: [], exercisePrefs: { favourites: [], notForMe: [] } },
      NOW,
    );
    const text = JSON.stringify({ ...file, history: [{ kind: 'taken', at: 9e15 }] });
    expect(parseImport(text, NOW)).toMatchObject({ ok: false });
    const fromStorage = [
      { kind: 'taken', at: 9e15 },
      { kind: 'taken', at: NOW - DAY },
    ];
    return local.set({ history: fromStorage }).then(async () => {
      const entries = await readKey(historyKey, NOW);
      expect(entries).toEqual([{ kind: 'taken', at: NOW - DAY }]);
      expect(() => periodStats(entries, NOW, 7, 'UTC')).not.toThrow();
    });
  });

  it('6. a damaged version marker is repaired at once, never looped over', async () => {
    const entries: HistoryEntry[] = [{ kind: 'skipped', at: NOW - MIN }];
    await local.set({ history: entries, history$: { v: -1e8 } });
    const started = performance.now();
    expect(await readKey(historyKey, NOW)).toEqual(entries);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await stored('history$')).toEqual({ v: 1 });
    await local.set({ history$: { v: 1e8 } }); // from "a newer release": parsed as it is
    expect(await readKey(historyKey, NOW)).toEqual(entries);
  });
});

describe('import keeps what Tend keeps, and says so first', () => {
  it('7. 100,000 entries are trimmed to what Tend keeps before anything is stored', async () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({
      kind: 'skipped',
      at: NOW - (i + 1) * 5 * MIN,
    }));
    const file = buildExport(
      { settings: defaultSettings, history: [], exercisePrefs: { favourites: [], notForMe: [] } },
      NOW,
    );
    const result = parseImport(JSON.stringify({ ...file, history: many }), NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.kept).toBe(MAX_ENTRIES);
    expect(result.report.old).toBe(100_000 - MAX_ENTRIES);
    expect(result.data.history).toHaveLength(MAX_ENTRIES);

    const { send } = newWorker();
    const reply = await send('import', { data: result.data, mode: 'replace' });
    expect(reply).toEqual({ ok: true, value: { entries: MAX_ENTRIES } });
    expect(await history()).toHaveLength(MAX_ENTRIES);
  });

  it('future entries are left out and counted', () => {
    const file = buildExport(
      {
        settings: defaultSettings,
        history: [
          { kind: 'taken', at: NOW + 3 * DAY },
          { kind: 'taken', at: NOW - 400 * DAY },
          { kind: 'taken', at: NOW - DAY },
        ],
        exercisePrefs: { favourites: [], notForMe: [] },
      },
      NOW,
    );
    expect(parseImport(JSON.stringify(file), NOW)).toMatchObject({
      ok: true,
      report: { kept: 1, future: 1, old: 1 },
    });
  });

  it('merges with the history here, or replaces it, as the user chose', async () => {
    const { send } = newWorker();
    await local.set({ history: [{ kind: 'skipped', at: NOW - 2 * DAY, cycle: 9 }] });
    const data = {
      settings: defaultSettings,
      history: [{ kind: 'taken' as const, at: NOW - DAY }],
      exercisePrefs: { favourites: [], notForMe: [] },
    };
    await send('import', { data, mode: 'merge' });
    expect((await history()).map((e) => e.kind)).toEqual(['skipped', 'taken']);
    await send('import', { data, mode: 'replace' });
    expect((await history()).map((e) => e.kind)).toEqual(['taken']);
  });

  it('an import the worker finds invalid changes nothing at all', async () => {
    const { send } = newWorker();
    await local.set({ history: [{ kind: 'skipped', at: NOW - DAY }] });
    const reply = await send('import', {
      data: {
        settings: { ...defaultSettings, workIntervalSec: 1 },
        history: [],
        exercisePrefs: { favourites: [], notForMe: [] },
      },
      mode: 'replace',
    });
    expect(reply.ok).toBe(false);
    expect(await history()).toHaveLength(1);
    expect(await stored('settings')).toBeUndefined();
  });
});

describe('intents name what they act on', () => {
  it('8. "Did this help?" lands on the break it was asked about, whatever else is there', async () => {
    const { send } = newWorker();
    await local.set({
      history: [{ kind: 'taken', at: NOW + 20 * MIN, exerciseId: 'x', completed: true }],
    });
    await send('start-break', { cycle: 1 });
    vi.setSystemTime(NOW + 2 * MIN);
    const done = await send('finish-break', { cycle: 1, exerciseId: exercise.id, completed: true });
    expect(done).toEqual({ ok: true, value: { at: NOW } });
    await send('rate-exercise', { at: NOW, exerciseId: exercise.id, helped: false });
    const entries = await history();
    expect(entries.find((e) => e.exerciseId === exercise.id)?.helped).toBe(false);
    expect(entries.find((e) => e.exerciseId === 'x')?.helped).toBeUndefined();
  });

  it('9. a double click on Done records one break; on Snooze, one snooze', async () => {
    const { send } = newWorker();
    await send('start-break', { cycle: 1 });
    vi.setSystemTime(NOW + 2 * MIN);
    const finish = { cycle: 1, exerciseId: exercise.id, completed: true };
    await Promise.all([send('finish-break', finish), send('finish-break', finish)]);
    expect((await history()).filter((e) => e.kind === 'taken')).toHaveLength(1);

    const before = await state();
    await Promise.all([
      send('snooze', { cycle: before.cycle, minutes: 5 }),
      send('snooze', { cycle: before.cycle, minutes: 5 }),
    ]);
    const after = await state();
    expect(after.nextBreakAt).toBe(before.nextBreakAt + 5 * MIN);
    expect(after.snoozes.count).toBe(1);
    expect((await history()).filter((e) => e.kind === 'snoozed')).toHaveLength(1);
  });

  it('an intent for a cycle that has not begun is refused or ignored', async () => {
    const { send } = newWorker();
    await send('skip', { cycle: 99 });
    await send('finish-break', { cycle: 99, exerciseId: exercise.id });
    expect(await history()).toEqual([]);
    expect(await send('choose-exercise', { cycle: 99 })).toMatchObject({ ok: false });
  });

  it('a payload of the wrong shape is refused with words, not thrown', async () => {
    const { send } = newWorker();
    const reply = await send('snooze', { cycle: 'soon' } as never);
    expect(reply).toMatchObject({ ok: false });
  });
});

describe('the browser closed across a due time', () => {
  it('10. counts the absence from when the browser closed: a natural break', async () => {
    const { dispatcher } = newWorker();
    await dispatcher.dispatch({ type: 'startup' });
    await dispatcher.dispatch({ type: 'tick' });
    // Closed 2 minutes in; the break was due at 50 minutes; back at 53 minutes.
    vi.setSystemTime(NOW + 2 * MIN);
    await dispatcher.dispatch({ type: 'tick' });
    await fakeBrowser.storage.session.clear();
    vi.setSystemTime(NOW + 53 * MIN);
    await startBackground();
    const entries = await history();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'natural', at: NOW + 2 * MIN });
    expect((await state()).phase).toBe('working');
    expect((await state()).nextBreakAt).toBe(NOW + 53 * MIN + 50 * MIN);
  });
});

describe('any sequence of intents from two pages at once', () => {
  const intentArb = fc.oneof(
    fc.constant('start' as const),
    fc.constant('done' as const),
    fc.constant('snooze' as const),
    fc.constant('skip' as const),
    fc.constant('another' as const),
    fc.constant('setting' as const),
  );

  it('records at most one outcome per cycle and never loses a settings field', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(intentArb, fc.boolean(), fc.integer({ min: 0, max: 60 })), {
          minLength: 1,
          maxLength: 12,
        }),
        async (steps) => {
          fakeBrowser.reset();
          Object.assign(fakeBrowser, { idle, commands });
          vi.setSystemTime(NOW);
          await sync.set({ settings: synced });
          const { dispatcher, send } = newWorker();
          await dispatcher.dispatch({ type: 'startup' });
          let now = NOW;
          for (const [what, twice, minutes] of steps) {
            now += minutes * MIN;
            vi.setSystemTime(now);
            await dispatcher.dispatch({ type: 'tick' });
            const { cycle } = await state();
            const act = () => {
              switch (what) {
                case 'start':
                  return send('start-break', { cycle });
                case 'done':
                  return send('finish-break', { cycle, exerciseId: exercise.id, completed: true });
                case 'snooze':
                  return send('snooze', { cycle, minutes: 5 });
                case 'skip':
                  return send('skip', { cycle });
                case 'another':
                  return send('choose-exercise', { cycle, replacing: exercise.id });
                case 'setting':
                  return send('save-settings', { patch: { sound: minutes % 2 === 0 } });
              }
            };
            // Two pages (or a double click) send the same intent at once.
            await Promise.all(twice ? [act(), act()] : [act()]);
          }
          const outcomes = (await history()).filter((e) => e.kind !== 'deferred');
          const keys = outcomes.map((e) => `${e.cycle}`);
          expect(new Set(keys).size).toBe(keys.length);
          const settings = await stored<Settings>('settings');
          expect(Object.keys(settings).sort()).toEqual(Object.keys(defaultSettings).sort());
          expect({ ...settings, sound: false }).toEqual({ ...synced, sound: false });
        },
      ),
      { numRuns: 40 },
    );
  });
});
