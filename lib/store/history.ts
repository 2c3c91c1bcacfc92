import * as v from 'valibot';
import type { HistoryEntry } from '../engine/types';
import { boundedCount, HISTORY_FUTURE_MS, isSaneTime, realTime } from './bounds';
import { defineKey, type Parsed } from './define';

/** One break in the history; every time a real date (see bounds.ts). Built per check (bounds.ts says why). */
export const historyEntrySchema = () =>
  v.object({
    kind: v.picklist(['taken', 'natural', 'snoozed', 'skipped', 'deferred']),
    at: realTime(),
    dueAt: v.optional(realTime()),
    durationMs: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(366 * 864e5))),
    /** The engine cycle it belongs to, so a repeated intent finds what it already recorded. */
    cycle: v.optional(boundedCount()),
    exerciseId: v.optional(v.pipe(v.string(), v.maxLength(64))),
    exerciseKind: v.optional(v.pipe(v.string(), v.maxLength(32))),
    completed: v.optional(v.boolean()),
    helped: v.optional(v.boolean()),
  }) satisfies v.GenericSchema<unknown, HistoryEntry>;

/** Why entries of untrusted history were left out. */
export interface HistoryRepair {
  entries: HistoryEntry[];
  /** Not a valid entry at all. */
  invalid: number;
  /** Dated further ahead of now than a clock error explains. */
  future: number;
}

/**
 * Keeps every valid entry of untrusted data (storage, an import file), oldest first, and
 * counts what it left out; one corrupt entry never costs the rest. `futureMs` is how far
 * ahead of now an entry may lie (import is stricter than a read).
 */
export function repairHistory(
  input: unknown,
  now: number,
  futureMs = HISTORY_FUTURE_MS,
): HistoryRepair {
  if (!Array.isArray(input)) {
    return { entries: [], invalid: input == null ? 0 : 1, future: 0 };
  }
  const entries: HistoryEntry[] = [];
  let invalid = 0;
  let future = 0;
  const schema = historyEntrySchema();
  for (const item of input) {
    const parsed = v.safeParse(schema, item);
    if (!parsed.success) invalid++;
    else if (!isSaneTime(parsed.output.at, now, futureMs)) future++;
    else entries.push(parsed.output);
  }
  entries.sort((a, b) => a.at - b.at);
  return { entries, invalid, future };
}

function parseHistory(raw: unknown, now: number): Parsed<HistoryEntry[]> {
  const { entries, invalid, future } = repairHistory(raw, now);
  const problems: string[] = [];
  if (invalid > 0) problems.push(`${invalid} invalid entries dropped`);
  if (future > 0) problems.push(`${future} entries dated in the future dropped`);
  return { value: entries, problems };
}

/** Every break, oldest first, bounded by the retention rule in lib/history.ts. */
export const historyKey = defineKey<HistoryEntry[]>({
  area: 'local',
  key: 'history',
  version: 1,
  fallback: () => [],
  parse: parseHistory,
});
