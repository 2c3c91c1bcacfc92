import { parseEngineState } from '@/lib/engine/state-schema';
import type { EngineState } from '@/lib/engine/types';
import { engineStateItem } from '@/lib/storage-items';
import { useStored } from './use-stored';

/** The worker's engine state, live. null when none is stored yet (or it is invalid). */
export function useEngineState(): EngineState | null | undefined {
  return useStored(engineStateItem, parseEngineState);
}
