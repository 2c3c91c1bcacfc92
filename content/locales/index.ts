import type { ExerciseText } from '../types';
import deAbout from './de/about';
import deCommon from './de/common';
import deExercises from './de/exercises';
import deOptions from './de/options';
import dePopup from './de/popup';
import deWorker from './de/worker';
import enAbout from './en/about';
import enCommon from './en/common';
import enExercises from './en/exercises';
import enOptions from './en/options';
import enPopup from './en/popup';
import enWorker from './en/worker';
import type { Messages } from './messages';

export type Locale = 'en' | 'de';

export interface LocaleBundle {
  ui: Partial<Messages>;
  exercises: Record<string, ExerciseText>;
}

export const english: { ui: Messages; exercises: Record<string, ExerciseText> } = {
  ui: { ...enCommon, ...enAbout, ...enPopup, ...enOptions, ...enWorker },
  exercises: enExercises,
};

export const locales: Record<Locale, LocaleBundle> = {
  en: english,
  de: {
    ui: { ...deCommon, ...deAbout, ...dePopup, ...deOptions, ...deWorker },
    exercises: deExercises,
  },
};
