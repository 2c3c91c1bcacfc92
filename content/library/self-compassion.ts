import type { Exercise } from '../types';
import { itemBase } from './base';

/**
 * Self-compassion exercises, grouped by the beats they practise. Their citations are in
 * sources.ts, their words in content/locales/<locale>/exercises.ts, both keyed by id.
 */

/** Built when asked for, not at load: content/library/all.ts says why. */
export function selfCompassion(): Exercise[] {
  const base = itemBase('self-compassion');

  return [
    // All three beats at once.
    {
      ...base,
      id: 'sc-self-compassion-break',
      durationSec: 120,
      beats: ['mindfulness', 'common-humanity', 'kindness'],
    },

    // Mindfulness: "this is hard", noticed without fixing.
    {
      ...base,
      id: 'sc-this-is-hard',
      durationSec: 60,
      beats: ['mindfulness'],
    },
    {
      ...base,
      id: 'sc-name-the-feeling',
      durationSec: 60,
      beats: ['mindfulness'],
    },
    {
      ...base,
      id: 'sc-mood-weather',
      durationSec: 60,
      beats: ['mindfulness'],
    },
    {
      ...base,
      id: 'sc-read-your-signs',
      durationSec: 120,
      beats: ['mindfulness', 'kindness'],
    },

    // Common humanity: others feel this too.
    {
      ...base,
      id: 'sc-others-too',
      durationSec: 60,
      beats: ['common-humanity'],
    },
    {
      ...base,
      id: 'sc-same-moment',
      durationSec: 120,
      beats: ['common-humanity', 'kindness'],
    },
    {
      ...base,
      id: 'sc-small-mistake',
      durationSec: 120,
      beats: ['common-humanity', 'kindness'],
    },
    {
      ...base,
      id: 'sc-enough-for-today',
      durationSec: 60,
      beats: ['common-humanity', 'kindness'],
    },

    // Kindness: a kind word or a kind act toward oneself.
    {
      ...base,
      id: 'sc-kind-word',
      durationSec: 60,
      beats: ['kindness'],
    },
    {
      ...base,
      id: 'sc-friend-note',
      durationSec: 180,
      beats: ['kindness'],
      setting: ['desk', 'private'],
      recallsPerson: true,
    },
    {
      ...base,
      id: 'sc-small-kind-act',
      durationSec: 120,
      beats: ['kindness'],
    },
    {
      ...base,
      id: 'sc-soften-the-critic',
      durationSec: 120,
      beats: ['kindness'],
    },
    {
      ...base,
      id: 'sc-credit-your-effort',
      durationSec: 60,
      beats: ['kindness'],
    },
    {
      ...base,
      id: 'sc-kindest-self',
      durationSec: 120,
      beats: ['kindness'],
    },
    {
      ...base,
      id: 'sc-kind-no',
      durationSec: 120,
      beats: ['kindness'],
      setting: ['desk', 'private'],
    },
    {
      ...base,
      id: 'sc-kind-next-hour',
      durationSec: 60,
      beats: ['kindness'],
    },
    {
      ...base,
      id: 'sc-slow-breath',
      durationSec: 120,
      beats: ['kindness'],
    },

    // Supportive touch, one's own and always optional.
    {
      ...base,
      id: 'sc-hand-on-heart',
      durationSec: 120,
      beats: ['kindness'],
      touch: true,
    },
    {
      ...base,
      id: 'sc-hold-your-hands',
      durationSec: 60,
      beats: ['kindness'],
      touch: true,
    },
    {
      ...base,
      id: 'sc-gentle-hug',
      durationSec: 60,
      beats: ['kindness'],
      touch: true,
      setting: ['desk', 'private'],
    },

    // Memory: taking in a kindness once received.
    {
      ...base,
      id: 'sc-someone-was-kind',
      durationSec: 60,
      beats: ['kindness'],
      recallsPerson: true,
    },
  ];
}
