import type { Exercise } from '../types';

/** What most items of `kind` share; an item names only where it differs. */
export function itemBase(
  kind: Exercise['kind'],
): Pick<Exercise, 'kind' | 'needs' | 'setting' | 'touch' | 'recallsPerson'> {
  return {
    kind,
    needs: 'nobody',
    setting: ['desk', 'shared-space', 'private'],
    touch: false,
    recallsPerson: false,
  };
}
