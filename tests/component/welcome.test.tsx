// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/welcome/App';
import type { Settings } from '@/lib/settings/settings';
import { defaultSettings } from '@/lib/settings/settings';
import { startLoopbackWorker } from './worker-loopback';

const platform = vi.hoisted(() => ({ isFirefox: false }));
vi.mock('@/lib/worker/platform', () => platform);

// The page's intents go to the real worker code: see worker-loopback.ts.
vi.mock('@/lib/protocol', async (original) =>
  (await import('./worker-loopback')).protocolWithLoopback(await original()),
);

const stored = async (): Promise<Settings> =>
  (await fakeBrowser.storage.local.get('settings')).settings as Settings;

/** Chrome's permission level, which fakeBrowser does not know (it throws). */
function permissionLevel(level: 'granted' | 'denied') {
  Object.assign(fakeBrowser.notifications, { getPermissionLevel: async () => level });
}

beforeEach(async () => {
  fakeBrowser.reset();
  platform.isFirefox = false;
  startLoopbackWorker();
  // A stub set by one test would outlive fakeBrowser.reset(): each test starts from granted.
  permissionLevel('granted');
  await fakeBrowser.storage.local.set({ settings: defaultSettings });
});
afterEach(cleanup);

async function renderApp() {
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Welcome to Tend' });
}

describe('the welcome page', () => {
  it('on Firefox says where Firefox keeps its pin', async () => {
    platform.isFirefox = true;
    await renderApp();
    expect(screen.getByRole('region', { name: 'Keep Tend in sight' }).textContent).toMatch(
      /“Pin to Toolbar”/,
    );
  });

  it('says what Tend does in three lines, and where to pin its icon', async () => {
    await renderApp();
    const lines = screen.getAllByRole('listitem');
    expect(lines).toHaveLength(3);
    expect(lines[0]?.textContent).toMatch(/short break/);
    expect(screen.getByRole('region', { name: 'Keep Tend in sight' }).textContent).toMatch(
      /pin beside Tend/,
    );
    expect(screen.getByRole('link', { name: 'All settings' }).getAttribute('href')).toBe(
      '/options.html',
    );
  });

  it('shows the rhythm in use, and saves the one chosen through the worker', async () => {
    await renderApp();
    const current = screen.getByRole('button', { name: '50 min work, 5 min break' });
    expect(current.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: '25 min work, 5 min break' }));
    await waitFor(async () =>
      expect(await stored()).toMatchObject({ workIntervalSec: 1500, breakLengthSec: 300 }),
    );
    await waitFor(() =>
      expect(
        screen
          .getByRole('button', { name: '25 min work, 5 min break' })
          .getAttribute('aria-pressed'),
      ).toBe('true'),
    );
  });

  it('saves the kinds of exercise chosen', async () => {
    await renderApp();
    fireEvent.click(screen.getByLabelText('Connection only'));
    await waitFor(async () => expect((await stored()).exerciseKinds).toBe('connection'));
  });

  it('sends a test nudge, and says it is on its way', async () => {
    permissionLevel('granted');
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Send a test nudge' }));
    expect(await screen.findByText(/A test nudge is on its way/)).toBeTruthy();
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual([
      'tend-test-nudge',
    ]);
  });

  it('says where to turn notifications on when the browser has them turned off', async () => {
    permissionLevel('denied');
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Send a test nudge' }));
    expect(
      (await screen.findByText(/Notifications are turned off for your browser/)).textContent,
    ).toMatch(/browser’s settings for notifications/);
  });

  it('says so plainly when the notification could not be created', async () => {
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('no service'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Send a test nudge' }));
    expect((await screen.findByText(/could not show a notification/)).textContent).toMatch(
      /focus or do-not-disturb mode is off/,
    );
    expect((await fakeBrowser.storage.local.get('nudgeProblem')).nudgeProblem).toBe('failed');
  });

  it('says so when the worker cannot be reached', async () => {
    await renderApp();
    const { loopback } = await import('./worker-loopback');
    loopback.fail = true;
    fireEvent.click(screen.getByRole('button', { name: 'Send a test nudge' }));
    expect(await screen.findByText('no worker')).toBeTruthy();
  });
});
