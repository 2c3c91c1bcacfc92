import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/lib/engine/types';
import { buildExport, MAX_IMPORT_BYTES, parseImport } from '@/lib/export-import';
import { defaultSettings } from '@/lib/settings/settings';

const NOW = Date.UTC(2026, 10, 25, 12);
const history: HistoryEntry[] = [
  {
    kind: 'taken',
    at: NOW - 1000,
    durationMs: 120000,
    exerciseId: 'sc-kind-word',
    completed: true,
  },
  { kind: 'skipped', at: NOW },
];
const data = {
  settings: { ...defaultSettings, workIntervalSec: 25 * 60 },
  history,
  exercisePrefs: { favourites: ['cn-warm-moment'], notForMe: [] },
};

describe('export and import', () => {
  it('gives back exactly what was exported', () => {
    const text = JSON.stringify(buildExport(data, NOW));
    expect(parseImport(text, NOW)).toEqual({
      ok: true,
      data,
      report: { kept: 2, future: 0, old: 0 },
    });
  });

  it('marks the file with its format, version and date', () => {
    expect(buildExport(data, NOW)).toMatchObject({
      format: 'tend-export',
      version: 1,
      exportedAt: '2026-11-25T12:00:00.000Z',
    });
  });

  it('refuses a file that is not JSON', () => {
    expect(parseImport('{ nope', NOW)).toEqual({
      ok: false,
      message: 'This file is not valid JSON. Nothing was changed.',
    });
  });

  it('refuses a JSON file from something else', () => {
    const result = parseImport(JSON.stringify({ name: 'my-package', version: '1.0.0' }), NOW);
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a Tend export/),
    });
  });

  it('refuses a file from a newer version, and says so', () => {
    const file = { ...buildExport(data, NOW), version: 7 };
    expect(parseImport(JSON.stringify(file), NOW)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/newer version of Tend/),
    });
  });

  it('names the settings that are not valid', () => {
    const file = buildExport(data, NOW);
    const bad = {
      ...file,
      settings: { ...file.settings, breakLengthSec: -1, nudgeStyle: 'siren' },
    };
    const result = parseImport(JSON.stringify(bad), NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('breakLengthSec');
      expect(result.message).toContain('nudgeStyle');
    }
  });

  it('refuses a file whose history is damaged, rather than importing part of it', () => {
    const file = { ...buildExport(data, NOW), history: [...history, { kind: 'party', at: 'now' }] };
    expect(parseImport(JSON.stringify(file), NOW)).toMatchObject({ ok: false });
  });

  it('refuses a huge file without reading it', () => {
    expect(parseImport('x'.repeat(MAX_IMPORT_BYTES + 1), NOW)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/too large/),
    });
  });

  it('migrates a version 0 file, whose durations were in minutes', () => {
    const { workIntervalSec, breakLengthSec, snoozeSec, ...rest } = defaultSettings;
    const v0 = {
      format: 'tend-export',
      version: 0,
      settings: { ...rest, workMinutes: 30, breakMinutes: 5, snoozeMinutes: 10 },
      history,
    };
    const result = parseImport(JSON.stringify(v0), NOW);
    expect(result).toMatchObject({
      ok: true,
      data: { settings: { workIntervalSec: 1800, breakLengthSec: 300, snoozeSec: 600 }, history },
    });
  });
});
