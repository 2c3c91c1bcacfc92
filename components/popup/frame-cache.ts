import { minutesUntil, nextMidnight, sameDay } from './clock-math';
import { clockPattern, writeClock } from './clock-pattern';
import type { FrameNode } from './frame-nodes';

/**
 * The popup's first frame, kept for the next popup (issue 15: the popup opens as fast as a
 * static page). A popup drawn at once from the worker's snapshot keeps the elements of its
 * first frame here. The next popup for the same state shows them from a tiny script
 * (entrypoints/popup-first-frame.ts) before its app has loaded, with each time in them
 * written anew for that moment (TimeInWords.tsx marks them); the app then renders over them,
 * the same elements, so nothing moves. A kept frame is only shown for the same build,
 * language and state, on the same day and before any time in that state comes; one with a
 * time that only Intl can write is not shown.
 */

export const FRAME_KEY = 'tend.frame';

interface KeptFrame {
  /** The build that drew it (its markup and words). */
  build: string;
  /** The state it shows (`frameKey`). */
  key: string;
  /** The browser's language, which picks the words when the setting is "auto". */
  lang: string;
  /** The words' language, to write times in. */
  locale: string;
  /** When it was drawn, and until when it may be shown. */
  at: number;
  until: number;
  nodes: FrameNode[];
}

/**
 * Engine fields that change on every wake of the worker and that the popup never shows
 * (tests/component/frame-cache.test.tsx renders with them changed): a kept frame outlives them.
 */
const WORKER_ONLY = [
  'lastSeenAt',
  'nextWakeAt',
  'presence',
  'timeZone',
  'nudgedCycle',
  'headsUpCycle',
];

/**
 * The state a frame shows: the page's view and the snapshot its address carries, less the
 * worker's own bookkeeping. Null when the address carries no snapshot.
 */
export function frameKey(search: string): string | null {
  const query = new URLSearchParams(search);
  try {
    const raw = JSON.parse(query.get('tend') ?? 'null') as Record<string, unknown> | null;
    if (raw === null || typeof raw !== 'object') return null;
    const engine = raw.engineState as Record<string, unknown> | null | undefined;
    if (engine && typeof engine === 'object') for (const field of WORKER_ONLY) delete engine[field];
    return JSON.stringify([query.get('view'), raw]);
  } catch {
    return null;
  }
}

/** Never built from a kept frame, whatever storage holds: nothing in it may run. */
const INERT = /^(script|style|link|meta|base|iframe|frame|object|embed|template)$/i;

/** Builds `nodes` with their times written for `now`; undefined when a time cannot be. */
function build(nodes: FrameNode[], now: number, locale: string): Node[] | undefined {
  const pattern = clockPattern(locale);
  let writable = true;
  const make = (node: FrameNode): Node => {
    if (typeof node === 'string') return document.createTextNode(node);
    const [tag, attributes, children] = node;
    if (INERT.test(tag)) throw new Error(`no <${tag}> in a kept frame`);
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (!/^on/i.test(name)) element.setAttribute(name, String(value));
    }
    const { at, after, until } = element.dataset;
    if (until !== undefined) {
      // At a minute or less the sentence is another one (nextBreakInUnderMinute).
      const minutes = minutesUntil(Number(until), now);
      writable &&= minutes > 1;
      element.textContent = String(minutes);
    } else if (at !== undefined || after !== undefined) {
      const moment = at !== undefined ? Number(at) : now + Number(after);
      // Another day's moment is written with its weekday, by Intl, which is slow to start.
      writable &&= pattern !== undefined && sameDay(moment, now);
      if (pattern) element.textContent = writeClock(pattern, moment);
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
 * The frame kept for the page at `search`, built for `now`, if one may be shown: same build
 * (`buildId`), browser language and state, drawn at most until now and before `until`.
 */
export function keptFrame(
  search: string,
  now: number,
  buildId: string,
  lang = navigator.language,
): Node[] | undefined {
  let kept: Partial<KeptFrame> | null;
  try {
    kept = JSON.parse(localStorage.getItem(FRAME_KEY) ?? 'null') as Partial<KeptFrame> | null;
  } catch {
    return undefined; // storage off or damaged: the app draws the first frame
  }
  const key = frameKey(search);
  if (
    !kept ||
    key === null ||
    kept.key !== key ||
    kept.build !== buildId ||
    kept.lang !== lang ||
    typeof kept.locale !== 'string' ||
    !Array.isArray(kept.nodes) ||
    !(typeof kept.at === 'number' && kept.at <= now) ||
    !(typeof kept.until === 'number' && now < kept.until)
  ) {
    return undefined;
  }
  return build(kept.nodes, now, kept.locale);
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

/** Keeps `nodes`, drawn `now` for the page at `search` in `locale`, for the next popup. */
export function keepFrame(
  nodes: FrameNode[],
  search: string,
  { buildId, locale, now, until }: { buildId: string; locale: string; now: number; until: number },
): void {
  const key = frameKey(search);
  if (key === null) return;
  const kept: KeptFrame = {
    build: buildId,
    key,
    lang: navigator.language,
    locale,
    at: now,
    until,
    nodes,
  };
  try {
    localStorage.setItem(FRAME_KEY, JSON.stringify(kept));
  } catch {
    // Storage full or off: the next popup draws its first frame itself.
  }
}
