import type { ExerciseText } from '../../types';

/** German words for some exercises; a missing id falls back to English. */
const exercises: Record<string, ExerciseText> = {};
export default exercises;
