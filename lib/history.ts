import type { HistoryEntry } from './engine/types';

/**
 * Break history: pure operations over an array kept oldest first (the stored key, its
 * schema and its repair are in lib/store/history.ts). Retention keeps at least the last 90
 * days (the statistics show 30), bounded in count so storage cannot grow forever.
 */

export const RETENTION_DAYS = 180;
export const MAX_ENTRIES = 5000;
const DAY = 24 * 60 * 60 * 1000;
/** An exercise finished this soon after its break ended on its own belongs to that break. */
const ATTACH_WINDOW_MS = 30 * 60 * 1000;

/** The oldest time Tend keeps an entry from. */
export const retentionCutoff = (now: number) => now - RETENTION_DAYS * DAY;

/** Applies the retention rule: nothing newer than RETENTION_DAYS is ever dropped by age. */
export function retain(entries: HistoryEntry[], now: number): HistoryEntry[] {
  const cutoff = retentionCutoff(now);
  const recent = entries.filter((e) => e.at >= cutoff);
  return recent.length > MAX_ENTRIES ? recent.slice(recent.length - MAX_ENTRIES) : recent;
}

/** Whether `entry` is already recorded: the same kind for the same cycle. */
function recorded(entries: readonly HistoryEntry[], entry: HistoryEntry): boolean {
  return (
    entry.cycle !== undefined &&
    entries.some(
      (e) =>
        e.cycle === entry.cycle &&
        e.kind === entry.kind &&
        (entry.kind !== 'taken' || e.at === entry.at),
    )
  );
}

export function appendEntry(entries: HistoryEntry[], entry: HistoryEntry, now: number) {
  if (recorded(entries, entry)) return entries;
  const next = [...entries];
  // Kept sorted by time: entries such as a natural break are recorded after the fact.
  let i = next.length;
  while (i > 0 && (next[i - 1]?.at ?? 0) > entry.at) i--;
  next.splice(i, 0, entry);
  return retain(next, now);
}

/**
 * Records an exercise finished outside a running break: on the break of its cycle when that
 * break is recorded without one (it ended on its own moments before), nowhere when that cycle
 * already has this exercise (the same Done, sent twice) or another outcome, else as a short
 * break of its own (an exercise done while breaks are paused).
 */
export function attachExercise(entries: HistoryEntry[], entry: HistoryEntry, now: number) {
  const ofCycle = (e: HistoryEntry) => entry.cycle !== undefined && e.cycle === entry.cycle;
  const sameCycle = (e: HistoryEntry) => e.kind === 'taken' && ofCycle(e);
  if (entries.some((e) => sameCycle(e) && e.exerciseId === entry.exerciseId)) return entries;
  // That break was skipped, snoozed or taken by stepping away (from another window, say):
  // a Done meant for it comes too late to make it a second outcome of the same break.
  if (entries.some((e) => ofCycle(e) && ['skipped', 'snoozed', 'natural'].includes(e.kind))) {
    return entries;
  }
  const index = entries.findLastIndex(
    (e) =>
      sameCycle(e) &&
      e.exerciseId === undefined &&
      now - (e.at + (e.durationMs ?? 0)) <= ATTACH_WINDOW_MS,
  );
  const target = entries[index];
  if (target) {
    const next = [...entries];
    next[index] = {
      ...target,
      exerciseId: entry.exerciseId,
      exerciseKind: entry.exerciseKind,
      completed: entry.completed,
    };
    return next;
  }
  return appendEntry(entries, { ...entry, durationMs: entry.durationMs ?? 0 }, now);
}

/** The entry an exercise was recorded in for `cycle`, for the rating that follows. */
export function exerciseEntry(
  entries: readonly HistoryEntry[],
  cycle: number,
  exerciseId: string,
): HistoryEntry | undefined {
  return entries.findLast(
    (e) => e.kind === 'taken' && e.cycle === cycle && e.exerciseId === exerciseId,
  );
}

/** Records "Did this help?" on the entry recorded at `at` for `exerciseId`, and no other. */
export function rateExercise(
  entries: HistoryEntry[],
  at: number,
  exerciseId: string,
  helped: boolean,
): HistoryEntry[] {
  const index = entries.findIndex(
    (e) => e.kind === 'taken' && e.at === at && e.exerciseId === exerciseId,
  );
  const target = entries[index];
  if (!target || target.helped === helped) return entries;
  const next = [...entries];
  next[index] = { ...target, helped };
  return next;
}

/**
 * An imported history merged into the current one: every entry once (the same kind at the
 * same time is the same entry), oldest first, within what Tend keeps. Imported entries carry
 * no cycle: cycles are numbered per browser.
 */
export function mergeHistory(
  current: readonly HistoryEntry[],
  imported: readonly HistoryEntry[],
  now: number,
): HistoryEntry[] {
  const seen = new Set(current.map((e) => `${e.kind}@${e.at}`));
  const added = imported.filter((e) => !seen.has(`${e.kind}@${e.at}`));
  return retain(
    [...current, ...added].sort((a, b) => a.at - b.at),
    now,
  );
}

/** Imported entries as Tend keeps them: no cycle numbers from another browser. */
export function withoutCycles(entries: readonly HistoryEntry[]): HistoryEntry[] {
  return entries.map(({ cycle: _cycle, ...rest }) => rest);
}

/** "Did this help?" answers per exercise, counted from the history, for the chooser. */
export function ratingsFrom(
  entries: readonly HistoryEntry[],
): Map<string, { helped: number; notHelped: number }> {
  const ratings = new Map<string, { helped: number; notHelped: number }>();
  for (const e of entries) {
    if (e.exerciseId === undefined || e.helped === undefined) continue;
    const r = ratings.get(e.exerciseId) ?? { helped: 0, notHelped: 0 };
    if (e.helped) r.helped++;
    else r.notHelped++;
    ratings.set(e.exerciseId, r);
  }
  return ratings;
}
