import * as v from 'valibot';
import type { HistoryEntry } from './engine/types';

/**
 * Break history: pure helpers over an array kept oldest first. Retention keeps at least the
 * last 90 days (the statistics show 30), bounded in count so storage cannot grow forever.
 */

export const RETENTION_DAYS = 180;
export const MAX_ENTRIES = 5000;
const DAY = 24 * 60 * 60 * 1000;
/** An exercise finished this soon after its break ended on its own belongs to that break. */
const ATTACH_WINDOW_MS = 30 * 60 * 1000;

const time = v.pipe(v.number(), v.finite(), v.minValue(0));

export const historyEntrySchema = v.object({
  kind: v.picklist(['taken', 'natural', 'snoozed', 'skipped', 'deferred']),
  at: time,
  dueAt: v.optional(time),
  durationMs: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
  exerciseId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  exerciseKind: v.optional(v.pipe(v.string(), v.maxLength(32))),
  completed: v.optional(v.boolean()),
  helped: v.optional(v.boolean()),
}) satisfies v.GenericSchema<unknown, HistoryEntry>;

/**
 * Keeps every valid entry of untrusted data (storage, an import file) and reports how many
 * were dropped; one corrupt entry never costs the rest.
 */
export function repairHistory(input: unknown): { entries: HistoryEntry[]; dropped: number } {
  if (!Array.isArray(input)) return { entries: [], dropped: input == null ? 0 : 1 };
  const entries: HistoryEntry[] = [];
  for (const item of input) {
    const parsed = v.safeParse(historyEntrySchema, item);
    if (parsed.success) entries.push(parsed.output);
  }
  entries.sort((a, b) => a.at - b.at);
  return { entries, dropped: input.length - entries.length };
}

/** Applies the retention rule: nothing newer than RETENTION_DAYS is ever dropped by age. */
export function retain(entries: HistoryEntry[], now: number): HistoryEntry[] {
  const cutoff = now - RETENTION_DAYS * DAY;
  const recent = entries.filter((e) => e.at >= cutoff);
  return recent.length > MAX_ENTRIES ? recent.slice(recent.length - MAX_ENTRIES) : recent;
}

export function appendEntry(entries: HistoryEntry[], entry: HistoryEntry, now: number) {
  const next = [...entries];
  // Kept sorted by time: entries such as a natural break are recorded after the fact.
  let i = next.length;
  while (i > 0 && (next[i - 1]?.at ?? 0) > entry.at) i--;
  next.splice(i, 0, entry);
  return retain(next, now);
}

/** Attaches a finished exercise to the break it belonged to, or records it on its own. */
export function attachExercise(entries: HistoryEntry[], entry: HistoryEntry, now: number) {
  const lastIndex = entries.findLastIndex((e) => e.kind === 'taken');
  const last = entries[lastIndex];
  if (last && last.exerciseId === undefined) {
    const endedAt = last.at + (last.durationMs ?? 0);
    if (now - endedAt <= ATTACH_WINDOW_MS) {
      const next = [...entries];
      next[lastIndex] = {
        ...last,
        exerciseId: entry.exerciseId,
        exerciseKind: entry.exerciseKind,
        completed: entry.completed,
      };
      return next;
    }
  }
  return appendEntry(entries, { ...entry, durationMs: entry.durationMs ?? 0 }, now);
}

/** Records the answer to "Did this help?" on the latest completed exercise. */
export function rateLatestExercise(entries: HistoryEntry[], helped: boolean): HistoryEntry[] {
  const index = entries.findLastIndex((e) => e.kind === 'taken' && e.completed === true);
  const target = entries[index];
  if (!target) return entries;
  const next = [...entries];
  next[index] = { ...target, helped };
  return next;
}
