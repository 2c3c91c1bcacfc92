// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exercises } from '@/content/index';
import { english, locales } from '@/content/locales';
import type { Exercise, ExerciseText } from '@/content/types';
import { App } from '@/entrypoints/popup/App';
import type { TextSource } from '@/entrypoints/popup/exercise-text';
import type { EngineState } from '@/lib/engine/types';
import { exerciseText, setLocale } from '@/lib/i18n';
import { defaultSettings, type Settings } from '@/lib/settings/settings';
import { localDayKey } from '@/lib/time/zoned';
import { engineAt } from './engine-fixture';
import { said } from './said';
import { loopback, startLoopbackWorker } from './worker-loopback';

// The popup talks to the real worker code: see worker-loopback.ts.
vi.mock('@/lib/protocol', async (original) =>
  (await import('./worker-loopback')).protocolWithLoopback(await original()),
);
const sent = loopback;
const startWorker = startLoopbackWorker;

async function put(values: Record<string, unknown>) {
  await fakeBrowser.storage.local.set(values);
}

async function storedValue<T>(key: string): Promise<T> {
  return (await fakeBrowser.storage.local.get(key))[key] as T;
}

const prefsStored = async () =>
  (await storedValue<{ favourites: string[]; notForMe: string[] } | undefined>(
    'exercisePrefs',
  )) ?? {
    favourites: [],
    notForMe: [],
  };

const MINUTE = 60_000;
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A small library: six items, so the chooser's "not again so soon" window (a third) is 2. */
const names = [
  'Kind word',
  'Soft breath',
  'Warm hands',
  'Quiet thanks',
  'Gentle pause',
  'Calm look',
];
const library: Exercise[] = names.map((name) => ({
  id: `sc-${name.toLowerCase().replace(' ', '-')}`,
  kind: 'self-compassion',
  durationSec: 60,
  needs: 'nobody',
  setting: ['desk'],
  touch: false,
  recallsPerson: false,
  source: { process: 'self-compassion', section: 'Self-compassion' },
}));

const texts: Record<string, ExerciseText> = Object.fromEntries(
  library.map((e, i) => [
    e.id,
    {
      title: `A ${names[i]?.toLowerCase()}`,
      summary: 'Something small and kind.',
      steps: ['Notice how you feel.', 'Breathe out slowly.', 'Say one kind word.'],
    },
  ]),
);
const titles = Object.values(texts).map((x) => x.title);

const engine = (overrides: Partial<EngineState> = {}) => engineAt(Date.now(), overrides);

async function open(
  state: EngineState | null,
  settings: Partial<Settings> = {},
  props: { windowed?: boolean; textFor?: TextSource } = {},
) {
  await put({ settings: { ...defaultSettings, ...settings }, engineState: state });
  return render(
    <App
      textFor={
        props.textFor ??
        ((id) => {
          const text = texts[id];
          return text && { text, lang: 'en' };
        })
      }
      windowed={props.windowed}
    />,
  );
}

/** The title of the exercise on screen. */
async function shownTitle(): Promise<string> {
  const heading = await screen.findByRole('heading', {
    level: 2,
    name: /A kind word|A soft breath/,
  });
  return heading.textContent ?? '';
}

/** The exercise the worker stored for this break. */
async function storedExercise() {
  let current: { id: string; cycle: number } | undefined;
  await waitFor(async () => {
    current = await storedValue('currentExercise');
    expect(current).toBeTruthy();
  });
  return current as { id: string; cycle: number };
}

beforeEach(() => {
  fakeBrowser.reset();
  startWorker(library);
  setLocale('en');
});

afterEach(cleanup);

describe('the popup while working', () => {
  it('shows the next break and its controls', async () => {
    await open(engine());
    expect(await screen.findByRole('heading', { level: 1, name: /Next break at/ })).toBeTruthy();
    expect(screen.getByText(said('In 40 min'))).toBeTruthy();
    for (const name of ['Take a break now', 'Try an exercise now', 'Snooze 5 min', 'Settings']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    expect(screen.getByRole('button', { name: 'Until tomorrow' })).toBeTruthy();
  });

  it('moves focus to the heading so a screen reader starts there', async () => {
    await open(engine());
    const heading = await screen.findByRole('heading', { level: 1, name: /Next break at/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('"Take a break now" starts a break and shows an exercise', async () => {
    await open(engine());
    fireEvent.click(await screen.findByRole('button', { name: 'Take a break now' }));
    expect(sent.intents).toEqual([{ name: 'start-break', payload: { cycle: 4 } }]);
    expect(titles).toContain(await shownTitle());
  });

  it('snoozes by the chosen minutes', async () => {
    await open(engine());
    fireEvent.click(await screen.findByRole('button', { name: 'Snooze 15 min' }));
    expect(sent.intents).toEqual([{ name: 'snooze', payload: { cycle: 4, minutes: 15 } }]);
  });

  it('greys snooze with a kind word once the daily cap is used', async () => {
    const used = engine({ snoozes: { day: localDayKey(Date.now(), timeZone), count: 3 } });
    await open(used, { snoozeDailyCap: 3 });
    const button = await screen.findByRole('button', { name: 'Snooze 5 min' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText(/No snoozes left for today/)).toBeTruthy();
    fireEvent.click(button);
    expect(sent.intents).toEqual([]);
  });

  it('pauses for 30 min, an hour, or until tomorrow', async () => {
    const choices = [
      [/^30 min until/, { minutes: 30 }],
      [/^1 hour until/, { minutes: 60 }],
      ['Until tomorrow', { untilTomorrow: true }],
    ] as const;
    for (const [name, request] of choices) {
      sent.intents = [];
      const view = await open(engine());
      fireEvent.click(await screen.findByRole('button', { name }));
      expect(await screen.findByRole('heading', { name: 'Breaks are paused' })).toBeTruthy();
      expect(sent.intents).toEqual([{ name: 'pause', payload: { request } }]);
      view.unmount();
    }
  });

  it('opens the options page', async () => {
    const openOptionsPage = vi.fn(async () => {});
    fakeBrowser.runtime.openOptionsPage = openOptionsPage;
    await open(engine());
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(openOptionsPage).toHaveBeenCalledOnce();
  });

  it('follows the stored state live: a break that comes due shows an exercise', async () => {
    await open(engine());
    await screen.findByRole('heading', { level: 1, name: /Next break at/ });
    await put({ engineState: engine({ phase: 'due', dueSince: Date.now() }) });
    expect(await screen.findByRole('heading', { name: 'Time for a short break' })).toBeTruthy();
    expect(titles).toContain(await shownTitle());
  });

  it('says so, quietly, when nudges cannot be shown as notifications', async () => {
    await put({ nudgeProblem: 'denied' });
    await open(engine());
    expect(await screen.findByText(/Notifications do not reach you right now/)).toBeTruthy();
  });

  it('says nothing about notifications when they arrive', async () => {
    await open(engine());
    await screen.findByRole('heading', { level: 1, name: /Next break at/ });
    expect(screen.queryByText(/Notifications do not reach you/)).toBeNull();
  });

  it('says kindly when the worker does not answer', async () => {
    sent.fail = true;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await open(engine());
    fireEvent.click(await screen.findByRole('button', { name: 'Snooze 5 min' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/did not answer/);
  });
});

describe('the popup when a break is due', () => {
  const due = () => engine({ phase: 'due', dueSince: Date.now(), nextBreakAt: Date.now() });

  it('invites to an exercise and puts focus on its title', async () => {
    await open(due());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Time for a short break' }),
    ).toBeTruthy();
    const title = await screen.findByRole('heading', { name: await shownTitle() });
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(screen.getByText('Self-compassion')).toBeTruthy();
  });

  it('stores the exercise for this cycle, so reopening shows the same one', async () => {
    const first = await open(due());
    const title = await shownTitle();
    const stored = await storedExercise();
    expect(stored.cycle).toBe(4);
    expect(texts[stored?.id ?? '']?.title).toBe(title);
    expect(await storedValue('recentExercises')).toEqual([stored?.id]);
    first.unmount();
    await open(due());
    expect(await shownTitle()).toBe(title);
  });

  it('Done takes the break with the exercise, then asks whether it helped', async () => {
    await open(due());
    const title = await shownTitle();
    const exercise = library.find((e) => texts[e.id]?.title === title);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByText('Did this help?')).toBeTruthy();
    expect(sent.intents).toEqual([
      { name: 'finish-break', payload: { cycle: 4, exerciseId: exercise?.id, completed: true } },
    ]);
    const history =
      await storedValue<{ kind: string; at: number; exerciseId?: string }[]>('history');
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ kind: 'taken', exerciseId: exercise?.id, cycle: 4 });
    expect(await storedValue('currentExercise')).toBeFalsy();

    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Thank you, noted.')).toBeTruthy();
    expect(sent.intents.at(-1)).toEqual({
      name: 'rate-exercise',
      payload: { at: history[0]?.at, exerciseId: exercise?.id, helped: true },
    });
    await waitFor(async () =>
      expect((await storedValue<{ helped?: boolean }[]>('history'))[0]?.helped).toBe(true),
    );
  });

  it('beginning the steps takes the break', async () => {
    await open(due());
    await shownTitle();
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(sent.intents).toEqual([{ name: 'start-break', payload: { cycle: 4 } }]);
  });

  it('offers snooze', async () => {
    await open(due());
    await shownTitle();
    fireEvent.click(screen.getByRole('button', { name: 'Snooze 5 min' }));
    expect(sent.intents).toEqual([{ name: 'snooze', payload: { cycle: 4, minutes: 5 } }]);
    expect(await screen.findByRole('heading', { level: 1, name: /Next break at/ })).toBeTruthy();
  });

  it('offers skip, recorded once however often it is clicked', async () => {
    await open(due());
    await shownTitle();
    const skip = screen.getByRole('button', { name: 'Skip this break' });
    fireEvent.click(skip);
    fireEvent.click(skip);
    expect(await screen.findByRole('heading', { level: 1, name: /Next break at/ })).toBeTruthy();
    await waitFor(async () =>
      expect((await storedValue<{ kind: string }[]>('history'))?.map((e) => e.kind)).toEqual([
        'skipped',
      ]),
    );
  });

  it("says so, and offers another, when an exercise's words fail to load", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let failedLoads = 0;
    const textFor: TextSource = (id) => {
      if (id !== 'sc-kind-word') return { text: texts[id] as ExerciseText, lang: 'en' };
      failedLoads++;
      return Promise.reject(new Error('chunk missing'));
    };
    await open(due(), {}, { textFor });
    expect(await screen.findByText(/did not load/)).toBeTruthy();
    // It does not try again and again in the background.
    await new Promise((wait) => setTimeout(wait, 50));
    expect(failedLoads).toBeLessThanOrEqual(2);
    fireEvent.click(screen.getByRole('button', { name: 'Another one' }));
    expect(await shownTitle()).toBe('A soft breath');
  });

  it('"Another one" shows a different exercise', async () => {
    await open(due());
    const first = await shownTitle();
    fireEvent.click(screen.getByRole('button', { name: 'Another one' }));
    await waitFor(async () => expect(await shownTitle()).not.toBe(first));
    expect(await storedValue('recentExercises')).toHaveLength(2);
  });

  it('the favourite toggle is stored', async () => {
    await open(due());
    await shownTitle();
    const { id } = await storedExercise();
    fireEvent.click(screen.getByRole('button', { name: /Favourite/ }));
    await waitFor(async () => expect((await prefsStored()).favourites).toEqual([id]));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /Favourite/ }).getAttribute('aria-pressed')).toBe(
        'true',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: /Favourite/ }));
    await waitFor(async () => expect((await prefsStored()).favourites).toEqual([]));
  });

  it('"Not for me" hides that exercise for good and offers another', async () => {
    await open(due());
    const first = await shownTitle();
    const { id } = await storedExercise();
    fireEvent.click(screen.getByRole('button', { name: 'Not for me' }));
    await waitFor(async () => expect(await shownTitle()).not.toBe(first));
    expect((await prefsStored()).notForMe).toEqual([id]);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/will not see that one again/),
    );
  });

  it('shows all steps at once when the user chose that', async () => {
    await open(due(), { stepsAtOnce: true });
    await shownTitle();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Next step' })).toBeNull();
  });

  it('says so when no exercise fits', async () => {
    await put({ exercisePrefs: { favourites: [], notForMe: library.map((e) => e.id) } });
    await open(due());
    expect(await screen.findByText(/No exercise fits your settings/)).toBeTruthy();
  });
});

describe('the popup on a break', () => {
  const onBreak = () =>
    engine({
      phase: 'on-break',
      breakStartedAt: Date.now(),
      breakEndsAt: Date.now() + 5 * MINUTE,
    });

  it('says until when, and Done only finishes the break', async () => {
    await open(onBreak());
    expect(await screen.findByRole('heading', { level: 1, name: 'Your break' })).toBeTruthy();
    expect(screen.getByText(said(/^Until /))).toBeTruthy();
    await shownTitle();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByText('Did this help?');
    expect(sent.intents).toHaveLength(1);
    expect(sent.intents[0]).toMatchObject({ name: 'finish-break', payload: { completed: true } });
  });

  it('keeps the exercise on screen when the break ends meanwhile', async () => {
    await open(onBreak());
    const title = await shownTitle();
    await put({ engineState: engine({ cycle: 5 }) });
    await screen.findByRole('heading', { level: 1, name: 'An exercise for you' });
    expect(await shownTitle()).toBe(title);
  });

  it('a due break, once begun, stays on screen when it ends on its own', async () => {
    await open(engine({ phase: 'due', dueSince: Date.now() }));
    const title = await shownTitle();
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await put({ engineState: engine({ cycle: 5 }) });
    await screen.findByRole('heading', { level: 1, name: 'An exercise for you' });
    expect(await shownTitle()).toBe(title);
    expect(screen.getByText('Step 2 of 3')).toBeTruthy();
  });

  it('"Back to break times" after Done shows the working status', async () => {
    await open(onBreak());
    await shownTitle();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await put({ engineState: engine({ cycle: 5 }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Back to break times' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Next break at/ })).toBeTruthy();
  });
});

describe('an exercise at any time', () => {
  it('while working, without starting a break', async () => {
    await open(engine());
    fireEvent.click(await screen.findByRole('button', { name: 'Try an exercise now' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'An exercise for you' }),
    ).toBeTruthy();
    await shownTitle();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByText('Did this help?');
    expect(sent.intents).toHaveLength(1);
    expect(sent.intents[0]).toMatchObject({ name: 'finish-break', payload: { completed: true } });
  });

  it('while paused', async () => {
    await open(engine({ phase: 'paused', pausedUntil: Date.now() + 30 * MINUTE }));
    fireEvent.click(await screen.findByRole('button', { name: 'Try an exercise now' }));
    expect(titles).toContain(await shownTitle());
    expect(sent.intents).toEqual([]);
  });
});

describe('the popup when quiet', () => {
  it('paused: until when, and Resume', async () => {
    await open(engine({ phase: 'paused', pausedUntil: Date.now() + 30 * MINUTE }));
    expect(await screen.findByRole('heading', { name: 'Breaks are paused' })).toBeTruthy();
    expect(screen.getByText(/They start again at/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume breaks' }));
    expect(sent.intents).toEqual([{ name: 'resume', payload: {} }]);
  });

  it('off-hours: when breaks start again', async () => {
    await open(engine({ phase: 'off-hours', offHoursUntil: Date.now() + 12 * 60 * MINUTE }));
    expect(await screen.findByRole('heading', { name: 'Outside your work hours' })).toBeTruthy();
    expect(screen.getByText(/Breaks start again at/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
  });

  it('deferred in full screen: why, until when, and a break now', async () => {
    await open(engine({ phase: 'deferred', deferredSince: Date.now() }), { deferCapSec: 900 });
    expect(await screen.findByRole('heading', { name: 'Your break is waiting' })).toBeTruthy();
    expect(screen.getByText(/at the latest/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Take a break now' }));
    expect(sent.intents).toEqual([{ name: 'start-break', payload: { cycle: 4 } }]);
  });

  it('before the worker has stored any state', async () => {
    await open(null);
    expect(await screen.findByText(/Tend is getting ready/)).toBeTruthy();
  });
});

describe('the popup as a small window', () => {
  it('adds a Close button', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    await open(engine(), {}, { windowed: true });
    fireEvent.click(await screen.findByRole('button', { name: 'Close' }));
    expect(close).toHaveBeenCalledOnce();
  });

  it('has no Close button as a popup', async () => {
    await open(engine());
    await screen.findByRole('button', { name: 'Settings' });
    expect(screen.queryByRole('button', { name: 'Close' })).toBeNull();
  });
});

describe('in German', () => {
  it('speaks German', async () => {
    setLocale('de');
    await open(engine({ phase: 'paused', pausedUntil: Date.now() + 30 * MINUTE }));
    expect(await screen.findByRole('heading', { name: 'Die Pausen sind angehalten' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pausen fortsetzen' })).toBeTruthy();
  });
});

describe('with the real exercise library', () => {
  it('a due break shows one of its exercises, in its own words', async () => {
    startWorker(exercises);
    await put({
      settings: defaultSettings,
      engineState: engine({ phase: 'due', dueSince: Date.now() }),
    });
    render(<App />);
    await screen.findByRole('button', { name: 'Done' });
    const stored = await storedExercise();
    const words = exerciseText(stored?.id ?? '');
    expect(words).toBeDefined();
    expect(screen.getByRole('heading', { level: 2, name: words?.title })).toBeTruthy();
    expect(exercises.some((e) => e.id === stored?.id)).toBe(true);
  });
});

describe('an exercise not yet translated', () => {
  it('is marked as English inside the German popup', async () => {
    setLocale('de');
    const untranslated = exercises.find((e) => !locales.de.exercises[e.id]);
    if (!untranslated) return;
    startWorker(exercises);
    await put({
      currentExercise: {
        id: untranslated.id,
        kind: untranslated.kind,
        durationSec: untranslated.durationSec,
        cycle: 4,
        chosenAt: Date.now(),
      },
      settings: defaultSettings,
      engineState: engine({ phase: 'due', dueSince: Date.now() }),
    });
    render(<App />);
    const title = await screen.findByRole('heading', {
      level: 2,
      name: english.exercises[untranslated.id]?.title,
    });
    expect(title.getAttribute('lang')).toBe('en');
    expect(screen.getByRole('button', { name: 'Fertig' })).toBeTruthy();
  });
});
