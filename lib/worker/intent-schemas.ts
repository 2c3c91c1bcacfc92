import * as v from 'valibot';
import type { IntentName } from '../protocol';
import { boundedCount, realTime } from '../store/bounds';

/**
 * Every intent's payload, checked in the worker before it acts: a page is trusted no more
 * than storage is. Settings, import data and pause requests are checked further by their
 * handlers (lib/worker/intents.ts), which know their rules.
 */
const exerciseId = () => v.pipe(v.string(), v.maxLength(64));

/** A kept popup frame and its key: a popup's worth of elements, far below the address's limit. */
const FRAME_MAX = 64 * 1024;

/**
 * Each intent's schema is built when that intent arrives, and dropped after the check: most
 * wakes of the worker are alarms, and the worker's heap after start has a budget (issue 15).
 */
export const intentSchemas: Record<IntentName, () => v.GenericSchema> = {
  'start-break': () => v.object({ cycle: boundedCount() }),
  'finish-break': () =>
    v.object({
      cycle: boundedCount(),
      exerciseId: v.optional(exerciseId()),
      completed: v.optional(v.boolean()),
    }),
  snooze: () =>
    v.object({
      cycle: boundedCount(),
      minutes: v.optional(v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(60))),
    }),
  skip: () => v.object({ cycle: boundedCount() }),
  pause: () =>
    v.object({
      request: v.union([
        v.object({ minutes: v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(7 * 1440)) }),
        v.object({ until: realTime() }),
        v.object({ untilTomorrow: v.literal(true) }),
      ]),
    }),
  resume: () => v.object({}),
  'rate-exercise': () =>
    v.object({ at: realTime(), exerciseId: exerciseId(), helped: v.boolean() }),
  'choose-exercise': () => v.object({ cycle: boundedCount(), replacing: v.optional(exerciseId()) }),
  'set-favourite': () => v.object({ id: exerciseId(), favourite: v.boolean() }),
  'set-not-for-me': () => v.object({ id: exerciseId(), hidden: v.boolean() }),
  'save-settings': () => v.object({ patch: v.record(v.string(), v.unknown()) }),
  reset: () => v.object({ alsoHistory: v.boolean() }),
  import: () =>
    v.object({
      data: v.object({
        settings: v.unknown(),
        history: v.array(v.unknown()),
        exercisePrefs: v.unknown(),
      }),
      mode: v.picklist(['merge', 'replace']),
    }),
  'test-nudge': () => v.object({}),
  'keep-frame': () =>
    v.object({
      key: v.pipe(v.string(), v.maxLength(FRAME_MAX)),
      frame: v.pipe(v.string(), v.maxLength(FRAME_MAX)),
      clock: v.optional(v.pipe(v.string(), v.maxLength(2048))),
    }),
};
