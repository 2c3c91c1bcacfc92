import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/lib/engine/types';
import {
  appendEntry,
  attachExercise,
  MAX_ENTRIES,
  RETENTION_DAYS,
  rateLatestExercise,
  repairHistory,
  retain,
} from '@/lib/history';

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
    const { entries, dropped } = repairHistory([
      { kind: 'taken', at: NOW },
      { kind: 'lunch', at: NOW },
      'garbage',
      { kind: 'skipped', at: -5 },
      { kind: 'natural', at: NOW - 10, durationMs: 300000 },
    ]);
    expect(entries).toEqual([
      { kind: 'natural', at: NOW - 10, durationMs: 300000 },
      { kind: 'taken', at: NOW },
    ]);
    expect(dropped).toBe(3);
    expect(repairHistory({ not: 'a list' })).toEqual({ entries: [], dropped: 1 });
  });

  it('attaches a late-finished exercise to the break it belonged to', () => {
    const breakEntry: HistoryEntry = {
      kind: 'taken',
      at: NOW - 10 * 60_000,
      durationMs: 5 * 60_000,
    };
    const done: HistoryEntry = { kind: 'taken', at: NOW, exerciseId: 'cn-a', completed: true };
    expect(attachExercise([breakEntry], done, NOW)).toEqual([
      { ...breakEntry, exerciseId: 'cn-a', exerciseKind: undefined, completed: true },
    ]);
    const longAgo: HistoryEntry = { kind: 'taken', at: NOW - 3 * 60 * 60_000, durationMs: 0 };
    expect(attachExercise([longAgo], done, NOW)).toHaveLength(2);
  });

  it('records "Did this help?" on the latest completed exercise only', () => {
    const entries: HistoryEntry[] = [
      { kind: 'taken', at: 1, exerciseId: 'a', completed: true },
      { kind: 'taken', at: 2, exerciseId: 'b', completed: true },
      { kind: 'skipped', at: 3 },
    ];
    const rated = rateLatestExercise(entries, false);
    expect(rated[1]).toMatchObject({ exerciseId: 'b', helped: false });
    expect(rated[0]).not.toHaveProperty('helped');
  });
});
