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

/**
 * The words one page needs: its English words, bundled (the fallback for every locale), and
 * a loader per other locale, so a page never downloads a language its user does not read.
 */
export interface SurfaceWords {
  english: WordBundle;
  translations: Partial<Record<Locale, () => Promise<{ default: WordBundle }>>>;
}
