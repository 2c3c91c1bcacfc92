import { type BrowserContext, expect, type Page, test, type Worker } from '@playwright/test';
import { parseQueryJson } from '../../lib/store/query-json';
import {
  extensionId,
  killServiceWorker,
  launchWithExtension,
  newProfileDir,
  pollUntil,
  serviceWorker,
  storeSettings,
} from './extension';
import { settingsWith } from './release-settings';

/**
 * The break cycle for real, in Chromium, with the test build's second-scale settings: the
 * worker's own alarms, storage, badge and notifications — nothing faked but the idle source.
 */

interface Snapshot {
  phase: string;
  cycle: number;
  nextBreakAt: number;
  dueSince: number | null;
  badge: string;
  nudges: string[];
  history: { kind: string; at: number }[];
  now: number;
}

const baseSettings = settingsWith({
  workIntervalSec: 3,
  breakLengthSec: 2,
  snoozeSec: 2,
  idleThresholdSec: 15,
});

async function snapshot(worker: Worker): Promise<Snapshot> {
  return worker.evaluate(async () => {
    const stored = await chrome.storage.local.get(['engineState', 'history']);
    const state = (stored.engineState ?? {}) as Partial<Snapshot>;
    return {
      phase: state.phase ?? 'not stored yet',
      cycle: state.cycle ?? 0,
      nextBreakAt: state.nextBreakAt ?? 0,
      dueSince: state.dueSince ?? null,
      badge: await chrome.action.getBadgeText({}),
      nudges: Object.keys(await chrome.notifications.getAll()),
      history: (stored.history ?? []) as Snapshot['history'],
      now: Date.now(),
    };
  });
}

/** Saves settings, then waits for the worker to reschedule from them. */
async function useSettings(worker: Worker, overrides: Partial<typeof baseSettings> = {}) {
  const settings = { ...baseSettings, ...overrides };
  await storeSettings(worker, settings);
  // The worker reschedules from the storage change; wait until it has.
  await waitFor(worker, (s) => s.nextBreakAt - s.now <= settings.workIntervalSec * 1000 + 500);
}

/** An extension page from which to send intents, as the popup does. */
async function extensionPage(context: BrowserContext, worker: Worker): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId(worker)}/popup.html`);
  return page;
}

/** Sends an intent as the popup does (lib/protocol.ts), and returns the worker's reply. */
async function sendIntent(page: Page, name: string, payload: object) {
  return page.evaluate(
    ([n, p]) => chrome.runtime.sendMessage({ tend: 'intent', name: n, payload: p }),
    [name, payload] as const,
  );
}

const waitFor = (worker: Worker, check: (s: Snapshot) => boolean, timeout = 10_000) =>
  pollUntil(() => snapshot(worker), check, timeout);

let context: BrowserContext;
let worker: Worker;
let profileDir: string;

test.beforeEach(async () => {
  profileDir = newProfileDir();
  context = await launchWithExtension(profileDir);
  worker = await serviceWorker(context);
  await waitFor(worker, (s) => s.phase === 'working');
});

test.afterEach(async () => {
  await context?.close();
});

test('the badge counts down the minutes to the next break', async () => {
  await useSettings(worker, { workIntervalSec: 62 });
  const first = await waitFor(worker, (s) => s.badge === '2m');
  const next = await waitFor(worker, (s) => s.badge === '1m', 5_000);
  // The minute changed at the exact moment, from the worker's own alarm.
  expect(next.now - first.now).toBeLessThan(4_000);
});

test('a break comes due on time, nudges once, and snooze delays it', async () => {
  await useSettings(worker);
  const due = await waitFor(worker, (s) => s.phase === 'due' && s.nudges.length > 0);
  expect(due.dueSince).not.toBeNull();
  expect((due.dueSince ?? 0) - due.nextBreakAt).toBeLessThan(1_000);
  expect(due.nudges).toEqual([`tend-nudge-${due.cycle}`]);
  // The state is stored before the badge is set (so a killed worker never nudges twice).
  await waitFor(worker, (s) => s.badge === 'now', 2_000);

  const page = await extensionPage(context, worker);
  expect(await sendIntent(page, 'snooze', { cycle: due.cycle })).toEqual({ ok: true, value: null });
  // The same snooze again (a double click) is for a cycle that is over: nothing changes.
  await sendIntent(page, 'snooze', { cycle: due.cycle });
  const snoozed = await snapshot(worker);
  expect(snoozed.phase).toBe('working');
  expect(snoozed.nudges).toEqual([]);
  expect(snoozed.nextBreakAt - snoozed.now).toBeGreaterThan(1_000);
  expect(snoozed.history.map((h) => h.kind)).toEqual(['snoozed']);

  const again = await waitFor(worker, (s) => s.phase === 'due' && s.nudges.length > 0);
  expect(again.nudges).toEqual([`tend-nudge-${again.cycle}`]);
  expect(again.cycle).toBe(due.cycle + 1);
  expect(again.history.filter((h) => h.kind === 'snoozed')).toHaveLength(1);
  expect((again.dueSince ?? 0) - again.nextBreakAt).toBeLessThan(1_000);
});

test('a whole break: start, end on its own, and the next interval begins', async () => {
  await useSettings(worker);
  const due = await waitFor(worker, (s) => s.phase === 'due');
  const page = await extensionPage(context, worker);
  await sendIntent(page, 'start-break', { cycle: due.cycle });
  expect((await snapshot(worker)).phase).toBe('on-break');
  const after = await waitFor(worker, (s) => s.phase === 'working' && s.history.length > 0);
  expect(after.history.map((h) => h.kind)).toEqual(['taken']);
  expect(after.nudges).toEqual([]);
});

test('stepping away for a break length counts as a natural break and resets the timer', async () => {
  await useSettings(worker, { workIntervalSec: 30, breakLengthSec: 2 });
  const page = await extensionPage(context, worker);
  const before = await snapshot(worker);
  await page.evaluate(() => chrome.runtime.sendMessage({ tend: 'test-presence', state: 'locked' }));
  await page.waitForTimeout(2_500);
  await page.evaluate(() => chrome.runtime.sendMessage({ tend: 'test-presence', state: 'active' }));
  const after = await snapshot(worker);
  expect(after.history.map((h) => h.kind)).toEqual(['natural']);
  expect(after.nextBreakAt).toBeGreaterThan(before.nextBreakAt + 2_000);
  expect(after.nudges).toEqual([]);
});

test('a killed worker still nudges on time: the alarm starts a new one', async () => {
  await useSettings(worker, { workIntervalSec: 6, badgeCountdown: false });
  const planned = (await snapshot(worker)).nextBreakAt;
  await worker.evaluate(() => {
    (globalThis as { tendMarker?: number }).tendMarker = 1;
  });
  killServiceWorker();
  // The alarm starts a new worker: its memory is empty, its schedule is not.
  const due = await waitFor(worker, (s) => s.phase === 'due' && s.nudges.length > 0, 15_000);
  const marker = await worker.evaluate(() => (globalThis as { tendMarker?: number }).tendMarker);
  expect(marker).toBeUndefined();
  expect(due.nextBreakAt).toBe(planned);
  expect((due.dueSince ?? 0) - planned).toBeLessThan(1_000);
  expect(due.nudges).toHaveLength(1);
});

test('the schedule carries on after the browser is closed and opened again', async () => {
  await useSettings(worker, { workIntervalSec: 12, badgeCountdown: false });
  const planned = (await snapshot(worker)).nextBreakAt;
  await context.close();
  context = await launchWithExtension(profileDir);
  worker = await serviceWorker(context);
  const restarted = await waitFor(worker, (s) => s.phase === 'working' || s.phase === 'due');
  expect(restarted.nextBreakAt).toBe(planned);
  const due = await waitFor(worker, (s) => s.phase === 'due' && s.nudges.length > 0, 20_000);
  expect((due.dueSince ?? 0) - planned).toBeLessThan(1_000);
  expect(due.nudges).toHaveLength(1);
});

test('with the chime on, the nudge plays it from an offscreen page (Chrome)', async () => {
  const offscreenPages = () =>
    worker.evaluate(
      async () =>
        (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length,
    );
  await useSettings(worker, { sound: true });
  expect(await offscreenPages()).toBe(0);
  await waitFor(worker, (s) => s.phase === 'due' && s.nudges.length > 0);
  expect(await pollUntil(offscreenPages, (n) => n > 0)).toBe(1);
});

test('starting from the notification opens the exercise', async () => {
  await useSettings(worker);
  await waitFor(worker, (s) => s.phase === 'due' && s.nudges.length > 0);
  const page = await extensionPage(context, worker);
  await page.evaluate(() => chrome.runtime.sendMessage({ tend: 'test-notification-click' }));
  // Chromium lets the extension open its toolbar popup (the small-window fallback, used
  // where it cannot, is covered by the worker's unit tests and the popup's e2e tests).
  const views = await pollUntil(
    () =>
      worker.evaluate(async () =>
        (await chrome.runtime.getContexts({ contextTypes: ['POPUP', 'TAB'] })).map(
          (c) => `${c.contextType} ${c.documentUrl}`,
        ),
      ),
    (list) => list.some((v) => v.startsWith('POPUP') || v.includes('view=window')),
  );
  // The toolbar popup, at the address that carries the break just begun (its first frame).
  const popup = views.find((v) => v.startsWith('POPUP') && v.includes('/popup.html?'));
  expect(popup).toBeDefined();
  const carried = (parseQueryJson(new URL(popup?.split(' ')[1] ?? '').search, 'tend') ?? {}) as {
    engineState?: { phase?: string };
  };
  expect(carried.engineState?.phase).toBe('on-break');
  expect((await snapshot(worker)).phase).toBe('on-break');
});
