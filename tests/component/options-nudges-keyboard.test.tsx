// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { defaultSettings } from '@/lib/settings/settings';
import { startLoopbackWorker } from './worker-loopback';

const platform = vi.hoisted(() => ({ isFirefox: false }));
vi.mock('@/lib/worker/platform', () => platform);

// The page's intents go to the real worker code: see worker-loopback.ts.
vi.mock('@/lib/protocol', async (original) =>
  (await import('./worker-loopback')).protocolWithLoopback(await original()),
);

/** Chrome's permission level, which fakeBrowser does not know (it throws). */
function permissionLevel(level: 'granted' | 'denied') {
  Object.assign(fakeBrowser.notifications, { getPermissionLevel: async () => level });
}

/** fakeBrowser has no keyboard commands: the shortcuts as a browser would report them. */
function browserCommands(extra: object = {}) {
  Object.assign(fakeBrowser, {
    commands: {
      getAll: async () => [
        { name: '_execute_action', shortcut: 'Alt+Shift+T', description: '' },
        { name: 'take-break', shortcut: '', description: 'Take a break now' },
      ],
      ...extra,
    },
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  platform.isFirefox = false;
  startLoopbackWorker();
  // A stub set by one test would outlive fakeBrowser.reset(): each test starts from granted.
  permissionLevel('granted');
  browserCommands();
  await fakeBrowser.storage.local.set({ settings: defaultSettings });
});
afterEach(cleanup);

async function renderApp() {
  render(<App />);
  await screen.findByLabelText('Work time between breaks');
}

describe('the options page: do the nudges reach you?', () => {
  it('says where to turn notifications on when the worker could not show a nudge', async () => {
    await fakeBrowser.storage.local.set({ nudgeProblem: 'denied' });
    await renderApp();
    expect(screen.getByText(/Notifications are turned off for your browser/).textContent).toMatch(
      /browser’s settings for notifications.*operating system’s notification settings/,
    );
  });

  it('says so when a nudge failed to show, and stops once one shows', async () => {
    await fakeBrowser.storage.local.set({ nudgeProblem: 'failed' });
    await renderApp();
    expect(screen.getByText(/could not show a notification/).textContent).toMatch(
      /focus or do-not-disturb mode/,
    );
    permissionLevel('granted');
    fireEvent.click(screen.getByRole('button', { name: 'Send a test nudge' }));
    expect(await screen.findByText(/A test nudge is on its way/)).toBeTruthy();
    expect(screen.queryByText(/could not show a notification/)).toBeNull();
  });

  it('sends a test nudge through the worker, which shows it', async () => {
    permissionLevel('granted');
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Send a test nudge' }));
    expect((await screen.findByText(/A test nudge is on its way/)).textContent).toMatch(
      /focus or do-not-disturb mode/,
    );
    expect(fakeBrowser.notifications.getAllCreateOptions()['tend-test-nudge']).toMatchObject({
      title: 'Tend can reach you',
    });
  });

  it('a test nudge with notifications turned off says where to turn them on', async () => {
    permissionLevel('denied');
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Send a test nudge' }));
    expect(await screen.findByText(/Notifications are turned off for your browser/)).toBeTruthy();
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    expect(screen.queryByText(/A test nudge is on its way/)).toBeNull();
  });
});

describe('the options page: keyboard shortcuts', () => {
  it('lists the shortcuts as the browser reports them', async () => {
    await renderApp();
    const section = screen.getByRole('region', { name: 'Keyboard shortcuts' });
    await waitFor(() => expect(within(section).getByText('Alt+Shift+T')).toBeTruthy());
    expect(section.textContent).toMatch(/Open TendAlt\+Shift\+T/);
    expect(section.textContent).toMatch(/Take a break nowNot set/);
    expect(section.textContent).not.toMatch(/about:addons/);
  });

  it('opens Chrome’s shortcut settings in a tab', async () => {
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    await renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Change shortcuts' }));
    await waitFor(() =>
      expect(opened).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' }),
    );
  });

  it('uses Firefox’s own call for its shortcut settings', async () => {
    const openShortcutSettings = vi.fn(async () => undefined);
    browserCommands({ openShortcutSettings });
    platform.isFirefox = true;
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    await renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Change shortcuts' }));
    await waitFor(() => expect(openShortcutSettings).toHaveBeenCalledTimes(1));
    expect(opened).not.toHaveBeenCalled();
    expect(screen.getByText(/about:addons/).textContent).toMatch(/Manage Extension Shortcuts/);
  });
});
