import { type BrowserContext, expect, type Page, test, type Worker } from '@playwright/test';
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
 * The optional heads-up and long breaks for real, in Chromium, with the test build's
 * second-scale settings: the worker's own alarms, storage and notifications.
 */

interface Snapshot {
  phase: string;
  cycle: number;
  nudgedCycle: number;
  nextBreakAt: number;
  breakStartedAt: number | null;
  breakEndsAt: number | null;
  longBreak: boolean;
  breaksSinceLong: number;
  notifications: string[];
  now: number;
}

async function snapshot(worker: Worker): Promise<Snapshot> {
  return worker.evaluate(async () => {
    const { engineState } = await chrome.storage.local.get('engineState');
    const state = (engineState ?? {}) as Partial<Snapshot>;
    return {
      phase: state.phase ?? 'not stored yet',
      cycle: state.cycle ?? 0,
      nudgedCycle: state.nudgedCycle ?? 0,
      nextBreakAt: state.nextBreakAt ?? 0,
      breakStartedAt: state.breakStartedAt ?? null,
      breakEndsAt: state.breakEndsAt ?? null,
      longBreak: state.longBreak ?? false,
      breaksSinceLong: state.breaksSinceLong ?? 0,
      notifications: Object.keys(await chrome.notifications.getAll()),
      now: Date.now(),
    };
  });
}

const waitFor = (worker: Worker, check: (s: Snapshot) => boolean, timeout = 15_000) =>
  pollUntil(() => snapshot(worker), check, timeout);

async function sendIntent(page: Page, name: string, payload: object) {
  return page.evaluate(
    ([n, p]) => chrome.runtime.sendMessage({ tend: 'intent', name: n, payload: p }),
    [name, payload] as const,
  );
}

let context: BrowserContext;
let worker: Worker;

test.beforeEach(async () => {
  context = await launchWithExtension(newProfileDir());
  worker = await serviceWorker(context);
  await waitFor(worker, (s) => s.phase === 'working');
});

test.afterEach(async () => {
  await context?.close();
});

test('the heads-up comes before the break and does not replace its nudge', async () => {
  const settings = settingsWith({
    workIntervalSec: 6,
    breakLengthSec: 2,
    headsUpSec: 3,
    badgeCountdown: false,
  });
  await storeSettings(worker, settings);
  await waitFor(worker, (s) => s.nextBreakAt - s.now <= 6_500);

  const warned = await waitFor(worker, (s) =>
    s.notifications.some((id) => id.startsWith('tend-heads-up-')),
  );
  expect(warned.phase).toBe('working');
  expect(warned.notifications).toEqual([`tend-heads-up-${warned.cycle}`]);
  expect(warned.nudgedCycle).not.toBe(warned.cycle);
  // Shown about three seconds before the break, not at it.
  expect(warned.nextBreakAt - warned.now).toBeGreaterThan(1_000);
  expect(warned.nextBreakAt - warned.now).toBeLessThanOrEqual(3_000);

  const due = await waitFor(
    worker,
    (s) => s.phase === 'due' && s.notifications.some((id) => id.startsWith('tend-nudge-')),
  );
  expect(due.cycle).toBe(warned.cycle);
  expect(due.nudgedCycle).toBe(warned.cycle);
  // The nudge is there, and the heads-up has made way for it.
  expect(due.notifications).toEqual([`tend-nudge-${due.cycle}`]);
});

test('every second break is the long one, and the count survives a killed worker', async () => {
  await storeSettings(
    worker,
    settingsWith({
      workIntervalSec: 3,
      breakLengthSec: 1,
      longBreakEvery: 2,
      longBreakLengthSec: 4,
      badgeCountdown: false,
    }),
  );
  await waitFor(worker, (s) => s.nextBreakAt - s.now <= 3_500);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId(worker)}/popup.html`);

  const first = await waitFor(worker, (s) => s.phase === 'due');
  expect(first.longBreak).toBe(false);
  await sendIntent(page, 'start-break', { cycle: first.cycle });
  const short = await snapshot(worker);
  expect((short.breakEndsAt ?? 0) - (short.breakStartedAt ?? 0)).toBe(1_000);
  const counted = await waitFor(worker, (s) => s.phase === 'working' && s.breaksSinceLong === 1);

  // The worker is killed between breaks; the alarm starts a new one from the stored state.
  await page.close();
  killServiceWorker();
  const second = await waitFor(worker, (s) => s.phase === 'due' && s.cycle === counted.cycle);
  expect(second.longBreak).toBe(true);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId(worker)}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'A longer break' })).toBeVisible();
  await sendIntent(popup, 'start-break', { cycle: second.cycle });
  const long = await snapshot(worker);
  expect(long.phase).toBe('on-break');
  expect(long.longBreak).toBe(true);
  expect((long.breakEndsAt ?? 0) - (long.breakStartedAt ?? 0)).toBe(4_000);
  await expect(popup.getByRole('heading', { name: 'A longer break' })).toBeVisible();

  const after = await waitFor(worker, (s) => s.phase === 'working' && s.cycle > second.cycle);
  expect(after.breaksSinceLong).toBe(0);
  expect(after.longBreak).toBe(false);
});
