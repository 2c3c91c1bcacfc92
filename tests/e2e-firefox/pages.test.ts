import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { setTimeout } from 'node:timers/promises';
import { FirefoxWithTend, screenshot } from './firefox.ts';

/**
 * The popup and the options page in real Firefox, on a fresh profile with the release
 * settings: they render, a setting saved on the options page moves the schedule, and Tend
 * logs no warning and no error meanwhile.
 */
describe("Tend's pages in Firefox", { timeout: 120_000 }, () => {
  let firefox: FirefoxWithTend;

  before(async () => {
    firefox = await FirefoxWithTend.launch();
  });

  after(async () => {
    await firefox?.close();
  });

  afterEach(async () => {
    assert.deepEqual(await firefox.takeConsoleProblems(), [], 'Tend logged warnings or errors');
  });

  test('the popup shows when the next break is', async () => {
    const popup = await firefox.openPage('/popup.html');
    await popup.setViewport({ width: 360, height: 600 });
    const status = await popup.waitForSelector('xpath/.//h1[starts-with(., "Next break at")]');
    assert.ok(status);
    await popup.waitForSelector('xpath/.//button[normalize-space()="Take a break now"]');
    await screenshot(popup, 'popup');
    await popup.close();
  });

  test('the popup opened again for the same state shows the frame the last one drew', async () => {
    const address = await firefox.popupAddress();
    const heading = 'xpath/.//h1[starts-with(., "Next break at")]';
    const last = await firefox.openPage(address);
    await last.waitForSelector(heading);
    // It hands its frame to the worker once painted, which puts it in the next popup's
    // address: the frame page's (lib/store/frame-key.ts).
    let next = address;
    for (let tries = 0; !next.startsWith('/popup-frame.html?') && tries < 50; tries++) {
      await setTimeout(100);
      next = await firefox.popupAddress();
    }
    await last.close();
    assert.ok(new URLSearchParams(next.split('?')[1]).has('frame'), next.slice(0, 80));
    const again = await firefox.openPage(next);
    assert.equal(await again.evaluate(() => document.documentElement.dataset.frame), 'kept');
    assert.ok(await again.waitForSelector(heading));
    // The app has taken the frame over: its buttons work.
    const exercise = await again.waitForSelector(
      'xpath/.//button[normalize-space()="Try an exercise now"]',
    );
    await exercise?.click();
    await again.waitForSelector('.exercise-title');
    await again.close();
  });

  test('a work time changed on the options page moves the next break', async () => {
    const options = await firefox.openPage('/options.html');
    const before = await firefox.snapshot();
    assert.equal(before.nextBreakAt, before.workStartedAt + 50 * 60_000);
    const field = await options.waitForSelector(
      'xpath/.//input[@id=//label[normalize-space()="Work time between breaks"]/@for]',
    );
    assert.ok(field);
    await field.click({ count: 3 });
    await field.type('25');
    await field.press('Tab');
    await firefox.waitFor((s) => s.nextBreakAt === before.workStartedAt + 25 * 60_000);
    await options.waitForSelector('xpath/.//*[contains(., "your next break is at")]');
    await screenshot(options, 'options');
  });
});
