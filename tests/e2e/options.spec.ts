import { mkdirSync, readFileSync } from 'node:fs';
import { expect, type Page, test, type Worker } from '@playwright/test';
import { extensionId, launchWithExtension, newProfileDir, serviceWorker } from './extension';

/** The options page for real: the schedule moves at once, and data survives a round trip. */

async function openOptions(): Promise<{ page: Page; worker: Worker; close: () => Promise<void> }> {
  const context = await launchWithExtension(newProfileDir());
  const worker = await serviceWorker(context);
  await expect
    .poll(() =>
      worker.evaluate(async () => (await chrome.storage.local.get('engineState')).engineState),
    )
    .toBeTruthy();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId(worker)}/options.html`);
  await page.getByLabel('Work time between breaks').waitFor();
  return { page, worker, close: () => context.close() };
}

const state = (worker: Worker) =>
  worker.evaluate(async () => {
    const { engineState } = await chrome.storage.local.get('engineState');
    const s = engineState as { nextBreakAt: number; workStartedAt: number };
    return { ...s, badge: await chrome.action.getBadgeText({}), now: Date.now() };
  });

test('changing the interval moves the next break and the badge at once', async () => {
  const { page, worker, close } = await openOptions();
  const before = await state(worker);
  expect(before.badge).toBe('50m');
  await page.getByLabel('Work time between breaks').fill('25');
  await page.getByLabel('Work time between breaks').press('Tab');
  await expect
    .poll(async () => (await state(worker)).nextBreakAt)
    .toBe(before.workStartedAt + 25 * 60_000);
  await expect.poll(async () => (await state(worker)).badge).toBe('25m');
  await expect(page.getByText(/your next break is at/)).toBeVisible();
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/options.png', fullPage: true });
  await close();
});

test('choosing a language shows the options page and the popup in it, and back', async () => {
  const { page, worker, close } = await openOptions();
  // click, not check: the page reloads at once, so the radio a check would look at again is
  // gone; the reloaded page is checked below.
  await page.getByRole('radio', { name: 'Français' }).click();
  // The page reloads in the chosen language.
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages de Tend' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('radio', { name: 'Français' })).toBeChecked();
  const popup = await page.context().newPage();
  await popup.goto(`chrome-extension://${extensionId(worker)}/popup.html`);
  await expect(popup.getByRole('button', { name: 'Faire une pause maintenant' })).toBeVisible();
  await page.getByRole('radio', { name: 'Celle du navigateur' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tend settings' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Same as the browser' })).toBeChecked();
  await close();
});

test('export, then import on a fresh profile, gives the same settings and history', async () => {
  const first = await openOptions();
  await first.page.getByRole('button', { name: '25 min work, 5 min break' }).click();
  const history = [
    {
      kind: 'taken',
      at: Date.now() - 60_000,
      durationMs: 120_000,
      exerciseId: 'sc-kind-word',
      exerciseKind: 'self-compassion',
      completed: true,
    },
  ];
  await first.worker.evaluate((h) => chrome.storage.local.set({ history: h }), history);
  await expect
    .poll(() =>
      first.worker.evaluate(
        async () =>
          ((await chrome.storage.local.get('settings')).settings as { workIntervalSec?: number })
            ?.workIntervalSec,
      ),
    )
    .toBe(1500);
  const settings = await first.worker.evaluate(
    async () => (await chrome.storage.local.get('settings')).settings,
  );
  const download = first.page.waitForEvent('download');
  await first.page.getByRole('button', { name: 'Export settings and history' }).click();
  const file = 'test-results/tend-export.json';
  await (await download).saveAs(file); // kept: the download goes with its browser
  await first.close();

  const second = await openOptions();
  await second.page.getByLabel('Import from a file').setInputFiles(file);
  await second.page.getByRole('button', { name: 'Yes, go ahead' }).click();
  await expect(second.page.getByText('Imported.')).toBeVisible();
  const after = await second.worker.evaluate(async () =>
    chrome.storage.local.get(['settings', 'history']),
  );
  expect(after.settings).toEqual(settings);
  expect(after.history).toEqual(history);
  expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('tend-export');
  await second.close();
});

test('a corrupt import file is refused and changes nothing', async () => {
  const { page, worker, close } = await openOptions();
  const before = await worker.evaluate(() => chrome.storage.local.get(['settings', 'history']));
  await page.getByLabel('Import from a file').setInputFiles({
    name: 'tend.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{"format":"tend-export","version":1,"settings":{"breakLengthSec":"long"},"history":[]}',
    ),
  });
  await expect(page.getByRole('alert')).toContainText('Nothing was changed');
  expect(await worker.evaluate(() => chrome.storage.local.get(['settings', 'history']))).toEqual(
    before,
  );
  await close();
});
