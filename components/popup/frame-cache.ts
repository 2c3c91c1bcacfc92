import { WORKER_ONLY } from '@/lib/store/frame-key';
import { parseQueryJson } from '@/lib/store/query-json';
import { minutesUntil, nextMidnight, sameDay, withinWeek } from './clock-math';
import { type ClockPattern, writeMoment } from './clock-pattern';
import type { FrameNode } from './frame-nodes';

/**
 * The popup's first frame, kept for the next popup (issue 15: the popup opens as fast as a
 * static page). A popup drawn at once from the worker's snapshot hands the elements of its
 * first frame to the worker (`frameRecord`), which puts them in the address of the next popup
 * of the same state (lib/worker/popup-snapshot.ts): no storage is read before the paint. That
 * popup's page shows them from a tiny script (entrypoints/popup-first-frame.ts) before its
 * app has loaded, with each time in them written anew for that moment (TimeInWords.tsx marks
 * them); the app then renders over them, the same elements, so nothing moves. A kept frame is
 * only shown for the same build, language, time zone and state, on the same day and before
 * any time in that state comes. A time that neither the clock pattern nor the words it was
 * drawn with can write for that moment (only Intl could) is not shown.
 */

interface KeptFrame {
  /** The build that drew it (its markup and words). */
  build: string;
  /** The browser's language, which picks the words when the setting is "auto". */
  lang: string;
  /**
   * How the words' language writes a time of day, if learnt (clock-pattern.ts), less whom it
   * was learnt for: this browser, which has not restarted since (the worker keeps the frame
   * in session storage).
   */
  clock?: ClockParts | undefined;
  /** When it was drawn, and until when it may be shown. */
  at: number;
  until: number;
  /** The time zone's offset from UTC where it was drawn, in minutes (Date's). */
  zone: number;
  nodes: FrameNode[];
}

export { frameKey } from '@/lib/store/frame-key';

type ClockParts = ClockPattern extends [string, ...infer Parts] ? Parts : never;

/** Never built from a kept frame, whatever storage holds: nothing in it may run. */
const INERT = /^(script|style|link|meta|base|iframe|frame|object|embed|template)$/i;

/** Builds `nodes` with their times written for `now`; undefined when a time cannot be. */
function build(
  nodes: FrameNode[],
  now: number,
  drawnAt: number,
  pattern: ClockPattern | undefined,
): (Node | string)[] | undefined {
  let writable = true;
  // Texts stay strings, and the marks are read from the data: a script's first use of each
  // kind of DOM object costs it, and this runs before the first paint.
  const make = (node: FrameNode): Node | string => {
    if (typeof node === 'string') return node;
    const [tag, attributes, children] = node;
    if (INERT.test(tag)) throw new Error(`no <${tag}> in a kept frame`);
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (!/^on/i.test(name)) element.setAttribute(name, String(value));
    }
    const { 'data-at': at, 'data-after': after, 'data-until': until } = attributes;
    if (until !== undefined) {
      // At a minute or less the sentence is another one (nextBreakInUnderMinute).
      const minutes = minutesUntil(Number(until), now);
      writable &&= minutes > 1;
      element.textContent = String(minutes);
    } else if (at !== undefined || after !== undefined) {
      const moment = at !== undefined ? Number(at) : now + Number(after);
      const written = pattern && writeMoment(pattern, moment, now);
      if (written !== undefined) {
        element.textContent = written;
      } else {
        // Else only Intl, which is slow to start, could write it anew. A set moment on
        // another day keeps the words it was drawn with: they hold until midnight (`until`),
        // unless its date has since become needless.
        writable &&=
          at !== undefined &&
          !sameDay(moment, now) &&
          withinWeek(moment, drawnAt) === withinWeek(moment, now);
        element.append(...children.map(make));
      }
    } else {
      element.append(...children.map(make));
    }
    return element;
  };
  try {
    const built = nodes.map(make);
    return writable ? built : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The frame the frame page's address `search` carries, built for `now`, if it may be shown:
 * same build (`buildId`), browser language and time zone, drawn at most until now and before
 * `until`.
 * The worker hands a frame only to the popup of its own state (lib/worker/popup-snapshot.ts).
 */
export function keptFrame(
  search: string,
  now: number,
  buildId: string,
  lang = navigator.language,
): (Node | string)[] | undefined {
  let kept: Partial<KeptFrame> | null;
  try {
    kept = parseQueryJson(search, 'frame') as Partial<KeptFrame> | null;
  } catch {
    return undefined; // damaged: the app draws the first frame
  }
  if (
    !kept ||
    typeof kept !== 'object' ||
    kept.build !== buildId ||
    kept.lang !== lang ||
    !Array.isArray(kept.nodes) ||
    !(typeof kept.at === 'number' && kept.at <= now) ||
    !(typeof kept.until === 'number' && now < kept.until) ||
    // Its day, its midnight and the words of its times were the old zone's.
    kept.zone !== new Date(now).getTimezoneOffset()
  ) {
    return undefined;
  }
  const clock = kept.clock;
  return build(kept.nodes, now, kept.at, Array.isArray(clock) ? ['', ...clock] : undefined);
}

/**
 * Until when a frame drawn `now` for `engine` may be shown: the end of the day, or the first
 * time in the state still to come (a break ending, a pause running out), if sooner.
 */
export function frameUntil(engine: object | null, now: number): number {
  let until = nextMidnight(now);
  for (const [field, value] of Object.entries(engine ?? {})) {
    if (typeof value === 'number' && value > now && !WORKER_ONLY.includes(field)) {
      until = Math.min(until, value);
    }
  }
  return until;
}

/**
 * `nodes`, drawn `now` in a language written by `clock`, as the worker keeps them for the next
 * popup of the same state (with the state's key, lib/store/frame-key.ts).
 */
export function frameRecord(
  nodes: FrameNode[],
  options: { buildId: string; clock: ClockPattern | undefined; now: number; until: number },
): string {
  const { buildId, clock, now, until } = options;
  const kept: KeptFrame = {
    build: buildId,
    lang: navigator.language,
    clock: clock && (clock.slice(1) as ClockParts),
    at: now,
    until,
    zone: new Date(now).getTimezoneOffset(),
    nodes,
  };
  return JSON.stringify(kept);
}
