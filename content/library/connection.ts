import type { Exercise } from '../types';
import { itemBase } from './base';

/**
 * Connection exercises, grouped by the idea of the article they practise. Their citations are
 * in sources.ts, their words in content/locales/<locale>/exercises.ts, both keyed by id.
 */

/** Built when asked for, not at load: content/library/all.ts says why. */
export function connection(): Exercise[] {
  const base = itemBase('connection');

  return [
    // Memory: recalling closeness to build new closeness.
    {
      ...base,
      id: 'cn-warm-moment',
      durationSec: 120,
      recallsPerson: true,
    },
    {
      ...base,
      id: 'cn-thank-you-note',
      durationSec: 180,
      needs: 'someone-async',
      setting: ['desk', 'private'],
      recallsPerson: true,
    },
    {
      ...base,
      id: 'cn-shared-win',
      durationSec: 60,
      recallsPerson: true,
    },

    // Attention: full attention on another person's words, actions, emotions.
    {
      ...base,
      id: 'cn-listen-fully',
      durationSec: 180,
      needs: 'someone-live',
      setting: ['shared-space', 'private'],
    },
    {
      ...base,
      id: 'cn-read-slowly',
      durationSec: 120,
      recallsPerson: true,
    },

    // Perception: reading another person's faces and gestures.
    {
      ...base,
      id: 'cn-read-a-face',
      durationSec: 60,
      recallsPerson: true,
    },
    {
      ...base,
      id: 'cn-photo-smile',
      durationSec: 60,
      recallsPerson: true,
    },

    // Communication: active listening, openness, honesty.
    {
      ...base,
      id: 'cn-honest-check-in',
      durationSec: 180,
      needs: 'someone-async',
      setting: ['desk', 'private'],
      recallsPerson: true,
    },
    {
      ...base,
      id: 'cn-open-question',
      durationSec: 120,
      needs: 'someone-live',
    },
    {
      ...base,
      id: 'cn-plain-need',
      durationSec: 120,
      setting: ['desk', 'private'],
    },
    {
      ...base,
      id: 'cn-good-news',
      durationSec: 120,
      needs: 'someone-async',
      recallsPerson: true,
    },
    {
      ...base,
      id: 'cn-friendly-hello',
      durationSec: 120,
      needs: 'someone-live',
      setting: ['shared-space'],
      recallsPerson: true,
    },

    // Cooperation: a shared goal and shared effort.
    {
      ...base,
      id: 'cn-thank-a-teammate',
      durationSec: 120,
      needs: 'someone-async',
      setting: ['desk', 'shared-space'],
      recallsPerson: true,
    },
    {
      ...base,
      id: 'cn-small-hand',
      durationSec: 180,
      needs: 'someone-live',
      setting: ['shared-space'],
    },
    {
      ...base,
      id: 'cn-common-ground',
      durationSec: 120,
      recallsPerson: true,
    },

    // Empathy: understanding and sharing another's feelings.
    {
      ...base,
      id: 'cn-people-nearby',
      durationSec: 60,
    },
    {
      ...base,
      id: 'cn-their-day',
      durationSec: 120,
      recallsPerson: true,
    },
    {
      ...base,
      id: 'cn-other-side',
      durationSec: 180,
      setting: ['desk', 'private'],
      recallsPerson: true,
    },
    {
      ...base,
      id: 'cn-name-their-feeling',
      durationSec: 120,
      needs: 'someone-async',
      recallsPerson: true,
    },

    // Support: giving or receiving support, understanding, validation.
    {
      ...base,
      id: 'cn-quiet-support',
      durationSec: 120,
      needs: 'someone-async',
      setting: ['desk', 'private'],
      recallsPerson: true,
    },
    {
      ...base,
      id: 'cn-let-someone-help',
      durationSec: 120,
      recallsPerson: true,
    },
    {
      ...base,
      id: 'cn-true-compliment',
      durationSec: 120,
      needs: 'someone-async',
      recallsPerson: true,
    },
    {
      ...base,
      id: 'cn-three-good-things',
      durationSec: 180,
      setting: ['desk', 'private'],
      recallsPerson: true,
    },
  ];
}
