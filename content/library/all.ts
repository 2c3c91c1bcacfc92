import type { Exercise } from '../types';
import { connection } from './connection';
import { selfCompassion } from './self-compassion';

/**
 * The live exercise library, built afresh on each call. The worker needs it only to choose an
 * exercise, so it builds it then and lets it go: kept from the worker's start, it would take
 * a good part of the worker's heap budget (issue 15) on every wake.
 */
export const allExercises = (): Exercise[] => [...connection(), ...selfCompassion()];
