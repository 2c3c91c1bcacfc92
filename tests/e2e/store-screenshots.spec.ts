import { mkdirSync, readFileSync } from 'node:fs';
import { type BrowserContext, expect, type Page, test, type Worker } from '@playwright/test';
import { exerciseShape } from './exercise-shape';
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
 * Screenshots for the Chrome Web Store and Firefox Add-ons, exactly 1280×800, in
 * test-results/store/: the popup during a due break and between breaks, each shown as a card
 * on a soft background with a caption, and the options page. The app's own pages, in the
 * states the worker really reaches with the test build; only the framing is added here.
 */

const OUT = 'test-results/store';
const WIDTH = 1280;
const HEIGHT = 800;

/** Shown in the first shot: a one-minute exercise, so every run gives the same picture. */
const EXERCISE_ID = 'sc-kind-word';
const EXERCISE_TITLE = 'A kind word for you';

/**
 * Arial's widths (Liberation Sans on Linux), close to the system fonts most people see the
 * popup in (Segoe UI, San Francisco); DejaVu Sans, the Linux default here, is much wider.
 */
const FONT = '"Liberation Sans", Arial, Helvetica, system-ui, sans-serif';

interface EngineState {
  phase: string;
  cycle: number;
}

const baseSettings = settingsWith({ badgeCountdown: false });

async function engineState(worker: Worker): Promise<EngineState | undefined> {
  return worker.evaluate(
    async () => (await chrome.storage.local.get('engineState')).engineState as EngineState,
  );
}

const waitForPhase = (worker: Worker, phase: string) =>
  pollUntil(
    () => engineState(worker),
    (s) => s?.phase === phase,
  );

async function setSettings(worker: Worker, overrides: Partial<typeof baseSettings> = {}) {
  await storeSettings(worker, { ...baseSettings, ...overrides });
}

/**
 * The popup as a 360 px card, centred on a calm background, with `caption` beside it. Only
 * the page around the popup is styled: the popup keeps its own colours (style.css) inside.
 */
function frameCss(caption: string, subline: string): string {
  return `
    html {
      width: auto;
      min-height: 100%;
      background: linear-gradient(150deg, #e6f2ee 0%, #f6f2ea 55%, #f3ede4 100%);
    }
    body {
      font-family: ${FONT};
      box-sizing: border-box;
      width: ${WIDTH}px;
      height: ${HEIGHT}px;
      padding: 24px 80px;
      display: grid;
      grid-template-columns: 440px 360px;
      grid-template-rows: auto auto;
      column-gap: 110px;
      justify-content: center;
      align-content: center;
      overflow: hidden;
    }
    body::before {
      content: ${JSON.stringify(caption)};
      grid-area: 1 / 1;
      align-self: end;
      margin-bottom: 18px;
      font-size: 42px;
      font-weight: 600;
      line-height: 1.2;
      letter-spacing: -0.01em;
      color: var(--text);
    }
    body::after {
      content: ${JSON.stringify(subline)};
      grid-area: 2 / 1;
      align-self: start;
      font-size: 20px;
      line-height: 1.4;
      color: var(--muted);
    }
    #app {
      grid-area: 1 / 2 / 3 / 3;
      align-self: center;
      width: 360px;
      background: var(--bg);
      border: 1px solid var(--line);
      border-radius: 18px;
      overflow: hidden;
      box-shadow: 0 24px 60px rgba(29, 70, 64, 0.14), 0 2px 8px rgba(0, 0, 0, 0.05);
    }
    @media (prefers-color-scheme: dark) {
      html {
        background: linear-gradient(150deg, #14211f 0%, #171b20 60%, #1b1c24 100%);
      }
      #app {
        box-shadow: 0 24px 60px rgba(0, 0, 0, 0.45), 0 2px 8px rgba(0, 0, 0, 0.3);
      }
    }
  `;
}

/** The width and height a PNG file declares (IHDR: big-endian at bytes 16 and 20). */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Shoots the viewport, and checks the file is exactly the store's size. */
async function shoot(page: Page, name: string) {
  mkdirSync(OUT, { recursive: true });
  const path = `${OUT}/${name}`;
  await page.screenshot({ path, animations: 'disabled' });
  expect(pngSize(path)).toEqual({ width: WIDTH, height: HEIGHT });
}

/** The popup, framed, in a page of the store's size; checks the card is wholly on screen. */
async function openFramedPopup(
  colorScheme: 'light' | 'dark',
  caption: string,
  subline: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${extensionId(worker)}/popup.html`);
  await page.addStyleTag({ content: frameCss(caption, subline) });
  return page;
}

/** The tallest the card may be on screen, so it keeps a calm margin above and below. */
const MAX_CARD_HEIGHT = 720;

/**
 * A popup taller than Chrome's (the exercise view) is shown whole, scaled down with CSS zoom
 * (its layout stays 360 px wide, so nothing reflows) until it fits MAX_CARD_HEIGHT. Then
 * checks the card is wholly on screen with nothing inside it cut off.
 */
async function fitCard(page: Page) {
  const card = page.locator('#app');
  const natural = await card.evaluate((el) => el.getBoundingClientRect().height);
  if (natural > MAX_CARD_HEIGHT) {
    // Two decimals, rounded down: borders stay whole pixels, so the fit is not exact.
    const zoom = Math.floor((MAX_CARD_HEIGHT / natural) * 100) / 100;
    await page.addStyleTag({ content: `#app { zoom: ${zoom}; }` });
  }
  const box = await card.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  expect(box.height).toBeLessThanOrEqual(MAX_CARD_HEIGHT);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(24);
  expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
  expect(box.y + box.height).toBeLessThanOrEqual(HEIGHT - 24);
  // The popup's own width inside the frame, and nothing in it cut off by the rounded frame.
  const inner = await card.evaluate((el) => ({
    width: Math.round(Number.parseFloat(getComputedStyle(el).width)),
    overflow: el.scrollHeight - el.clientHeight + el.scrollWidth - el.clientWidth,
  }));
  expect(inner).toEqual({ width: 360, overflow: 0 });
}

let context: BrowserContext;
let worker: Worker;

test.beforeEach(async () => {
  context = await launchWithExtension(newProfileDir());
  worker = await serviceWorker(context);
  await waitForPhase(worker, 'working');
  await setSettings(worker);
});

test.afterEach(async () => {
  await context?.close();
});

test('store 1: a due break with its exercise (light)', async () => {
  await setSettings(worker, { workIntervalSec: 3 });
  const due = await waitForPhase(worker, 'due');
  // Back to 50 minutes, so no new break comes during the shot.
  await setSettings(worker);
  // The exercise for this break, as the worker stores it, so the shot is always the same.
  await worker.evaluate((current) => chrome.storage.local.set({ currentExercise: current }), {
    ...exerciseShape(EXERCISE_ID),
    cycle: due?.cycle ?? 0,
    chosenAt: Date.now(),
  });

  const page = await openFramedPopup(
    'light',
    'A kind nudge, and a one-minute exercise',
    'Tend reminds you to rest, and offers something small and kind to do.',
  );
  await expect(
    page.getByRole('heading', { level: 1, name: 'Time for a short break' }),
  ).toBeVisible();
  await expect(page.locator('.exercise-title')).toHaveText(EXERCISE_TITLE);
  await expect(page.getByRole('button', { name: 'Done' })).toBeVisible();
  expect((await engineState(worker))?.phase).toBe('due');
  await fitCard(page);
  await shoot(page, 'store-1-exercise.png');
});

test('store 2: between breaks (dark)', async () => {
  const page = await openFramedPopup(
    'dark',
    'Always know when your next break is',
    'Snooze or pause when you need to. Tend keeps the time for you.',
  );
  await expect(page.getByRole('heading', { level: 1, name: /Next break at/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Take a break now' })).toBeVisible();
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
  await fitCard(page);
  await shoot(page, 'store-2-working-dark.png');
});

test('store 3: the options page, schedule first', async () => {
  const page = await context.newPage();
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${extensionId(worker)}/options.html`);
  // As in the popup shots (Chrome gives extension pages' bodies a font of its own).
  await page.addStyleTag({ content: `body, button, input { font-family: ${FONT}; }` });
  await expect(page.getByRole('heading', { level: 1, name: 'Tend settings' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Your schedule' })).toBeInViewport();
  await expect(page.getByLabel('Work time between breaks')).toHaveValue('50');
  await expect(page.getByText(/your next break is at/)).toBeVisible();
  await shoot(page, 'store-3-options.png');
});
