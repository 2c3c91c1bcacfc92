import type { SurfaceWords } from '@/content/locales/messages';

/**
 * The popup's UI words: each language, English too, loaded only for its readers, so no reader
 * pays for a second language (the popup's size budget). Exercise words come one exercise at
 * a time (exercise-text.ts).
 */
export const popupWords: SurfaceWords = {
  english: () => import('@/content/locales/en/popup-words-en'),
  translations: {
    de: () => import('@/content/locales/de/popup-words'),
    es: () => import('@/content/locales/es/popup-words'),
    fr: () => import('@/content/locales/fr/popup-words'),
  },
};
