import { type BrowserContext, expect, test, type Worker } from '@playwright/test';
import {
  extensionId,
  launchWithExtension,
  newProfileDir,
  pollUntil,
  serviceWorker,
  settingsWith,
  storeSettings,
} from './extension';

/**
 * Stored state with one writer, in real Chromium: damaged and synced settings, impossible
 * times, double clicks in the popup, and a browser closed across a due time (issue 10).
 */

interface Stored {
  engineState?: { phase: string; cycle: number; nextBreakAt: number };
  history?: { kind: string; at: number; cycle?: number }[];
  settings?: Record<string, unknown>;
}

const read = (worker: Worker) =>
  worker.evaluate(
    () =>
      chrome.storage.local.get(['engineState', 'history', 'settings']) as Promise<
        Record<string, unknown>
      >,
  ) as Promise<Stored>;

let context: BrowserContext;
let worker: Worker;
let profileDir: string;

test.beforeEach(async () => {
  profileDir = newProfileDir();
  context = await launchWithExtension(profileDir);
  worker = await serviceWorker(context);
  await pollUntil(
    () => read(worker),
    (s) => s.engineState?.phase === 'working',
  );
});

test.afterEach(async () => {
  await context?.close();
});

test('damaged local settings come back from the synced copy, and the options page shows it', async () => {
  const synced = settingsWith({ workIntervalSec: 25 * 60, breakLengthSec: 10 * 60 });
  await worker.evaluate(async (s) => {
    await chrome.storage.sync.set({ settings: s });
    await chrome.storage.local.set({ settings: 'damaged' });
  }, synced);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId(worker)}/options.html`);
  const restored = await pollUntil(
    () => read(worker),
    (s) => typeof s.settings === 'object',
  );
  expect(restored.settings).toEqual(synced);
  await expect(page.getByLabel('Work time between breaks')).toHaveValue('25');
  // One change on the options page keeps the rest of the synced schedule.
  await page.getByLabel('Only exercises I can do on my own').check();
  const sync = await pollUntil(
    () =>
      worker.evaluate(
        async () => (await chrome.storage.sync.get('settings')).settings as Record<string, unknown>,
      ),
    (s) => s.soloOnly === true,
  );
  expect(sync).toEqual({ ...synced, soloOnly: true });
});

test('a stored due time that is no date at all: the popup still shows the next break', async () => {
  await worker.evaluate(async () => {
    const { engineState } = await chrome.storage.local.get('engineState');
    await chrome.storage.local.set({
      engineState: { ...(engineState as object), nextBreakAt: 1e300 },
    });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`chrome-extension://${extensionId(worker)}/popup.html`);
  await expect(page.locator('main')).not.toBeEmpty();
  // The worker repairs it on its next event; the popup follows.
  await worker.evaluate(() => chrome.alarms.create('tend-wake', { when: Date.now() + 50 }));
  await expect(page.getByRole('heading', { level: 1, name: /Next break at/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a double click on Done in the popup records one break', async () => {
  await storeSettings(worker, settingsWith({ workIntervalSec: 2, breakLengthSec: 60 }));
  await pollUntil(
    () => read(worker),
    (s) => s.engineState?.phase === 'due',
  );
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId(worker)}/popup.html`);
  await page.getByRole('button', { name: 'Done' }).dblclick();
  await expect(page.getByText('Did this help?')).toBeVisible();
  const after = await pollUntil(
    () => read(worker),
    (s) => (s.history ?? []).length > 0,
  );
  await page.waitForTimeout(500); // a second record would land by now
  expect((await read(worker)).history?.filter((e) => e.kind === 'taken')).toHaveLength(1);
  expect(after.engineState?.phase).toBe('working');
});

test('closed across a due time and away for a break length: a natural break', async () => {
  await storeSettings(
    worker,
    settingsWith({ workIntervalSec: 5, breakLengthSec: 12, badgeCountdown: false }),
  );
  await pollUntil(
    () => read(worker),
    (s) => (s.engineState?.nextBreakAt ?? 0) - Date.now() < 6_000,
  );
  await context.close();
  // Due 5 s after the settings; back 14 s after: away 14 s (more than the 12 s break), but
  // only 9 s past the due time.
  await new Promise((wait) => setTimeout(wait, 13_500));
  context = await launchWithExtension(profileDir);
  worker = await serviceWorker(context);
  const back = await pollUntil(
    () => read(worker),
    (s) => (s.history ?? []).length > 0,
  );
  expect(back.history?.map((e) => e.kind)).toEqual(['natural']);
  expect(back.engineState?.phase).toBe('working');
});
