import type { Exercise } from '../types';
import { connection } from './connection';
import { selfCompassion } from './self-compassion';

/** The live exercise library. Its quality bar is tests/unit/content-library.test.ts. */
export const exercises: readonly Exercise[] = [...connection, ...selfCompassion];
