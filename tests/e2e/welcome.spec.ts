import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
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
 * A first install in real Chromium: the welcome page opens once (never again on a restart
 * with the same profile), its test nudge is a real notification, and notifications the
 * browser reports as turned off fall back to the badge and are explained on the pages.
 */

const welcomePages = (context: BrowserContext) =>
  context.pages().filter((p) => p.url().endsWith('/welcome.html'));

async function welcomePage(context: BrowserContext): Promise<Page> {
  await pollUntil(
    async () => welcomePages(context).length,
    (n) => n > 0,
  );
  const page = welcomePages(context)[0] as Page;
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Tend' })).toBeVisible();
  return page;
}

test('the welcome page opens once on install, and not after a browser restart', async () => {
  const profile = newProfileDir();
  let context = await launchWithExtension(profile);
  try {
    await serviceWorker(context);
    const page = await welcomePage(context);
    // Give a second opening every chance to appear.
    await new Promise((r) => setTimeout(r, 1500));
    expect(welcomePages(context)).toHaveLength(1);
    // Read and closed, as a user would: a tab left open may come back with the session.
    await page.close();
  } finally {
    await context.close();
  }
  context = await launchWithExtension(profile);
  try {
    const worker = await serviceWorker(context);
    // The worker has started and caught up (its state is stored) before we look.
    await pollUntil(
      () =>
        worker.evaluate(async () => (await chrome.storage.local.get('engineState')).engineState),
      (state) => state !== undefined,
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(welcomePages(context)).toHaveLength(0);
  } finally {
    await context.close();
  }
});

test('the welcome page saves a rhythm, and its test nudge is a real notification', async () => {
  const context = await launchWithExtension(newProfileDir());
  try {
    const worker = await serviceWorker(context);
    const page = await welcomePage(context);
    await page.getByRole('button', { name: '25 min work, 5 min break' }).click();
    await expect(page.getByRole('button', { name: '25 min work, 5 min break' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const saved = await worker.evaluate(
      async () => (await chrome.storage.sync.get('settings')).settings,
    );
    expect(saved).toMatchObject({ workIntervalSec: 1500, breakLengthSec: 300 });

    await page.getByRole('button', { name: 'Send a test nudge' }).click();
    await expect(page.getByText(/A test nudge is on its way/)).toBeVisible();
    const shown = await pollUntil(
      () => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll())),
      (ids) => ids.includes('tend-test-nudge'),
    );
    expect(shown).toContain('tend-test-nudge');
    await page.screenshot({ path: 'test-results/e2e/welcome.png', fullPage: true });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  } finally {
    await context.close();
  }
});

test('notifications turned off: the badge says "now", and both pages say where to turn them on', async () => {
  const context = await launchWithExtension(newProfileDir());
  try {
    const worker = await serviceWorker(context);
    const page = await welcomePage(context);
    // Headless Chromium grants notifications and no page can take that back, so the worker is
    // told what a browser with them turned off reports.
    await worker.evaluate(() => {
      Object.assign(chrome.notifications, { getPermissionLevel: async () => 'denied' });
    });
    await page.getByRole('button', { name: 'Send a test nudge' }).click();
    await expect(page.getByText(/Notifications are turned off for your browser/)).toBeVisible();

    // A real break comes due: no notification, the badge says "now", the problem is stored.
    await storeSettings(worker, settingsWith({ workIntervalSec: 3, breakLengthSec: 2 }));
    const due = await pollUntil(
      () =>
        worker.evaluate(async () => ({
          phase: ((await chrome.storage.local.get('engineState')).engineState as { phase: string })
            .phase,
          badge: await chrome.action.getBadgeText({}),
          nudges: Object.keys(await chrome.notifications.getAll()),
          problem: (await chrome.storage.local.get('nudgeProblem')).nudgeProblem,
        })),
      // The state is stored before its effects run: wait for the badge, set after the nudge.
      (s) => s.phase === 'due' && s.badge === 'now',
      15_000,
    );
    expect(due).toMatchObject({ badge: 'now', problem: 'denied' });
    expect(due.nudges.filter((id) => id.startsWith('tend-nudge-'))).toEqual([]);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId(worker)}/options.html`);
    await expect(options.getByText(/Notifications are turned off for your browser/)).toBeVisible();
    const shortcuts = options.getByRole('region', { name: 'Keyboard shortcuts' });
    await expect(shortcuts).toContainText('Open Tend');
    await expect(shortcuts).toContainText('Take a break now');
    // The manifest declares both, and the page shows the keys as Chromium reports them.
    // (Headless Chromium with a command-line extension reports the suggested keys unset.)
    const reported = await worker.evaluate(async () =>
      Object.fromEntries((await chrome.commands.getAll()).map((c) => [c.name, c.shortcut])),
    );
    expect(Object.keys(reported).sort()).toEqual(['_execute_action', 'take-break']);
    await expect(shortcuts).toContainText(reported._execute_action || 'Not set');
    await expect(shortcuts).toContainText(reported['take-break'] || 'Not set');
    await shortcuts.screenshot({ path: 'test-results/e2e/options-shortcuts.png' });
  } finally {
    await context.close();
  }
});
