import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exercises } from '@/content/library/index';
import background from '@/entrypoints/background';
import type { EngineState } from '@/lib/engine/types';
import { post } from '@/lib/protocol';
import { defaultSettings } from '@/lib/settings/settings';
import { FRAME_PAGE, frameKey } from '@/lib/store/frame-key';
import { snapshotIn } from '@/lib/store/popup-view';
import { parseQueryJson } from '@/lib/store/query-json';
import { HEADS_UP_PREFIX, NUDGE_PREFIX, WAKE_ALARM } from '@/lib/worker/effects';

const platform = vi.hoisted(() => ({ isFirefox: false }));
vi.mock('@/lib/worker/platform', () => platform);

const MIN = 60_000;
const START = Date.UTC(2026, 10, 23, 8, 0);

/** fakeBrowser has no `idle` API: a small stand-in that records what the worker asked. */
const idle = {
  setDetectionInterval: vi.fn(),
  queryState: vi.fn(async () => 'active' as const),
  onStateChanged: { addListener: vi.fn() },
};

/** fakeBrowser has no keyboard commands: a stand-in that keeps the worker's listener. */
const commands = {
  listeners: [] as ((command: string) => void)[],
  onCommand: {
    addListener: (listener: (command: string) => void) => commands.listeners.push(listener),
  },
  trigger: (command: string) => {
    for (const listener of commands.listeners) listener(command);
  },
};

/** Chrome's permission level, which fakeBrowser does not know (it throws). */
function permissionLevel(level: 'granted' | 'denied') {
  Object.assign(fakeBrowser.notifications, { getPermissionLevel: async () => level });
}

async function storedState(): Promise<EngineState> {
  const { engineState } = await fakeBrowser.storage.local.get('engineState');
  return engineState as EngineState;
}

/**
 * Polls until `check` holds. Not vi.waitFor: that advances the faked clock on each poll, and
 * these tests need the clock to stand still.
 */
async function settled(check: () => Promise<unknown> | unknown) {
  const deadline = performance.now() + 2000;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${check}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function startWorker() {
  background.main();
  await settled(async () => (await fakeBrowser.alarms.get(WAKE_ALARM)) !== undefined);
  // Let the start-up presence check finish too.
  await new Promise((r) => setTimeout(r, 20));
}

/** Moves the clock to `target`, firing the wake alarm each time it comes due on the way. */
async function advanceTo(target: number) {
  for (let guard = 0; guard < 500; guard++) {
    const alarm = await fakeBrowser.alarms.get(WAKE_ALARM);
    if (!alarm || alarm.scheduledTime > target) break;
    vi.setSystemTime(alarm.scheduledTime);
    await fakeBrowser.alarms.clear(WAKE_ALARM); // fired: a one-shot alarm is gone
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await new Promise((r) => setTimeout(r, 2));
  }
  vi.setSystemTime(target);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
  Object.assign(fakeBrowser, { idle, commands });
  commands.listeners = [];
  // A stub set by one test would outlive fakeBrowser.reset(): each test starts from granted.
  permissionLevel('granted');
  idle.setDetectionInterval.mockClear();
  platform.isFirefox = false;
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the background worker', () => {
  it('on start stores a fresh schedule, sets the badge and creates the wake alarm', async () => {
    await startWorker();
    const state = await storedState();
    expect(state.phase).toBe('working');
    expect(state.nextBreakAt).toBe(START + 50 * MIN);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('50m');
    expect((await fakeBrowser.alarms.get(WAKE_ALARM))?.scheduledTime).toBe(START + MIN);
    expect(idle.setDetectionInterval).toHaveBeenCalledWith(60);
  });

  it('nudges once with Start and Snooze buttons when the break is due', async () => {
    await startWorker();
    await advanceTo(START + 50 * MIN);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: WAKE_ALARM,
      scheduledTime: START,
      persistAcrossSessions: false,
    });
    const shown = fakeBrowser.notifications.getAllCreateOptions();
    expect(Object.keys(shown)).toEqual([`${NUDGE_PREFIX}1`]);
    expect(shown[`${NUDGE_PREFIX}1`]).toMatchObject({
      title: 'Time for a short break',
      buttons: [{ title: 'Start' }, { title: 'Snooze' }],
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('now');
  });

  it('gives a silent heads-up before the break, then the nudge all the same', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings, headsUpSec: 120 } });
    await startWorker();
    await advanceTo(START + 48 * MIN);
    const before = fakeBrowser.notifications.getAllCreateOptions();
    expect(Object.keys(before)).toEqual([`${HEADS_UP_PREFIX}1`]);
    expect(before[`${HEADS_UP_PREFIX}1`]).toMatchObject({
      title: 'A break is coming up',
      message: 'In about 2 min. Time to find a good place to pause.',
      silent: true,
    });
    expect(before[`${HEADS_UP_PREFIX}1`]).not.toHaveProperty('buttons');

    await advanceTo(START + 50 * MIN);
    const after = fakeBrowser.notifications.getAllCreateOptions();
    expect(Object.keys(after)).toEqual([`${NUDGE_PREFIX}1`]);
    expect((await storedState()).nudgedCycle).toBe(1);
  });

  it('nudges in the language chosen on the options page, whatever the browser speaks', async () => {
    const french = { ...defaultSettings, language: 'fr' as const };
    await fakeBrowser.storage.local.set({ settings: french });
    await fakeBrowser.storage.sync.set({ settings: french });
    await startWorker();
    await advanceTo(START + 50 * MIN);
    const shown = fakeBrowser.notifications.getAllCreateOptions();
    expect(shown[`${NUDGE_PREFIX}1`]).toMatchObject({
      title: 'C’est l’heure d’une courte pause',
      buttons: [{ title: 'Commencer' }, { title: 'Plus tard' }],
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('prêt');
  });

  it('never nudges twice when two wake-ups arrive together', async () => {
    await startWorker();
    await advanceTo(START + 50 * MIN - 1);
    vi.setSystemTime(START + 50 * MIN);
    const wake = {
      name: WAKE_ALARM,
      scheduledTime: START + 50 * MIN,
      persistAcrossSessions: false,
    };
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await Promise.all([
      fakeBrowser.alarms.onAlarm.trigger(wake),
      fakeBrowser.alarms.onAlarm.trigger(wake),
      fakeBrowser.runtime.onStartup.trigger(),
    ]);
    await settled(async () => (await storedState()).phase === 'due');
    await new Promise((r) => setTimeout(r, 20));
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('snoozes from the notification button and records the snooze', async () => {
    await startWorker();
    await advanceTo(START + 50 * MIN);
    await fakeBrowser.notifications.onButtonClicked.trigger(`${NUDGE_PREFIX}1`, 1);
    await settled(async () => (await storedState()).phase === 'working');
    expect((await storedState()).nextBreakAt).toBe(START + 55 * MIN);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    const { history } = await fakeBrowser.storage.local.get('history');
    expect(history).toEqual([
      {
        kind: 'snoozed',
        at: START + 50 * MIN,
        dueAt: START + 50 * MIN,
        durationMs: 5 * MIN,
        cycle: 1,
      },
    ]);
  });

  it('opens the exercise in a small window when the popup cannot be opened', async () => {
    await startWorker();
    await advanceTo(START + 50 * MIN);
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await fakeBrowser.notifications.onButtonClicked.trigger(`${NUDGE_PREFIX}1`, 0);
    await settled(() => create.mock.calls.length > 0);
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({
        url: expect.stringContaining('/popup.html?view=window'),
        type: 'popup',
      }),
    );
    expect((await storedState()).phase).toBe('on-break');
    // The window opens on the break just begun, with its exercise, in its first frame.
    const carried = snapshotIn(new URL(String(create.mock.calls[0]?.[0]?.url)).search);
    expect(carried?.engineState).toEqual(await storedState());
    expect(carried?.currentExercise).toEqual(
      (await fakeBrowser.storage.local.get('currentExercise')).currentExercise,
    );
  });

  it('hands the popup what it shows in its address, after every change', async () => {
    const carried = async () =>
      snapshotIn(new URL(await fakeBrowser.action.getPopup({}), 'chrome-extension://t/').search);
    await startWorker();
    await settled(async () => (await carried())?.engineState !== undefined);
    expect((await carried())?.engineState).toEqual(await storedState());
    expect((await carried())?.settings).toEqual(
      (await fakeBrowser.storage.local.get('settings')).settings,
    );
    await advanceTo(START + 50 * MIN);
    await settled(
      async () => ((await carried())?.engineState as { phase?: string })?.phase === 'due',
    );
    let atOpen: Record<string, unknown> | null = null;
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockImplementation(async () => {
      atOpen = await carried();
    });
    await fakeBrowser.notifications.onClicked.trigger(`${NUDGE_PREFIX}1`);
    await settled(() => openPopup.mock.calls.length === 1 && atOpen !== null);
    // The popup opens at the address of the moment: the break begun and its exercise.
    const shown = atOpen as Record<string, unknown> | null;
    expect(shown?.engineState).toMatchObject({ phase: 'on-break' });
    expect(shown?.currentExercise).toMatchObject({ cycle: (await storedState()).cycle });
    expect(shown).not.toHaveProperty('history');
  });

  it('hands the next popup the first frame the last one drew, for the same state only', async () => {
    const address = async () =>
      new URL(await fakeBrowser.action.getPopup({}), 'chrome-extension://t/');
    const send = (name: string, payload: unknown) =>
      fakeBrowser.runtime.onMessage.trigger({ tend: 'intent', name, payload }, {}, () => undefined);
    await startWorker();
    await settled(async () => snapshotIn((await address()).search)?.engineState !== undefined);
    const drawn = await address();
    expect(drawn.pathname).toBe('/popup.html');
    // A popup of this state hands its frame over (components/popup/frame-cache.ts).
    const key = frameKey(drawn.search) as string;
    const clock = JSON.stringify(['en test', [['hour', '4']], 'AM', 'h12', false]);
    post('keep-frame', { key, frame: '{"nodes":["kept"]}', clock });
    await settled(async () => (await address()).pathname === FRAME_PAGE);
    // The frame page's address carries just the frame: its app reads the rest from storage.
    expect(parseQueryJson((await address()).search, 'frame')).toEqual({ nodes: ['kept'] });
    // A wake that changes only the worker's bookkeeping keeps it; a new state does not.
    const published = vi.spyOn(fakeBrowser.action, 'setPopup');
    await advanceTo(START + 2 * MIN);
    await settled(() => published.mock.calls.length > 0);
    expect((await address()).pathname).toBe(FRAME_PAGE);
    await send('snooze', { cycle: 1 }); // not due: changes nothing
    await send('start-break', { cycle: 1 });
    await settled(async () => (await address()).pathname === '/popup.html');
    expect((await address()).searchParams.has('frame')).toBe(false);
    // How popups write a time of day goes to every popup's address.
    expect(parseQueryJson((await address()).search, 'clock')).toEqual(JSON.parse(clock));
    // A frame for another state than the current one is not handed on.
    await send('keep-frame', { key, frame: '{"nodes":["old"]}' });
    await new Promise((r) => setTimeout(r, 20));
    expect((await address()).pathname).toBe('/popup.html');
    // Nor an oversized one.
    const onBreak = frameKey((await address()).search) as string;
    await send('keep-frame', { key: onBreak, frame: 'x'.repeat(70_000) });
    await new Promise((r) => setTimeout(r, 20));
    expect((await address()).pathname).toBe('/popup.html');
  });

  it('opens the toolbar popup where the browser allows it', async () => {
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await startWorker();
    await advanceTo(START + 50 * MIN);
    await fakeBrowser.notifications.onClicked.trigger(`${NUDGE_PREFIX}1`);
    await settled(() => openPopup.mock.calls.length === 1);
    await new Promise((r) => setTimeout(r, 20));
    expect(create).not.toHaveBeenCalled();
  });

  it('on Firefox shows a plain notification whose click opens the exercise window', async () => {
    platform.isFirefox = true;
    await startWorker();
    await advanceTo(START + 50 * MIN);
    const shown = fakeBrowser.notifications.getAllCreateOptions()[`${NUDGE_PREFIX}1`];
    expect(shown).toBeDefined();
    expect(shown).not.toHaveProperty('buttons');
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await fakeBrowser.notifications.onClicked.trigger(`${NUDGE_PREFIX}1`);
    await settled(() => create.mock.calls.length > 0);
    expect((await storedState()).phase).toBe('on-break');
  });

  it('on Firefox adds no listener for notification buttons, which Firefox never fires', async () => {
    platform.isFirefox = true;
    const listen = vi.spyOn(fakeBrowser.notifications.onButtonClicked, 'addListener');
    await startWorker();
    expect(listen).not.toHaveBeenCalled();
  });

  it('replaces a corrupt stored state with a fresh schedule instead of crashing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ engineState: { phase: 'lunch', nextBreakAt: 'soon' } });
    await startWorker();
    expect((await storedState()).nextBreakAt).toBe(START + 50 * MIN);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('local:engineState was repaired'));
  });

  it('keeps every valid setting when one stored setting is corrupt', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({
      settings: { ...defaultSettings, workIntervalSec: 25 * 60, breakLengthSec: -4 },
    });
    await startWorker();
    expect((await storedState()).nextBreakAt).toBe(START + 25 * MIN);
    const { settings } = await fakeBrowser.storage.local.get('settings');
    expect(settings).toMatchObject({ workIntervalSec: 25 * 60, breakLengthSec: 5 * 60 });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('breakLengthSec'));
  });

  it('re-creates a lost alarm from stored state when the worker starts again', async () => {
    await startWorker();
    await advanceTo(START + 20 * MIN);
    await fakeBrowser.alarms.clearAll(); // Chrome may drop alarms; Firefox does on restart
    fakeBrowser.runtime.resetState();
    vi.setSystemTime(START + 20 * MIN + 5_000);
    await startWorker();
    expect((await storedState()).nextBreakAt).toBe(START + 50 * MIN);
    expect((await fakeBrowser.alarms.get(WAKE_ALARM))?.scheduledTime).toBe(START + 21 * MIN);
  });

  it('reschedules at once when the settings change', async () => {
    await startWorker();
    await fakeBrowser.storage.local.set({
      settings: { ...defaultSettings, workIntervalSec: 30 * 60 },
    });
    await settled(async () => (await storedState()).nextBreakAt === START + 30 * MIN);
  });

  it('adopts valid settings that arrive from another browser through sync', async () => {
    await startWorker();
    await fakeBrowser.storage.sync.set({
      settings: { ...defaultSettings, workIntervalSec: 20 * 60 },
    });
    await settled(async () => (await storedState()).nextBreakAt === START + 20 * MIN);
    await fakeBrowser.storage.sync.set({ settings: { workIntervalSec: 'forever' } });
    await new Promise((r) => setTimeout(r, 20));
    const { settings } = await fakeBrowser.storage.local.get('settings');
    expect(settings).toMatchObject({ workIntervalSec: 20 * 60 });
  });

  it('handles intents from the popup and records the answer to "Did this help?"', async () => {
    await startWorker();
    const send = (name: string, payload: unknown) =>
      fakeBrowser.runtime.onMessage.trigger({ tend: 'intent', name, payload }, {}, () => undefined);
    const exercise = exercises[0];
    if (!exercise) throw new Error('the library is empty');
    await send('start-break', { cycle: 1 });
    vi.setSystemTime(START + 2 * MIN);
    await send('finish-break', { cycle: 1, exerciseId: exercise.id, completed: true });
    // The same Done again (a double click) records nothing more.
    await send('finish-break', { cycle: 1, exerciseId: exercise.id, completed: true });
    await send('rate-exercise', { at: START, exerciseId: exercise.id, helped: true });
    const { history } = await fakeBrowser.storage.local.get('history');
    expect(history).toEqual([
      {
        kind: 'taken',
        at: START,
        durationMs: 2 * MIN,
        cycle: 1,
        exerciseId: exercise.id,
        exerciseKind: exercise.kind,
        completed: true,
        helped: true,
      },
    ]);
    expect((await storedState()).nextBreakAt).toBe(START + 52 * MIN);
  });

  it('ignores messages that are not intents', async () => {
    await startWorker();
    const before = await storedState();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'skip' }, {}, () => undefined);
    expect(await storedState()).toEqual(before);
  });

  it('falls back to the badge and says why when notifications are turned off', async () => {
    permissionLevel('denied');
    await startWorker();
    await advanceTo(START + 50 * MIN);
    await settled(async () => (await storedState()).phase === 'due');
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('now');
    expect((await fakeBrowser.storage.local.get('nudgeProblem')).nudgeProblem).toBe('denied');
  });

  it('records a nudge that failed to show, and clears it once one shows', async () => {
    permissionLevel('granted');
    await startWorker();
    const create = vi
      .spyOn(fakeBrowser.notifications, 'create')
      .mockRejectedValueOnce(new Error('no notification centre'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await advanceTo(START + 50 * MIN);
    await settled(
      async () => (await fakeBrowser.storage.local.get('nudgeProblem')).nudgeProblem === 'failed',
    );
    expect(await fakeBrowser.action.getBadgeText({})).toBe('now');
    // Snooze, and the next nudge shows.
    await fakeBrowser.notifications.onButtonClicked.trigger(`${NUDGE_PREFIX}1`, 1);
    await settled(async () => (await storedState()).phase === 'working');
    await advanceTo(START + 55 * MIN);
    await settled(
      async () =>
        ((await fakeBrowser.storage.local.get('nudgeProblem')).nudgeProblem ?? null) === null,
    );
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('answers a test nudge with whether it could be shown', async () => {
    await startWorker();
    const send = () =>
      new Promise((resolve) =>
        fakeBrowser.runtime.onMessage
          .trigger({ tend: 'intent', name: 'test-nudge', payload: {} }, {}, () => undefined)
          .then(([reply]) => resolve(reply)),
      );
    permissionLevel('granted');
    expect(await send()).toEqual({ ok: true, value: null });
    expect(fakeBrowser.notifications.getAllCreateOptions()['tend-test-nudge']).toMatchObject({
      title: 'Tend can reach you',
    });
    permissionLevel('denied');
    expect(await send()).toEqual({ ok: true, value: 'denied' });
    expect((await fakeBrowser.storage.local.get('nudgeProblem')).nudgeProblem).toBe('denied');
  });

  it('takes a break now from the keyboard shortcut, and opens the exercise', async () => {
    await startWorker();
    const popup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    commands.trigger('some-other-command');
    commands.trigger('take-break');
    await settled(async () => (await storedState()).phase === 'on-break');
    expect((await storedState()).cycle).toBe(1);
    expect(popup).toHaveBeenCalledTimes(1);
  });

  it('opens the welcome page on install, never on an update or a browser start', async () => {
    await startWorker();
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.9.0',
    });
    await fakeBrowser.runtime.onStartup.trigger();
    expect(opened).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await settled(() => opened.mock.calls.length === 1);
    expect(opened.mock.calls[0]?.[0].url).toMatch(/\/welcome\.html$/);
    // Chromium reports an extension loaded from the command line as installed at every start.
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await new Promise((r) => setTimeout(r, 20));
    expect(opened).toHaveBeenCalledTimes(1);
  });
});
