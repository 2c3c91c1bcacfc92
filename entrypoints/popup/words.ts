import enCommon from '@/content/locales/en/common';
import enPopup from '@/content/locales/en/popup';
import type { SurfaceWords } from '@/content/locales/messages';

/**
 * The popup's UI words: English bundled, other languages loaded only for their readers.
 * Exercise words come one exercise at a time (exercise-text.ts).
 */
export const popupWords: SurfaceWords = {
  english: { ui: { ...enCommon, ...enPopup }, exercises: {} },
  translations: {
    de: () => import('@/content/locales/de/popup-words'),
    es: () => import('@/content/locales/es/popup-words'),
    fr: () => import('@/content/locales/fr/popup-words'),
  },
};
