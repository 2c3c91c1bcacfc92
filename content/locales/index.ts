import deAbout from './de/about';
import deCommon from './de/common';
import deExercises from './de/exercises';
import deNudges from './de/nudges';
import deOptions from './de/options';
import dePopup from './de/popup';
import deWelcome from './de/welcome';
import deWorker from './de/worker';
import enAbout from './en/about';
import enCommon from './en/common';
import enExercises from './en/exercises';
import enNudges from './en/nudges';
import enOptions from './en/options';
import enPopup from './en/popup';
import enWelcome from './en/welcome';
import enWorker from './en/worker';
import esAbout from './es/about';
import esCommon from './es/common';
import esExercises from './es/exercises';
import esNudges from './es/nudges';
import esOptions from './es/options';
import esPopup from './es/popup';
import esWelcome from './es/welcome';
import esWorker from './es/worker';
import frAbout from './fr/about';
import frCommon from './fr/common';
import frExercises from './fr/exercises';
import frNudges from './fr/nudges';
import frOptions from './fr/options';
import frPopup from './fr/popup';
import frWelcome from './fr/welcome';
import frWorker from './fr/worker';
import type { Locale, Messages, WordBundle } from './messages';

/**
 * Every word of every surface in every locale, for the tests and the content checks. Each page
 * loads only its own words (each entry's words.ts, and lib/worker/words.ts) to stay small.
 */
export const english: { ui: Messages; exercises: WordBundle['exercises'] } = {
  ui: {
    ...enCommon,
    ...enAbout,
    ...enPopup,
    ...enOptions,
    ...enNudges,
    ...enWelcome,
    ...enWorker,
  },
  exercises: enExercises,
};

export const locales: Record<Locale, WordBundle> = {
  en: english,
  de: {
    ui: {
      ...deCommon,
      ...deAbout,
      ...dePopup,
      ...deOptions,
      ...deNudges,
      ...deWelcome,
      ...deWorker(),
    },
    exercises: deExercises,
  },
  es: {
    ui: {
      ...esCommon,
      ...esAbout,
      ...esPopup,
      ...esOptions,
      ...esNudges,
      ...esWelcome,
      ...esWorker(),
    },
    exercises: esExercises,
  },
  fr: {
    ui: {
      ...frCommon,
      ...frAbout,
      ...frPopup,
      ...frOptions,
      ...frNudges,
      ...frWelcome,
      ...frWorker(),
    },
    exercises: frExercises,
  },
};
