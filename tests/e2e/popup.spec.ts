import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page, test, type Worker } from '@playwright/test';
import { LOCALES } from '../../content/locales/messages';
import {
  extensionId,
  launchWithExtension,
  newProfileDir,
  pollUntil,
  serviceWorker,
  storeSettings,
} from './extension';
import { settingsWith } from './release-settings';

/**
 * The popup in real Chromium with the test build: what it shows in each state, that its
 * buttons move the real worker's schedule, that axe finds nothing, and a screenshot of each
 * state in light and dark (test-results/screenshots/popup-<state>.png).
 */

interface Stored {
  engineState?: {
    phase: string;
    cycle: number;
    nextBreakAt: number;
    pausedUntil: number | null;
  };
  history?: {
    kind: string;
    exerciseId?: string;
    completed?: boolean;
    helped?: boolean;
  }[];
  now: number;
}

const baseSettings = settingsWith({
  workIntervalSec: 600,
  breakLengthSec: 120,
  badgeCountdown: false,
});

async function readStored(worker: Worker): Promise<Stored> {
  return worker.evaluate(async () => {
    const { engineState, history } = await chrome.storage.local.get(['engineState', 'history']);
    return { engineState, history, now: Date.now() } as Stored;
  });
}

const waitFor = (worker: Worker, check: (s: Stored) => boolean, timeout = 10_000) =>
  pollUntil(() => readStored(worker), check, timeout);

async function setSettings(worker: Worker, overrides: Partial<typeof baseSettings> = {}) {
  await storeSettings(worker, { ...baseSettings, ...overrides });
}

/** The popup page in a tab the size of Chrome's popup (Tend aims at 360 px wide). */
async function openPopup(query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 600 });
  await page.goto(`chrome-extension://${extensionId(worker)}/popup.html${query}`);
  return page;
}

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

/** Screenshots in light and dark, each checked by axe. */
async function capture(page: Page, state: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await expectNoAxeViolations(page);
    await page.screenshot({
      path: `test-results/screenshots/popup-${state}${colorScheme === 'dark' ? '-dark' : ''}.png`,
      fullPage: true,
    });
  }
}

let context: BrowserContext;
let worker: Worker;

test.beforeEach(async () => {
  context = await launchWithExtension(newProfileDir());
  worker = await serviceWorker(context);
  await waitFor(worker, (s) => s.engineState?.phase === 'working');
  await setSettings(worker);
});

test.afterEach(async () => {
  await context?.close();
});

test('a due break: an exercise, Done, and the break is recorded with it', async () => {
  await setSettings(worker, { workIntervalSec: 3 });
  const due = await waitFor(worker, (s) => s.engineState?.phase === 'due');
  // A longer interval from here on, so the next break is not due again during the test.
  await setSettings(worker);

  const page = await openPopup();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Time for a short break' }),
  ).toBeVisible();
  const title = page.locator('.exercise-title');
  await expect(title).toBeVisible();
  await expect(title).toBeFocused();
  await capture(page, 'due');

  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('Did this help?')).toBeVisible();
  const after = await waitFor(worker, (s) => s.engineState?.phase === 'working');
  const taken = after.history?.filter((h) => h.kind === 'taken') ?? [];
  expect(taken).toHaveLength(1);
  expect(taken[0]?.exerciseId).toMatch(/^(cn|sc)-/);
  expect(taken[0]?.completed).toBe(true);
  expect(after.engineState?.cycle).toBe((due.engineState?.cycle ?? 0) + 1);
  expect(after.engineState?.nextBreakAt ?? 0).toBeGreaterThan(after.now + 500_000);
  await capture(page, 'after-done');

  await page.getByRole('button', { name: 'Yes' }).click();
  const rated = await waitFor(worker, (s) => s.history?.some((h) => h.helped === true) === true);
  expect(rated.history?.find((h) => h.kind === 'taken')?.helped).toBe(true);
});

test('working: snooze moves the next break, pause and resume', async () => {
  const page = await openPopup();
  await expect(page.getByRole('heading', { level: 1, name: /Next break at/ })).toBeVisible();
  await capture(page, 'working');

  const before = await readStored(worker);
  await page.getByRole('button', { name: 'Snooze 10 min' }).click();
  const snoozed = await waitFor(
    worker,
    (s) => (s.engineState?.nextBreakAt ?? 0) > (before.engineState?.nextBreakAt ?? 0),
  );
  expect((snoozed.engineState?.nextBreakAt ?? 0) - (before.engineState?.nextBreakAt ?? 0)).toBe(
    10 * 60_000,
  );

  await page.getByRole('button', { name: /^30 min until/ }).click();
  const paused = await waitFor(worker, (s) => s.engineState?.phase === 'paused');
  expect(Math.abs((paused.engineState?.pausedUntil ?? 0) - paused.now - 30 * 60_000)).toBeLessThan(
    5_000,
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Breaks are paused' })).toBeVisible();
  await capture(page, 'paused');

  await page.getByRole('button', { name: 'Resume breaks' }).click();
  await waitFor(worker, (s) => s.engineState?.phase === 'working');
  await expect(page.getByRole('heading', { level: 1, name: /Next break at/ })).toBeVisible();
});

test('snooze is greyed once the daily cap is used', async () => {
  await setSettings(worker, { snoozeDailyCap: 1 });
  const page = await openPopup();
  await page.getByRole('button', { name: 'Snooze 5 min' }).click();
  await expect(page.getByText(/No snoozes left for today/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Snooze 5 min' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await capture(page, 'snooze-used');
});

test('taking a break now shows the exercise of a running break', async () => {
  const page = await openPopup();
  await page.getByRole('button', { name: 'Take a break now' }).click();
  await waitFor(worker, (s) => s.engineState?.phase === 'on-break');
  await expect(page.getByRole('heading', { level: 1, name: 'Your break' })).toBeVisible();
  await expect(page.locator('.exercise-title')).toBeVisible();
  await capture(page, 'on-break');
});

test('outside work hours: why no break is coming', async () => {
  await setSettings(worker, { workHours: { enabled: true, days: [[], [], [], [], [], [], []] } });
  await waitFor(worker, (s) => s.engineState?.phase === 'off-hours');
  const page = await openPopup();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Outside your work hours' }),
  ).toBeVisible();
  await capture(page, 'off-hours');
});

test('deferred in full screen: why the break waits, and until when', async () => {
  // Headless Chromium has no real full screen: show a stored deferred state as the worker
  // would write it (the screenshot and the axe check are what this test is for).
  const page = await openPopup();
  await worker.evaluate(async () => {
    const { engineState } = await chrome.storage.local.get('engineState');
    await chrome.storage.local.set({
      engineState: { ...(engineState as object), phase: 'deferred', deferredSince: Date.now() },
    });
  });
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your break is waiting' }),
  ).toBeVisible();
  await capture(page, 'deferred');
});

test('an exercise at any time, and the small window with its Close button', async () => {
  const page = await openPopup('?view=window');
  await page.getByRole('button', { name: 'Try an exercise now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'An exercise for you' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close' })).toBeVisible();
  await capture(page, 'window-exercise');
  expect((await readStored(worker)).engineState?.phase).toBe('working');
});

test('at 200 % zoom nothing is cut off, and every control is reachable by keyboard', async () => {
  // Chrome zooms a popup by growing its window (up to 800 × 600): a 360 px popup at 200 %
  // lays out in 360 × 300 CSS pixels and scrolls. The due break is the tallest view.
  await setSettings(worker, { workIntervalSec: 3 });
  await waitFor(worker, (s) => s.engineState?.phase === 'due');
  await setSettings(worker);
  const page = await openPopup();
  await page.setViewportSize({ width: 360, height: 300 });
  await expect(page.locator('.exercise-title')).toBeVisible();

  const overflow = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    // Screen-reader-only text is clipped on purpose.
    clipped: [...document.querySelectorAll<HTMLElement>('#app *:not(.visually-hidden)')]
      .filter(
        (e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible',
      )
      .map((e) => e.className || e.tagName),
  }));
  expect(overflow).toEqual({ page: 0, clipped: [] });

  // Tab from the top reaches the last control, scrolled into view.
  const settings = page.getByRole('button', { name: 'Settings' });
  for (let i = 0; i < 40 && !(await settings.evaluate((e) => e === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(settings).toBeFocused();
  await expect(settings).toBeInViewport();
});

/** Every element whose text overflows its box (screen-reader-only text is clipped on purpose). */
const cutOff = (page: Page) =>
  page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    clipped: [...document.querySelectorAll<HTMLElement>('#app *:not(.visually-hidden)')]
      .filter(
        (e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible',
      )
      .map((e) => e.className || e.tagName),
  }));

for (const locale of LOCALES) {
  test(`in ${locale}, the chosen language, nothing is cut off at 100 % or 200 % zoom`, async () => {
    // The due break, the tallest view, in the language chosen on the options page.
    await setSettings(worker, { workIntervalSec: 3, language: locale });
    await waitFor(worker, (s) => s.engineState?.phase === 'due');
    await setSettings(worker, { language: locale });
    for (const [zoom, height] of [
      [100, 600],
      [200, 300],
    ] as const) {
      const page = await openPopup();
      await page.setViewportSize({ width: 360, height });
      await expect(page.locator('.exercise-title')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
      if (locale !== 'en') {
        await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(
          'Time for a short break',
        );
      }
      expect(await cutOff(page)).toEqual({ page: 0, clipped: [] });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.screenshot({
        path: `test-results/screenshots/popup-due-${locale}-${zoom}.png`,
        fullPage: true,
      });
      await page.close();
    }
  });
}
