import { type BrowserContext, expect, type Page, test, type Worker } from '@playwright/test';
import { parseQueryJson } from '../../lib/store/query-json';
import {
  extensionId,
  launchWithExtension,
  newProfileDir,
  pollUntil,
  serviceWorker,
} from './extension';
import { paintTimes } from './paint-times';

/**
 * The popup's first frame (issue 15): the worker keeps the popup's address carrying what it
 * shows, so the page draws the real state in its first paint, with no storage round trip and
 * no placeholder; a snapshot overtaken by events is corrected at once.
 */

let context: BrowserContext;
let worker: Worker;

test.beforeEach(async () => {
  context = await launchWithExtension(newProfileDir());
  worker = await serviceWorker(context);
  await pollUntil(
    () => worker.evaluate(() => chrome.action.getPopup({})),
    (address) => address.includes('tend='),
    10_000,
  );
});

test.afterEach(async () => {
  await context?.close();
});

/** What the toolbar button would open now. */
const popupAddress = () => worker.evaluate(() => chrome.action.getPopup({}));

/** When the first contentful paint came, and when the element named `name` was first painted. */
const paintTimesOf = (page: Page, name: string) =>
  page.evaluate(paintTimes, { name, waitMs: 2_000 });

/** The toolbar's address once it carries the stored state (it follows each write within moments). */
async function settledAddress(): Promise<string> {
  const { address } = await pollUntil(
    async () => {
      const address = await popupAddress();
      const carried = (parseQueryJson(new URL(address).search, 'tend') ?? {}) as {
        engineState?: unknown;
      };
      const stored = await worker.evaluate(() => chrome.storage.local.get('engineState'));
      return {
        address,
        same: JSON.stringify(carried.engineState) === JSON.stringify(stored.engineState),
      };
    },
    ({ same }) => same,
    5_000,
  );
  return address;
}

test('the address carries the stored state, and the first paint already shows the next break', async () => {
  const address = await settledAddress();
  const page = await context.newPage();
  await page.goto(address);
  await expect(page.getByRole('heading', { level: 1, name: /Next break at/ })).toBeVisible();
  const { fcp, content } = await paintTimesOf(page, 'next-break');
  expect(fcp).toBeDefined();
  expect(content).toBeDefined();
  // Painted in the first contentful frame, not after a placeholder (times are rounded).
  expect(content ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual((fcp ?? 0) + 1);
});

/** Takes the break of the current cycle, as the popup's button does. */
async function takeBreak() {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId(worker)}/popup.html`);
  await page.evaluate(async () => {
    const { engineState } = await chrome.storage.local.get('engineState');
    const cycle = (engineState as { cycle: number }).cycle;
    await chrome.runtime.sendMessage({ tend: 'intent', name: 'start-break', payload: { cycle } });
  });
  await page.close();
}

test('a snapshot overtaken by events gives way to the stored state at once', async () => {
  const old = await popupAddress();
  await takeBreak(); // the old address still says "working"
  await pollUntil(popupAddress, (a) => a !== old && a.includes('on-break'), 10_000);
  const page = await context.newPage();
  await page.goto(old);
  await expect(page.locator('.exercise-title')).toBeVisible();
});

test('once a break begins, the popup draws its exercise in its first paint', async () => {
  await takeBreak();
  // The break is stored first, its chosen exercise a moment later: wait for both.
  const address = await pollUntil(
    popupAddress,
    (a) => {
      const { engineState, currentExercise } = (parseQueryJson(new URL(a).search, 'tend') ??
        {}) as {
        engineState?: { phase: string; cycle: number };
        currentExercise?: { cycle: number };
      };
      return engineState?.phase === 'on-break' && currentExercise?.cycle === engineState.cycle;
    },
    10_000,
  );
  const popup = await context.newPage();
  await popup.goto(address);
  await expect(popup.locator('.exercise-title')).toBeVisible();
  const { fcp, content } = await paintTimesOf(popup, 'exercise-title');
  expect(content ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual((fcp ?? 0) + 1);
});

test('the next popup of the same state paints the frame the last one drew, and the app takes it over unchanged', async () => {
  const address = await settledAddress();
  const last = await context.newPage();
  await last.goto(address);
  await expect(last.getByRole('heading', { level: 1, name: /Next break at/ })).toBeFocused();
  // It hands its frame to the worker once painted, which puts it in the next popup's address:
  // the frame page's (lib/store/frame-key.ts).
  const next = await pollUntil(
    popupAddress,
    (a) => new URL(a).pathname === '/popup-frame.html' && new URL(a).searchParams.has('frame'),
    5_000,
  );
  await last.close();

  const page = await context.newPage();
  // What the page showed in its first paint, before the app's own script ran over it.
  await page.addInitScript(() => {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      Object.assign(window, {
        firstPainted: {
          text: document.getElementById('app')?.textContent,
          heading: document.querySelector('h1'),
        },
      });
    }).observe({ type: 'paint', buffered: true });
  });
  await page.goto(next);
  expect(await page.evaluate(() => document.documentElement.dataset.frame)).toBe('kept');
  const { fcp, content } = await paintTimesOf(page, 'next-break');
  expect(content ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual((fcp ?? 0) + 1);
  // The app has rendered once it moves focus to the heading: the same element, the same words.
  await expect(page.getByRole('heading', { level: 1, name: /Next break at/ })).toBeFocused();
  const same = await page.evaluate(() => {
    const { firstPainted } = window as unknown as {
      firstPainted: { text: string; heading: Element };
    };
    return {
      heading: firstPainted.heading === document.querySelector('h1'),
      text: firstPainted.text === document.getElementById('app')?.textContent,
    };
  });
  expect(same).toEqual({ heading: true, text: true });
  // And it is the app's now: its buttons work.
  await page.getByRole('button', { name: 'Take a break now' }).click();
  await expect(page.locator('.exercise-title')).toBeVisible();
});
