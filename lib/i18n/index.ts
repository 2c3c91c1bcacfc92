import {
  LOCALES,
  type Locale,
  type MessageKey,
  type SurfaceWords,
  type WordBundle,
} from '../../content/locales/messages';
import type { ExerciseText } from '../../content/types';

/**
 * The one translation layer for UI words and exercise text. Each page adds the words it
 * needs (`loadWords`); anything missing in the user's locale falls back to English.
 * tests/unit/i18n-coverage.test.ts proves every key a page uses is among its words, so the
 * last-resort fallback to the raw key is never reached.
 */

const empty = (): WordBundle => ({ ui: {}, exercises: {} });
const englishWords = empty();
const translatedWords: Partial<Record<Locale, WordBundle>> = {};

let active: Locale = detectLocale(
  typeof navigator === 'undefined' ? undefined : navigator.language,
);

/** Picks a supported locale from a BCP 47 tag ("de-AT" -> "de"); English otherwise. */
export function detectLocale(tag: string | undefined): Locale {
  const base = tag?.toLowerCase().split('-')[0];
  return LOCALES.find((l) => l === base) ?? 'en';
}

/**
 * The locale of a language setting: the browser's for 'auto' (or no setting), else the one the
 * user chose on the options page.
 */
export function localeFor(
  language: 'auto' | Locale | undefined,
  tag = typeof navigator === 'undefined' ? undefined : navigator.language,
): Locale {
  return language === undefined || language === 'auto' ? detectLocale(tag) : language;
}

export function setLocale(locale: Locale): void {
  active = locale;
}

export function currentLocale(): Locale {
  return active;
}

/** Makes `words` available in `locale` (merged with any added before). */
export function addWords(locale: Locale, words: WordBundle): void {
  let into = locale === 'en' ? englishWords : translatedWords[locale];
  if (!into) {
    into = empty();
    translatedWords[locale] = into;
  }
  Object.assign(into.ui, words.ui);
  Object.assign(into.exercises, words.exercises);
}

/**
 * Adds a page's English words and, when the browser speaks another supported language, loads
 * that language's words for the page. A language that fails to load leaves the page in
 * English rather than blank.
 */
export async function loadWords(
  surface: SurfaceWords,
  tag = typeof navigator === 'undefined' ? undefined : navigator.language,
): Promise<void> {
  addWords('en', surface.english);
  const locale = detectLocale(tag);
  const load = surface.translations[locale];
  if (load) {
    try {
      addWords(locale, (await load()).default);
    } catch (error) {
      console.error(`Tend: could not load the words for "${locale}"; using English`, error);
      setLocale('en');
      return;
    }
  }
  setLocale(locale);
}

/** A UI message in the active locale, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = translatedWords[active]?.ui[key] ?? englishWords.ui[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * `one` where the active language's plural rules call `n` "one" (English 1, French 0 and 1),
 * else `other`: the key of a sentence that counts ("1 break", "3 breaks").
 */
export function countKey(n: number, one: MessageKey, other: MessageKey): MessageKey {
  return new Intl.PluralRules(active).select(n) === 'one' ? one : other;
}

/** An exercise's words in the active locale; English when it has no translation yet. */
export function exerciseText(id: string): ExerciseText | undefined {
  return translatedWords[active]?.exercises[id] ?? englishWords.exercises[id];
}
