import enAbout from '@/content/locales/en/about';
import enCommon from '@/content/locales/en/common';
import enExercises from '@/content/locales/en/exercises';
import enNudges from '@/content/locales/en/nudges';
import enOptions from '@/content/locales/en/options';
import type { SurfaceWords } from '@/content/locales/messages';

/** The options page's words: English bundled, other languages loaded only for their readers. */
export const optionsWords: SurfaceWords = {
  english: { ui: { ...enCommon, ...enAbout, ...enOptions, ...enNudges }, exercises: enExercises },
  translations: {
    de: () => import('@/content/locales/de/options-words'),
    es: () => import('@/content/locales/es/options-words'),
    fr: () => import('@/content/locales/fr/options-words'),
  },
};
