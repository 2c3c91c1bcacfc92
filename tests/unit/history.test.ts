import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/lib/engine/types';
import {
  appendEntry,
  attachExercise,
  MAX_ENTRIES,
  mergeHistory,
  RETENTION_DAYS,
  rateExercise,
  retain,
} from '@/lib/history';
import { repairHistory } from '@/lib/store/history';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 25, 12);

describe('break history', () => {
  it('keeps at least 90 days of breaks', () => {
    const old: HistoryEntry = { kind: 'taken', at: NOW - 90 * DAY };
    expect(appendEntry([old], { kind: 'skipped', at: NOW }, NOW)).toHaveLength(2);
    expect(RETENTION_DAYS).toBeGreaterThanOrEqual(90);
  });

  it('drops breaks older than the retention period', () => {
    const ancient: HistoryEntry = { kind: 'taken', at: NOW - (RETENTION_DAYS + 1) * DAY };
    expect(appendEntry([ancient], { kind: 'natural', at: NOW }, NOW)).toEqual([
      { kind: 'natural', at: NOW },
    ]);
  });

  it('is bounded in size, dropping the oldest first', () => {
    const many = Array.from({ length: MAX_ENTRIES }, (_, i) => ({
      kind: 'taken' as const,
      at: NOW - DAY + i,
    }));
    const next = appendEntry(many, { kind: 'skipped', at: NOW }, NOW);
    expect(next).toHaveLength(MAX_ENTRIES);
    expect(next[0]?.at).toBe(NOW - DAY + 1);
    expect(next.at(-1)).toEqual({ kind: 'skipped', at: NOW });
  });

  it('keeps entries in time order even when a natural break is recorded after the fact', () => {
    const entries = appendEntry(
      [{ kind: 'snoozed', at: NOW - 1000 }],
      { kind: 'natural', at: NOW - 5000 },
      NOW,
    );
    expect(entries.map((e) => e.kind)).toEqual(['natural', 'snoozed']);
  });

  it('never loses entries except by the retention rule', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 * DAY }), { maxLength: 80 }), (ages) => {
        let entries: HistoryEntry[] = [];
        for (const age of ages)
          entries = appendEntry(entries, { kind: 'taken', at: NOW - age }, NOW);
        const kept = ages.filter((age) => age <= RETENTION_DAYS * DAY).length;
        expect(entries).toHaveLength(kept);
        expect(retain(entries, NOW)).toEqual(entries);
      }),
    );
  });

  it('keeps the valid entries of a damaged stored history', () => {
    const { entries, invalid, future } = repairHistory(
      [
        { kind: 'taken', at: NOW },
        { kind: 'lunch', at: NOW },
        'garbage',
        { kind: 'skipped', at: -5 },
        { kind: 'natural', at: NOW - 10, durationMs: 300000 },
        { kind: 'taken', at: 9e15 },
        { kind: 'taken', at: NOW + 400 * DAY },
      ],
      NOW,
    );
    expect(entries).toEqual([
      { kind: 'natural', at: NOW - 10, durationMs: 300000 },
      { kind: 'taken', at: NOW },
    ]);
    expect(invalid).toBe(4); // the unknown kind, the string, the date before Tend, 9e15
    expect(future).toBe(1);
    expect(repairHistory({ not: 'a list' }, NOW)).toEqual({ entries: [], invalid: 1, future: 0 });
  });

  it('attaches a late-finished exercise to the break of its cycle, once', () => {
    const breakEntry: HistoryEntry = {
      kind: 'taken',
      at: NOW - 10 * 60_000,
      durationMs: 5 * 60_000,
      cycle: 7,
    };
    const done: HistoryEntry = {
      kind: 'taken',
      at: NOW,
      cycle: 7,
      exerciseId: 'cn-a',
      completed: true,
    };
    const attached = attachExercise([breakEntry], done, NOW);
    expect(attached).toEqual([
      { ...breakEntry, exerciseId: 'cn-a', exerciseKind: undefined, completed: true },
    ]);
    // The same Done again finds it recorded.
    expect(attachExercise(attached, done, NOW + 1000)).toBe(attached);
    // Another cycle's break is never the target.
    expect(attachExercise([breakEntry], { ...done, cycle: 8 }, NOW)).toHaveLength(2);
  });

  it('records "Did this help?" on the named entry only', () => {
    const entries: HistoryEntry[] = [
      { kind: 'taken', at: 1, exerciseId: 'a', completed: true },
      { kind: 'taken', at: 2, exerciseId: 'b', completed: true },
      { kind: 'taken', at: 3, exerciseId: 'c', completed: true },
    ];
    const rated = rateExercise(entries, 1, 'a', false);
    expect(rated[0]).toMatchObject({ exerciseId: 'a', helped: false });
    expect(rated[1]).not.toHaveProperty('helped');
    expect(rated[2]).not.toHaveProperty('helped');
    expect(rateExercise(entries, 1, 'b', true)).toBe(entries);
  });

  it('merges an import without doubling entries it already has', () => {
    const here: HistoryEntry[] = [{ kind: 'taken', at: NOW - 2 * DAY, cycle: 3 }];
    const file: HistoryEntry[] = [
      { kind: 'taken', at: NOW - 2 * DAY },
      { kind: 'skipped', at: NOW - DAY },
    ];
    expect(mergeHistory(here, file, NOW).map((e) => e.kind)).toEqual(['taken', 'skipped']);
  });
});
