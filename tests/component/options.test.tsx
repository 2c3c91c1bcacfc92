// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import type { HistoryEntry } from '@/lib/engine/types';
import { buildExport } from '@/lib/export-import';
import { defaultSettings, type Settings } from '@/lib/settings/settings';
import { startLoopbackWorker } from './worker-loopback';

// The page's intents go to the real worker code: see worker-loopback.ts.
vi.mock('@/lib/protocol', async (original) =>
  (await import('./worker-loopback')).protocolWithLoopback(await original()),
);

const stored = async (): Promise<Settings> =>
  (await fakeBrowser.storage.local.get('settings')).settings as Settings;

const history: HistoryEntry[] = [{ kind: 'taken', at: Date.now() - 60_000, durationMs: 60_000 }];

beforeEach(async () => {
  fakeBrowser.reset();
  startLoopbackWorker();
  await fakeBrowser.storage.local.set({ settings: defaultSettings, history });
});
afterEach(cleanup);

async function renderApp() {
  render(<App />);
  return screen.findByLabelText('Work time between breaks');
}

function uploadFile(text: string) {
  const input = screen.getByLabelText('Import from a file') as HTMLInputElement;
  const file = new File([text], 'tend.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file] });
  fireEvent.change(input);
}

describe('the options page', () => {
  it('saves a valid work interval as you go', async () => {
    const field = await renderApp();
    fireEvent.change(field, { target: { value: '25' } });
    await waitFor(async () => expect((await stored()).workIntervalSec).toBe(25 * 60));
  });

  it('refuses an out-of-range value at the field and keeps the last good one', async () => {
    const field = await renderApp();
    fireEvent.change(field, { target: { value: '2' } });
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /from 5 to 240.*last good value/,
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect((await stored()).workIntervalSec).toBe(50 * 60);
  });

  it('turns on long breaks and the heads-up, takes 0 for off, and refuses 1', async () => {
    await renderApp();
    const every = screen.getByLabelText('A longer break every (0 = off)');
    fireEvent.change(every, { target: { value: '3' } });
    await waitFor(async () => expect((await stored()).longBreakEvery).toBe(3));
    fireEvent.change(screen.getByLabelText('Length of a longer break'), {
      target: { value: '20' },
    });
    await waitFor(async () => expect((await stored()).longBreakLengthSec).toBe(20 * 60));
    fireEvent.change(every, { target: { value: '1' } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/0 \(off\) or.*from 2 to 10/);
    expect((await stored()).longBreakEvery).toBe(3);
    fireEvent.change(every, { target: { value: '0' } });
    await waitFor(async () => expect((await stored()).longBreakEvery).toBe(0));

    const headsUp = screen.getByLabelText('A quiet heads-up before each break (0 = off)');
    fireEvent.change(headsUp, { target: { value: '90' } });
    await waitFor(async () => expect((await stored()).headsUpSec).toBe(90));
  });

  it('refuses a value that is not a whole number', async () => {
    const field = await renderApp();
    fireEvent.change(field, { target: { value: '7.5' } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/whole number/);
    expect((await stored()).workIntervalSec).toBe(50 * 60);
  });

  it('applies a preset in one tap', async () => {
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: '25 min work, 5 min break' }));
    await waitFor(async () =>
      expect(await stored()).toMatchObject({ workIntervalSec: 1500, breakLengthSec: 300 }),
    );
  });

  it('turns on work hours, and refuses overlapping periods', async () => {
    await renderApp();
    fireEvent.click(screen.getByLabelText('Only remind me during my work hours'));
    await waitFor(async () => expect((await stored()).workHours.enabled).toBe(true));
    const monday = await screen.findByRole('group', { name: 'Monday' });
    fireEvent.click(within(monday).getByRole('button', { name: 'Add a period' }));
    await waitFor(async () => expect((await stored()).workHours.days[1]).toHaveLength(2));
    // Move the second period to start inside the first.
    fireEvent.change(await screen.findByLabelText('Monday period 2 starts'), {
      target: { value: '10:00' },
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot overlap/);
    expect((await stored()).workHours.days[1]?.[1]?.start).toBe(18 * 60);
  });

  it('changes an exercise preference', async () => {
    await renderApp();
    fireEvent.click(screen.getByLabelText('Self-compassion only'));
    await waitFor(async () => expect((await stored()).exerciseKinds).toBe('self-compassion'));
  });

  it('shows the statistics of the last days', async () => {
    await renderApp();
    const table = screen.getByRole('table', { name: 'Last 7 days' });
    expect(table.textContent).toContain('Breaks taken1');
    // The chart's words for screen readers count in the singular for one.
    const chart = within(
      screen.getByText('Breaks per day, last 14 days').closest('figure') as HTMLElement,
    );
    const days = chart.getAllByRole('listitem').map((day) => day.textContent ?? '');
    expect(days.filter((day) => day.endsWith(': 1 break'))).toHaveLength(1);
    expect(days.filter((day) => day.endsWith(': 0 breaks'))).toHaveLength(13);
  });

  it('refuses a corrupt import file with a plain message and changes nothing', async () => {
    await renderApp();
    uploadFile('{"format": "tend-export", "version": 1, "settings": {"workIntervalSec": -3}}');
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /not valid.*Nothing was changed/,
    );
    expect(await stored()).toEqual(defaultSettings);
    expect((await fakeBrowser.storage.local.get('history')).history).toEqual(history);
  });

  it('imports a good file after asking', async () => {
    await renderApp();
    const file = buildExport(
      {
        settings: { ...defaultSettings, breakLengthSec: 600 },
        history: [],
        exercisePrefs: { favourites: ['sc-kind-word'], notForMe: [] },
      },
      Date.now(),
    );
    uploadFile(JSON.stringify(file));
    fireEvent.click(await screen.findByLabelText(/Replace the breaks already here/));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, go ahead' }));
    await waitFor(async () => expect((await stored()).breakLengthSec).toBe(600));
    expect((await fakeBrowser.storage.local.get('history')).history).toEqual([]);
    expect(await screen.findByText('A kind word for you')).toBeTruthy();
  });

  it('asks before resetting, and keeps the history unless asked to delete it', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings, snoozeDailyCap: 9 } });
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Reset settings to defaults' }));
    expect((await stored()).snoozeDailyCap).toBe(9);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, go ahead' }));
    await waitFor(async () => expect((await stored()).snoozeDailyCap).toBe(3));
    expect((await fakeBrowser.storage.local.get('history')).history).toEqual(history);
  });

  it('says so when settings cannot follow the user through sync', async () => {
    await fakeBrowser.storage.local.set({ syncProblem: 'QUOTA_BYTES quota exceeded' });
    await renderApp();
    expect(screen.getByRole('status').textContent).toMatch(/on this device only.*QUOTA/);
  });
});
