import deCommon from '@/content/locales/de/common';
import deWorker from '@/content/locales/de/worker';
import enCommon from '@/content/locales/en/common';
import enWorker from '@/content/locales/en/worker';
import esCommon from '@/content/locales/es/common';
import esWorker from '@/content/locales/es/worker';
import frCommon from '@/content/locales/fr/common';
import frWorker from '@/content/locales/fr/worker';
import type { Locale, Messages, WordBundle } from '@/content/locales/messages';
import { addWords } from '../i18n';

/** The other languages' words, each made only when the worker first speaks it (issue 15). */
const translations: Record<Exclude<Locale, 'en'>, () => Partial<Messages>> = {
  de: () => ({ ...deCommon, ...deWorker() }),
  es: () => ({ ...esCommon, ...esWorker() }),
  fr: () => ({ ...frCommon, ...frWorker() }),
};

/** The worker's words (badge and notification) in `locale`: an alarm cannot wait. */
export function workerWords(locale: Locale): WordBundle {
  const ui = locale === 'en' ? { ...enCommon, ...enWorker } : translations[locale]();
  return { ui, exercises: {} };
}

const added = new Set<Locale>();

/** Makes the worker's words in `locale` and in English (the fallback) available, each once. */
export function addWorkerWords(locale: Locale): void {
  for (const each of ['en', locale] as const) {
    if (added.has(each)) continue;
    added.add(each);
    addWords(each, workerWords(each));
  }
}
