import { english, type Locale, locales } from '../content/locales';
import type { MessageKey } from '../content/locales/messages';
import type { ExerciseText } from '../content/types';

/**
 * The one translation layer for UI words and exercise text. Anything missing in the user's
 * locale falls back to English, never to a raw key.
 */

let active: Locale = detectLocale(
  typeof navigator === 'undefined' ? undefined : navigator.language,
);

/** Picks a supported locale from a BCP 47 tag ("de-AT" -> "de"); English otherwise. */
export function detectLocale(tag: string | undefined): Locale {
  const base = tag?.toLowerCase().split('-')[0];
  return base && base in locales ? (base as Locale) : 'en';
}

export function setLocale(locale: Locale): void {
  active = locale;
}

export function currentLocale(): Locale {
  return active;
}

/** A UI message in the active locale, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = locales[active].ui[key] ?? english.ui[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** An exercise's words in the active locale; English when it has no translation yet. */
export function exerciseText(id: string): ExerciseText | undefined {
  return locales[active].exercises[id] ?? english.exercises[id];
}
