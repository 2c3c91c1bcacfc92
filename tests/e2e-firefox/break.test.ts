import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { settingsWith } from '../e2e/release-settings.ts';
import { FirefoxWithTend, pollUntil, screenshot } from './firefox.ts';

/**
 * One break in real Firefox, as a user meets it, step by step on one browser: the event page
 * sleeps, its alarm wakes it, the nudge shows, a click on it opens the exercise in a small
 * window, and Done records the break. Each step starts where the one before ended. After
 * every step, Tend must have logged no warning and no error (its event page's included).
 */
describe('a break in Firefox, from the nudge to Done', { timeout: 120_000 }, () => {
  let firefox: FirefoxWithTend;
  let exerciseWindow: Page;

  before(async () => {
    firefox = await FirefoxWithTend.launch();
  });

  after(async () => {
    await firefox?.close();
  });

  afterEach(async () => {
    assert.deepEqual(await firefox.takeConsoleProblems(), [], 'Tend logged warnings or errors');
  });

  test('installs as a temporary add-on and starts its schedule', async (t) => {
    t.diagnostic(`Firefox ${await firefox.version()}`);
    const started = await firefox.snapshot();
    assert.equal(started.phase, 'working');
    assert.ok(started.nextBreakAt > started.now, 'the next break is ahead');
    // The toolbar popup opens with the schedule in its address, for its first frame.
    const carried = await pollUntil(
      () => firefox.popupCarries(),
      (state) => state?.cycle === started.cycle,
      5_000,
    );
    assert.equal(carried?.phase, 'working');
  });

  test('the event page is unloaded when idle, and its alarm wakes it for the break', async () => {
    await firefox.storeSettings(
      settingsWith({ workIntervalSec: 6, breakLengthSec: 60, badgeCountdown: false }),
    );
    const planned = await firefox.waitFor((s) => s.nextBreakAt - s.now <= 6_500);
    // Nothing but the alarm can start it again: the tests only read storage from here on.
    await pollUntil(
      () => firefox.backgroundState(),
      (state) => state === 'stopped',
      5_000,
    );
    assert.ok(Date.now() < planned.nextBreakAt, 'unloaded before the break was due');
    const due = await firefox.waitFor((s) => s.phase === 'due' && s.nudges.length > 0, 15_000);
    assert.equal(due.nextBreakAt, planned.nextBreakAt);
    assert.deepEqual(due.nudges, [`tend-nudge-${due.cycle}`]);
  });

  test('the nudge shows when the break comes due', async () => {
    const nudge = await firefox.waitForNudge();
    assert.equal(nudge.title, 'Time for a short break');
    assert.match(nudge.text, /Click to open your exercise/);
  });

  test('a click on the nudge opens the exercise in a small window', async () => {
    await firefox.clickNudge();
    exerciseWindow = await firefox.waitForExerciseWindow();
    const title = await exerciseWindow.waitForSelector('.exercise-title');
    assert.ok((await title?.evaluate((h) => h.textContent?.trim()))?.length);
    await firefox.waitFor((s) => s.phase === 'on-break');
  });

  test('the exercise window fits its size, with every control in reach', async () => {
    await screenshot(exerciseWindow, 'exercise-window');
    const fit = await exerciseWindow.evaluate(() => {
      const view = { width: innerWidth, height: innerHeight };
      const page = document.documentElement;
      /** Inside the window, and what a click at its middle would hit. */
      const inView = (el: Element | undefined) => {
        if (!el) return 'missing';
        const r = el.getBoundingClientRect();
        if (r.top < 0 || r.left < 0 || r.bottom > view.height || r.right > view.width) {
          return `outside (${Math.round(r.top)}–${Math.round(r.bottom)} of ${view.height})`;
        }
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit && el.contains(hit) ? 'ok' : 'covered';
      };
      const button = (name: string) =>
        [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
      const footer = { Settings: inView(button('Settings')), Close: inView(button('Close')) };
      // The rest may need a scroll (a long exercise), but one must bring each into view.
      const reachable = (el: Element) => {
        el.scrollIntoView({ block: 'nearest' });
        return inView(el) === 'ok';
      };
      const controls = [...document.querySelectorAll('button, a, input, select, textarea')];
      const unreachable = controls
        .filter((el) => !reachable(el))
        .map((el) => el.textContent?.trim() || el.tagName);
      const done = button('Done');
      const result = {
        view,
        overflows: page.scrollWidth > view.width || page.scrollHeight > view.height,
        footer,
        done: done ? reachable(done) : 'missing',
        unreachable,
      };
      document.querySelector('main')?.scrollTo(0, 0);
      return result;
    });
    // The worker asks for 400 × 620; the window's frame may take a little of it.
    assert.ok(fit.view.width >= 380 && fit.view.height >= 560, JSON.stringify(fit.view));
    assert.equal(fit.overflows, false, 'the page is no larger than the window');
    assert.deepEqual(fit.footer, { Settings: 'ok', Close: 'ok' }, 'always in view');
    assert.equal(fit.done, true, 'Done is in reach');
    assert.deepEqual(fit.unreachable, []);
  });

  test('Done records the break, with its exercise', async () => {
    const done = await exerciseWindow.waitForSelector('xpath/.//button[normalize-space()="Done"]');
    await done?.click();
    await exerciseWindow.waitForSelector('xpath/.//*[normalize-space()="Did this help?"]');
    const after = await firefox.waitFor((s) => s.phase === 'working' && s.history.length > 0);
    const taken = after.history.filter((h) => h.kind === 'taken');
    assert.equal(taken.length, 1);
    assert.match(taken[0]?.exerciseId ?? '', /^(cn|sc)-/);
    assert.equal(taken[0]?.completed, true);
    await screenshot(exerciseWindow, 'exercise-window-after-done');
  });
});
