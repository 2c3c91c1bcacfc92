import enCommon from '@/content/locales/en/common';
import enNudges from '@/content/locales/en/nudges';
import enOptions from '@/content/locales/en/options';
import enWelcome from '@/content/locales/en/welcome';
import type { SurfaceWords } from '@/content/locales/messages';

/**
 * The welcome page's words: its own, the nudge check's, and the options page's for the rhythms
 * and kinds of exercise it offers. English bundled, other languages loaded for their readers.
 */
export const welcomeWords: SurfaceWords = {
  english: { ui: { ...enCommon, ...enOptions, ...enNudges, ...enWelcome }, exercises: {} },
  translations: {
    de: () => import('@/content/locales/de/welcome-words'),
    es: () => import('@/content/locales/es/welcome-words'),
    fr: () => import('@/content/locales/fr/welcome-words'),
  },
};
