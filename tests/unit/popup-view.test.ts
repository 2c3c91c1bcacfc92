import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/lib/settings/settings';
import { popupAddress, popupRawKeys, snapshotIn } from '@/lib/store/popup-view';

/** What the worker hands the popup in its address (lib/store/popup-view.ts). */
const query = (address: string) => new URL(address, 'chrome-extension://tend/').search;

describe('the popup address', () => {
  const raw = {
    engineState: { version: 1, phase: 'working', cycle: 3, nextBreakAt: 1_800_000_000_000 },
    engineState$: { v: 1 },
    settings: { ...defaultSettings, language: 'fr' },
    currentExercise: null,
    history: [{ at: 1, kind: 'taken' }], // not shown by the popup: left out
  };

  it('carries the values the popup shows, and only those, through any characters', () => {
    const address = popupAddress({ ...raw, nudgeProblem: 'Benachrichtigungen aus & "später" ?#%' });
    expect(address.startsWith('/popup.html?')).toBe(true);
    const carried = snapshotIn(query(address));
    expect(carried).toEqual({
      engineState: raw.engineState,
      engineState$: raw.engineState$,
      settings: raw.settings,
      currentExercise: null,
      nudgeProblem: 'Benachrichtigungen aus & "später" ?#%',
    });
    expect(Object.keys(carried ?? {}).every((key) => popupRawKeys.includes(key))).toBe(true);
  });

  it('keeps the small window its view', () => {
    const search = query(popupAddress(raw, { windowed: true }));
    expect(new URLSearchParams(search).get('view')).toBe('window');
    expect(snapshotIn(search)?.engineState).toEqual(raw.engineState);
  });

  it('gives nothing for an address without a snapshot or with a broken one', () => {
    for (const search of [
      '',
      '?view=window',
      '?tend=',
      '?tend=%7Bbroken',
      '?tend=%5B1%5D',
      '?tend=7',
    ])
      expect(snapshotIn(search)).toBeNull();
  });
});
