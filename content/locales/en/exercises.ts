import type { ExerciseText } from '../../types';

/** Every exercise's words in English, keyed by exercise id. English must have every id. */
const exercises: Record<string, ExerciseText> = {};
export default exercises;
