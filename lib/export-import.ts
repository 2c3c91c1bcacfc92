import * as v from 'valibot';
import type { HistoryEntry } from './engine/types';
import { MAX_ENTRIES, retentionCutoff, withoutCycles } from './history';
import { settingsSchema } from './settings/schema';
import type { Settings } from './settings/settings';
import { type ExercisePrefs, exercisePrefsSchema } from './store/exercise-prefs';
import { repairHistory } from './store/history';

/**
 * Export and import of a user's data as a versioned JSON file. Parsing never throws and never
 * writes: it returns the data to save, or a plain message saying why the file was refused.
 */

export const EXPORT_FORMAT = 'tend-export';
export const EXPORT_VERSION = 1;
/** A real export is a few hundred kB at most; anything far larger is not ours. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** An imported entry may lie this far ahead of now (clocks differ a little), no further. */
const IMPORT_FUTURE_MS = 60 * 60 * 1000;

/**
 * The data of an export, as the worker checks it again before an import is applied (the page
 * checked it with `parseImport`; the worker trusts no page).
 */
export const exportDataSchema = () =>
  v.object({
    settings: settingsSchema(),
    history: v.pipe(v.array(v.unknown()), v.maxLength(MAX_ENTRIES)),
    exercisePrefs: exercisePrefsSchema(),
  });

export interface ExportData {
  settings: Settings;
  history: HistoryEntry[];
  exercisePrefs: ExercisePrefs;
}

export interface ExportFile extends ExportData {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
}

export function buildExport(data: ExportData, now: number): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    ...data,
  };
}

/** What an import keeps of a file's history, told to the user before they confirm. */
export interface ImportReport {
  /** Entries the file brings that Tend will keep. */
  kept: number;
  /** Left out: dated in the future. */
  future: number;
  /** Left out: older than Tend keeps, or beyond the most it keeps. */
  old: number;
}

export type ImportResult =
  | { ok: true; data: ExportData; report: ImportReport }
  | { ok: false; message: string };

/**
 * Version 0 was a draft format that stored durations in minutes (`workMinutes`,
 * `breakMinutes`, `snoozeMinutes`); it is migrated to seconds here.
 */
function migrateV0(file: Record<string, unknown>): Record<string, unknown> {
  const old = (file.settings ?? {}) as Record<string, unknown>;
  const { workMinutes, breakMinutes, snoozeMinutes, ...rest } = old;
  const seconds = (m: unknown) => (typeof m === 'number' ? m * 60 : undefined);
  return {
    ...file,
    version: 1,
    settings: {
      ...rest,
      workIntervalSec: seconds(workMinutes),
      breakLengthSec: seconds(breakMinutes),
      snoozeSec: seconds(snoozeMinutes),
    },
  };
}

export function parseImport(text: string, now: number): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      message: 'This file is too large to be a Tend export. Nothing was changed.',
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not valid JSON. Nothing was changed.' };
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== EXPORT_FORMAT
  ) {
    return { ok: false, message: 'This file is not a Tend export. Nothing was changed.' };
  }
  let file = raw as Record<string, unknown>;
  if (file.version === 0) file = migrateV0(file);
  if (file.version !== EXPORT_VERSION) {
    return {
      ok: false,
      message: `This export comes from a newer version of Tend (format ${String(file.version)}). Update Tend, then try again. Nothing was changed.`,
    };
  }
  const settings = v.safeParse(settingsSchema(), file.settings);
  if (!settings.success) {
    const fields = [...new Set(settings.issues.map((i) => v.getDotPath(i) ?? 'settings'))];
    return {
      ok: false,
      message: `Some settings in this file are not valid (${fields.join(', ')}). Nothing was changed.`,
    };
  }
  if (!Array.isArray(file.history)) {
    return {
      ok: false,
      message: 'The break history in this file is missing. Nothing was changed.',
    };
  }
  const { entries, invalid, future } = repairHistory(file.history, now, IMPORT_FUTURE_MS);
  if (invalid > 0) {
    return {
      ok: false,
      message: `${invalid} entries of the break history in this file are not valid. Nothing was changed.`,
    };
  }
  const cutoff = retentionCutoff(now);
  const kept = withoutCycles(entries.filter((e) => e.at >= cutoff).slice(-MAX_ENTRIES));
  const prefs = v.safeParse(
    exercisePrefsSchema(),
    file.exercisePrefs ?? { favourites: [], notForMe: [] },
  );
  if (!prefs.success) {
    return {
      ok: false,
      message: 'The exercise favourites in this file are not valid. Nothing was changed.',
    };
  }
  return {
    ok: true,
    data: { settings: settings.output, history: kept, exercisePrefs: prefs.output },
    report: { kept: kept.length, future, old: entries.length - kept.length },
  };
}
