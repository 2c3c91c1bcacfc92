import { textIds as known, loadText } from 'virtual:exercise-text';
// The browser's own API, not the polyfill (see popup-data.ts).
import { browser } from '@wxt-dev/browser';
import { useEffect, useState } from 'preact/hooks';
import * as v from 'valibot';
import { LOCALES, type Locale } from '@/content/locales/messages';
import type { ExerciseText } from '@/content/types';

/**
 * The words of the one exercise on screen, loaded on demand: each exercise's words are their
 * own small file (scripts/vite/exercise-text-chunks.ts), so the popup never downloads the
 * whole library, in any language.
 */

export interface LoadedText {
  text: ExerciseText;
  /** The language the words are in: English for an exercise not yet translated. */
  lang: Locale;
}

/** Where the popup gets an exercise's words: at once when known, else a promise. */
export type TextSource = (id: string) => LoadedText | undefined | Promise<LoadedText | undefined>;

const cache = new Map<string, LoadedText | undefined | Promise<LoadedText | undefined>>();

/**
 * The words last shown, kept in the page's own synchronous storage as a hint: the next popup
 * (most often the same break's) then draws them in its first frame instead of waiting for a
 * chunk to load. Only the same extension version and language may use it, and it is checked
 * like any stored value; a missing or wrong hint just means the words load as usual.
 */
const HINT = 'tend.shownWords';

const optionalLine = v.optional(v.string());
const hintSchema = v.object({
  version: v.string(),
  locale: v.string(),
  id: v.string(),
  lang: v.picklist(LOCALES),
  text: v.object({
    title: v.string(),
    summary: v.string(),
    steps: v.array(v.string()),
    soloAlternative: optionalLine,
    noTouchAlternative: optionalLine,
    exitLine: optionalLine,
  }) satisfies v.GenericSchema<unknown, ExerciseText>,
});

function version(): string | undefined {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return undefined;
  }
}

function keepHint(locale: Locale, id: string, loaded: LoadedText): void {
  try {
    localStorage.setItem(HINT, JSON.stringify({ version: version(), locale, id, ...loaded }));
  } catch {
    // Storage may be off for the page; the hint is only an optimisation.
  }
}

/** Puts the words the last popup showed in the cache, when they still apply. */
export function primeFromHint(locale: Locale): void {
  try {
    const parsed = v.safeParse(hintSchema, JSON.parse(localStorage.getItem(HINT) ?? 'null'));
    if (!parsed.success) return;
    const { version: made, locale: madeFor, id, lang, text } = parsed.output;
    if (made === version() && madeFor === locale) cache.set(`${locale}:${id}`, { text, lang });
  } catch {
    // Unreadable: the words load as usual.
  }
}

/** An exercise's words in `locale`, else in English; undefined for an unknown id. */
export function exerciseTextIn(locale: Locale): TextSource {
  return (id) => {
    const key = `${locale}:${id}`;
    if (!cache.has(key)) {
      const pending = known.has(id)
        ? loadText(locale, id).then(({ text, lang }) => {
            const loaded = { text, lang };
            cache.set(key, loaded);
            keepHint(locale, id, loaded);
            return loaded;
          })
        : undefined;
      cache.set(key, pending);
      // A chunk that fails to load may be tried again by the next render.
      pending?.catch(() => cache.delete(key));
    }
    return cache.get(key);
  };
}

/**
 * The words for `id`: a LoadedText, null when there are none, undefined while they load.
 * A source that answers at once (cached, or a test's) renders in the same frame.
 */
export function useExerciseText(
  id: string | undefined,
  source: TextSource,
): LoadedText | null | undefined {
  const [settled, setSettled] = useState<{ id: string; value: LoadedText | null } | null>(null);
  // Settled for this id (loaded, or failed): ask no more, so a failing load is not retried
  // on every render. Choosing another exercise asks afresh.
  const done = id !== undefined && settled?.id === id;
  const answer = id === undefined || done ? undefined : source(id);
  const pending = answer instanceof Promise ? answer : undefined;
  useEffect(() => {
    if (!pending || id === undefined) return;
    let live = true;
    pending.then(
      (value) => live && setSettled({ id, value: value ?? null }),
      (error: unknown) => {
        console.error(`Tend: could not load the words of exercise "${id}"`, error);
        if (live) setSettled({ id, value: null });
      },
    );
    return () => {
      live = false;
    };
  }, [pending, id]);
  if (id === undefined) return null;
  if (done) return settled.value;
  if (!pending) return (answer as LoadedText | undefined) ?? null;
  return undefined;
}
