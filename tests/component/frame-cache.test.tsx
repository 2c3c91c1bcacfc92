// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import fc from 'fast-check';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { learnClockPattern } from '@/components/popup/clock-learn';
import type { ClockPattern } from '@/components/popup/clock-pattern';
import { frameKey, frameRecord, frameUntil, keptFrame } from '@/components/popup/frame-cache';
import { frameNodes } from '@/components/popup/frame-nodes';
import { App } from '@/entrypoints/popup/App';
import type { PopupData, PopupStore } from '@/entrypoints/popup/popup-data';
import type { EngineState } from '@/lib/engine/types';
import { setLocale } from '@/lib/i18n';
import { defaultSettings } from '@/lib/settings/settings';
import { encode } from '@/lib/store/define';
import { exercisePrefsKey } from '@/lib/store/exercise-prefs';
import { popupAddress, popupKeys } from '@/lib/store/popup-view';
import { engineAt } from './engine-fixture';

/**
 * The popup's kept first frame (components/popup/frame-cache.ts): shown by a tiny script
 * before the app loads, then rendered over by the app. It must be exactly what the app
 * renders at the moment it is shown, or the popup's first frame would jump.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const BUILD = 'test';

const exercise = { id: 'sc-kind-word', kind: 'self-compassion', durationSec: 60 } as const;
const text = {
  title: 'A kind word',
  summary: 'Something small and kind.',
  steps: ['Notice how you feel.', 'Breathe out slowly.', 'Say one kind word.'],
};

/** A day's morning, local time: states below end within it. */
const morning = (day: number) => new Date(2026, 10, day, 8, 0).getTime();

const engine = (at: number, overrides: Partial<EngineState>) =>
  engineAt(at, { nextWakeAt: at + MINUTE, ...overrides });

/** Each view the popup opens on, as the worker would have stored it at `at`. */
const views = (at: number): Record<string, EngineState | null> => ({
  'not started': null,
  working: engine(at, {}),
  due: engine(at, { phase: 'due', nextBreakAt: at, dueSince: at }),
  'on a break': engine(at, {
    phase: 'on-break',
    breakStartedAt: at,
    breakEndsAt: at + 5 * MINUTE,
  }),
  'a long break': engine(at, {
    phase: 'on-break',
    longBreak: true,
    breakStartedAt: at,
    breakEndsAt: at + 15 * MINUTE,
  }),
  paused: engine(at, { phase: 'paused', pausedUntil: at + 2 * HOUR }),
  'off hours': engine(at, { phase: 'off-hours', offHoursUntil: at + 6 * HOUR }),
  deferred: engine(at, { phase: 'deferred', deferredSince: at }),
});

function popupData(state: EngineState | null): PopupData {
  return {
    engine: state,
    settings: defaultSettings,
    prefs: exercisePrefsKey.fallback(),
    current: state && {
      id: exercise.id,
      kind: exercise.kind,
      durationSec: exercise.durationSec,
      cycle: state.cycle,
      chosenAt: state.workStartedAt,
    },
    nudgeProblem: null,
  };
}

/**
 * The query of the popup's address carrying `data`, as the worker writes it; with `frame`,
 * the frame page's, carrying that kept frame too.
 */
function search(data: PopupData, windowed = false, frame?: string): string {
  const raw = {
    ...(data.engine ? encode(popupKeys.engine, data.engine) : {}),
    ...encode(popupKeys.settings, data.settings),
    ...(data.current ? encode(popupKeys.current, data.current) : {}),
  };
  return new URL(popupAddress(raw, { windowed, frame }), 'chrome-extension://tend/').search;
}

/** The frame the worker holds: the last one a popup handed it. */
let kept: string | undefined;
/** How English writes a time of day, learnt from Intl as a popup would. */
let clock: ClockPattern | undefined;

const fixedStore = (data: PopupData): PopupStore => ({
  get: () => data,
  ready: Promise.resolve(data),
  subscribe: () => () => undefined,
  close: () => undefined,
});

/** The app's own first render of `data` at `now`, as frame nodes. */
function appFrame(data: PopupData, now: number, windowed = false) {
  vi.setSystemTime(now);
  const { container, unmount } = render(
    <App
      store={fixedStore(data)}
      windowed={windowed}
      textFor={(id) => (id === exercise.id ? { text, lang: 'en' } : undefined)}
    />,
  );
  const nodes = frameNodes(container);
  unmount();
  return nodes;
}

/** A popup at `now` hands its first frame of `data` to the worker, as main.tsx does. */
function keep(data: PopupData, now: number, windowed = false) {
  kept = frameRecord(appFrame(data, now, windowed), {
    buildId: BUILD,
    clock,
    now,
    until: frameUntil(data.engine, now),
  });
}

/**
 * What the first-frame script of the next popup of `data` would show at `now`, as frame
 * nodes, its address carrying the kept frame.
 */
function shownFrame(data: PopupData, now: number, windowed = false) {
  const nodes = keptFrame(search(data, windowed, kept), now, BUILD);
  if (!nodes) return undefined;
  const holder = document.createElement('div');
  holder.append(...nodes);
  return frameNodes(holder);
}

beforeAll(() => {
  setLocale('en');
});

beforeEach(() => {
  localStorage.clear();
  kept = undefined;
  vi.useFakeTimers({ toFake: ['Date'] });
  clock = learnClockPattern('en');
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('a kept first frame', () => {
  for (const [view, state] of Object.entries(views(morning(24)))) {
    it(`is what the app renders when shown again later (${view})`, () => {
      const data = popupData(state);
      keep(data, morning(24));
      for (const later of [0, 30_000, 2 * MINUTE + 1_234, 4 * MINUTE]) {
        const now = morning(24) + later;
        const shown = shownFrame(data, now);
        expect(shown, `${later} ms later`).toBeDefined();
        expect(shown).toEqual(appFrame(data, now));
      }
    });
  }

  it('is what the app renders at any later moment it is shown (property)', () => {
    const data = Object.values(views(morning(24)));
    let shownCount = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: data.length - 1 }),
        fc.integer({ min: 0, max: 24 * HOUR - 1 }),
        fc.integer({ min: 0, max: 3 * HOUR }),
        fc.boolean(),
        (which, from, later, windowed) => {
          kept = undefined;
          const state = data[which] ?? null;
          const at = morning(24) - 8 * HOUR + from;
          // The state as stored a moment before the popup that keeps the frame opened.
          const shifted = popupData(state && shiftedState(state, at - morning(24)));
          keep(shifted, at, windowed);
          const shown = shownFrame(shifted, at + later, windowed);
          if (shown === undefined) return;
          shownCount++;
          expect(shown).toEqual(appFrame(shifted, at + later, windowed));
        },
      ),
      { numRuns: 150 },
    );
    // Most opens within a state's span show the kept frame; the rest fall back to the app.
    expect(shownCount).toBeGreaterThan(30);
  });

  it('outlives the worker wakes that change only its bookkeeping', () => {
    const at = morning(24);
    const state = engine(at, {});
    const data = popupData(state);
    keep(data, at);
    const woke = popupData({
      ...state,
      lastSeenAt: at + 3 * MINUTE,
      nextWakeAt: at + 4 * MINUTE,
      presence: { state: 'idle', awaySince: at + MINUTE },
      nudgedCycle: 4,
      headsUpCycle: 4,
    });
    expect(frameKey(search(woke))).toBe(frameKey(search(data)));
    // The popup never shows these: the app's render is the same.
    expect(appFrame(woke, at + 3 * MINUTE)).toEqual(appFrame(data, at + 3 * MINUTE));
    expect(shownFrame(woke, at + 3 * MINUTE)).toEqual(appFrame(woke, at + 3 * MINUTE));
  });

  it('is handed on for its own state and view only, and shown for its build and language only', () => {
    const at = morning(24);
    const data = popupData(engine(at, {}));
    keep(data, at);
    expect(shownFrame(data, at + MINUTE)).toBeDefined();
    // The worker hands a frame on only while its state's key is the current one
    // (lib/worker/popup-snapshot.ts): another state or view has another key.
    const snoozed = popupData(engine(at, { nextBreakAt: at + 45 * MINUTE }));
    expect(frameKey(search(snoozed))).not.toBe(frameKey(search(data)));
    expect(frameKey(search(data, true))).not.toBe(frameKey(search(data)));
    expect(frameKey(search(data))).not.toBeNull();
    expect(keptFrame(search(data, false, kept), at + MINUTE, 'another build')).toBeUndefined();
    expect(keptFrame(search(data, false, kept), at + MINUTE, BUILD, 'de-DE')).toBeUndefined();
  });

  it('is not shown the next day, after a time in its state, or before it was drawn', () => {
    const at = morning(24);
    const data = popupData(views(at)['on a break'] ?? null);
    keep(data, at);
    expect(shownFrame(data, at + 4 * MINUTE)).toBeDefined();
    expect(shownFrame(data, at + 5 * MINUTE)).toBeUndefined(); // the break has ended
    expect(shownFrame(data, at - MINUTE)).toBeUndefined(); // the clock went back
    // Nothing in the state comes before midnight: shown until then.
    const notStarted = popupData(null);
    keep(notStarted, at);
    expect(shownFrame(notStarted, morning(25) - 8 * HOUR - MINUTE)).toBeDefined();
    expect(shownFrame(notStarted, morning(25) - 8 * HOUR)).toBeUndefined();
  });

  it("keeps another day's moment in the words it was drawn with, until midnight", () => {
    // Late in the evening, the next break and the end of the working hours are tomorrow's.
    const at = morning(24) + 15 * HOUR + 20 * MINUTE;
    for (const state of [
      engine(at, { nextBreakAt: at + 50 * MINUTE }),
      engine(at, { phase: 'off-hours', offHoursUntil: morning(25) + HOUR }),
    ]) {
      const data = popupData(state);
      keep(data, at);
      const shown = shownFrame(data, at + 5 * MINUTE);
      expect(shown).toEqual(appFrame(data, at + 5 * MINUTE));
      expect(JSON.stringify(shown)).toMatch(/Wed/);
      expect(shownFrame(data, morning(25) - 8 * HOUR)).toBeUndefined();
    }
    // A moment that moves with the clock ("Pause 1 hour, until 12:20 AM") is written anew:
    // another day's only by a pattern that has learnt weekdays, or else by Intl.
    const data = popupData(engine(at, { nextBreakAt: at + 50 * MINUTE }));
    clock = clock?.slice(0, 5) as ClockPattern; // learnt without weekdays
    keep(data, at);
    expect(JSON.stringify(kept)).toMatch(/data-after/);
    expect(shownFrame(data, at + 5 * MINUTE)).toBeUndefined();
  });

  it('is not shown in another time zone than the one it was drawn in', () => {
    const at = morning(24);
    const data = popupData(engine(at, {}));
    keep(data, at);
    expect(shownFrame(data, at + MINUTE)).toBeDefined();
    const record = JSON.parse(kept ?? '{}');
    record.zone += 60;
    kept = JSON.stringify(record);
    expect(shownFrame(data, at + MINUTE)).toBeUndefined();
  });

  it('gives way to the app when the countdown reaches its last minute', () => {
    const at = morning(24);
    const data = popupData(engine(at, { nextBreakAt: at + 5 * MINUTE }));
    keep(data, at);
    expect(shownFrame(data, at + 3 * MINUTE)).toBeDefined();
    expect(shownFrame(data, at + 4 * MINUTE + 1)).toBeUndefined();
  });

  it('is not shown when its times could only be written by Intl', () => {
    const at = morning(24);
    const data = popupData(engine(at, {}));
    clock = undefined; // not learnt yet when that popup kept it
    keep(data, at);
    expect(shownFrame(data, at + MINUTE)).toBeUndefined();
    // Without a time in it, no pattern is needed.
    const notStarted = popupData(null);
    clock = undefined;
    keep(notStarted, at);
    expect(shownFrame(notStarted, at + MINUTE)).toEqual(appFrame(notStarted, at + MINUTE));
  });

  it('is ignored when damaged, and never builds anything that runs', () => {
    const at = morning(24);
    const data = popupData(engine(at, {}));
    for (const damaged of ['{', 'null', '[]', '{"key":1}', JSON.stringify({ nodes: 'x' })]) {
      kept = damaged;
      expect(shownFrame(data, at)).toBeUndefined();
    }
    keep(data, at);
    const record = JSON.parse(kept ?? '{}');
    record.nodes.push(['script', { src: '/x.js' }, []]);
    kept = JSON.stringify(record);
    expect(shownFrame(data, at)).toBeUndefined();
    record.nodes.pop();
    record.nodes.push(['button', { onclick: 'alert(1)' }, ['x']]);
    kept = JSON.stringify(record);
    const built = keptFrame(search(data, false, kept), at, BUILD) ?? [];
    expect((built.at(-1) as Element).getAttribute('onclick')).toBeNull();
  });
});

/** `state` with each of its times moved by `by` ms. */
function shiftedState(state: EngineState, by: number): EngineState {
  const shifted: Record<string, unknown> = { ...state };
  for (const [field, value] of Object.entries(state)) {
    if (typeof value === 'number' && value > 1e12) shifted[field] = value + by;
  }
  return shifted as unknown as EngineState;
}
