import deCommon from '@/content/locales/de/common';
import deWorker from '@/content/locales/de/worker';
import enCommon from '@/content/locales/en/common';
import enWorker from '@/content/locales/en/worker';
import esCommon from '@/content/locales/es/common';
import esWorker from '@/content/locales/es/worker';
import frCommon from '@/content/locales/fr/common';
import frWorker from '@/content/locales/fr/worker';
import { LOCALES, type Locale, type WordBundle } from '@/content/locales/messages';
import { addWords } from '../i18n';

/** The worker's words (badge and notification) in every locale: an alarm cannot wait. */
export const workerWords: Record<Locale, WordBundle> = {
  en: { ui: { ...enCommon, ...enWorker }, exercises: {} },
  de: { ui: { ...deCommon, ...deWorker }, exercises: {} },
  es: { ui: { ...esCommon, ...esWorker }, exercises: {} },
  fr: { ui: { ...frCommon, ...frWorker }, exercises: {} },
};

export function addWorkerWords(): void {
  // The active locale is already the browser's: lib/i18n.ts picks it when it loads.
  for (const locale of LOCALES) addWords(locale, workerWords[locale]);
}
