import type { Exercise } from '../types';
import { allExercises } from './all';

/** The live exercise library. Its quality bar is tests/unit/content-library.test.ts. */
export const exercises: readonly Exercise[] = allExercises();
