import type { ExerciseText } from '../types';
import type enAbout from './en/about';
import type enCommon from './en/common';
import type enNudges from './en/nudges';
import type enOptions from './en/options';
import type enPopup from './en/popup';
import type enWelcome from './en/welcome';
import type enWorker from './en/worker';

type English = typeof enCommon &
  typeof enAbout &
  typeof enPopup &
  typeof enOptions &
  typeof enNudges &
  typeof enWelcome &
  typeof enWorker;

/** Every UI message key, with its English text's type. English defines the keys. */
export type Messages = { [K in Extract<keyof English, string>]: string };
export type MessageKey = keyof Messages;

/** The languages Tend speaks. English is complete; the others may lack some words. */
export const LOCALES = ['en', 'de', 'es', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** Words for one locale: UI messages and exercise text (either may be partial). */
export interface WordBundle {
  ui: Partial<Messages>;
  exercises: Record<string, ExerciseText>;
}

export type WordLoader = () => Promise<{ default: WordBundle }>;

/**
 * The words one page needs: its English words and a loader per other locale, so a page never
 * downloads a language its user does not read. English is bundled (then it is also the
 * word-by-word fallback for every locale), or, on a page with a size budget (the popup), a
 * loader like the others: every locale is complete (tests/unit/locales.test.ts), so a reader
 * of another language never needs it.
 */
export interface SurfaceWords {
  english: WordBundle | WordLoader;
  translations: Partial<Record<Locale, WordLoader>>;
}
