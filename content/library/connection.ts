import type { Exercise } from '../types';

/**
 * Connection exercises: their words are in content/locales/<locale>/exercises.ts. Each cites
 * the idea of the article it practises, read as the article means it: attention and
 * perception are about another person, touch in the article is between people.
 */

const cognitive = 'Cognitive processes';
const behavioral = 'Behavioral processes';
const internal =
  'What internal processes sustain intimacy, connection, and engagement during stress?';
const why = 'Why do intimacy, connection, and engagement matter during times of stress?';

/** What most items share; an item names only where it differs. */
const base: Pick<Exercise, 'kind' | 'needs' | 'setting' | 'touch' | 'recallsPerson'> = {
  kind: 'connection',
  needs: 'nobody',
  setting: ['desk', 'shared-space', 'private'],
  touch: false,
  recallsPerson: false,
};

export const connection: Exercise[] = [
  // Memory: recalling closeness to build new closeness.
  {
    ...base,
    id: 'cn-warm-moment',
    durationSec: 120,
    recallsPerson: true,
    source: { process: 'cognitive.memory', section: cognitive },
  },
  {
    ...base,
    id: 'cn-thank-you-note',
    durationSec: 180,
    needs: 'someone-async',
    setting: ['desk', 'private'],
    recallsPerson: true,
    source: {
      process: 'cognitive.memory',
      section: cognitive,
      secondary: ['behavioral.communication'],
      inspiredBy: 'Gratitude letter (Greater Good in Action)',
    },
  },
  {
    ...base,
    id: 'cn-shared-win',
    durationSec: 60,
    recallsPerson: true,
    source: {
      process: 'cognitive.memory',
      section: cognitive,
      secondary: ['behavioral.cooperation'],
    },
  },

  // Attention: full attention on another person's words, actions, emotions.
  {
    ...base,
    id: 'cn-listen-fully',
    durationSec: 180,
    needs: 'someone-live',
    setting: ['shared-space', 'private'],
    source: {
      process: 'cognitive.attention',
      section: cognitive,
      secondary: ['behavioral.communication'],
    },
  },
  {
    ...base,
    id: 'cn-read-slowly',
    durationSec: 120,
    recallsPerson: true,
    source: { process: 'cognitive.attention', section: cognitive, secondary: ['empathy'] },
  },

  // Perception: reading another person's faces and gestures.
  {
    ...base,
    id: 'cn-read-a-face',
    durationSec: 60,
    recallsPerson: true,
    source: { process: 'cognitive.perception', section: cognitive, secondary: ['empathy'] },
  },
  {
    ...base,
    id: 'cn-photo-smile',
    durationSec: 60,
    recallsPerson: true,
    source: {
      process: 'cognitive.perception',
      section: cognitive,
      secondary: ['cognitive.memory'],
    },
  },

  // Communication: active listening, openness, honesty.
  {
    ...base,
    id: 'cn-honest-check-in',
    durationSec: 180,
    needs: 'someone-async',
    setting: ['desk', 'private'],
    recallsPerson: true,
    source: { process: 'behavioral.communication', section: behavioral },
  },
  {
    ...base,
    id: 'cn-open-question',
    durationSec: 120,
    needs: 'someone-live',
    source: {
      process: 'behavioral.communication',
      section: behavioral,
      secondary: ['cognitive.attention'],
    },
  },
  {
    ...base,
    id: 'cn-plain-need',
    durationSec: 120,
    setting: ['desk', 'private'],
    source: { process: 'behavioral.communication', section: behavioral },
  },
  {
    ...base,
    id: 'cn-good-news',
    durationSec: 120,
    needs: 'someone-async',
    recallsPerson: true,
    source: {
      process: 'behavioral.communication',
      section: behavioral,
      secondary: ['empathy'],
      inspiredBy: 'Active-constructive responding (Shelly Gable and colleagues)',
    },
  },
  {
    ...base,
    id: 'cn-friendly-hello',
    durationSec: 120,
    needs: 'someone-live',
    setting: ['shared-space'],
    recallsPerson: true,
    source: {
      process: 'behavioral.communication',
      section: behavioral,
      inspiredBy:
        'Studies of brief talks with acquaintances and strangers (Gillian Sandstrom and Elizabeth Dunn; Nicholas Epley and Juliana Schroeder)',
    },
  },

  // Cooperation: a shared goal and shared effort.
  {
    ...base,
    id: 'cn-thank-a-teammate',
    durationSec: 120,
    needs: 'someone-async',
    setting: ['desk', 'shared-space'],
    recallsPerson: true,
    source: { process: 'behavioral.cooperation', section: behavioral },
  },
  {
    ...base,
    id: 'cn-small-hand',
    durationSec: 180,
    needs: 'someone-live',
    setting: ['shared-space'],
    source: { process: 'behavioral.cooperation', section: behavioral, secondary: ['support'] },
  },
  {
    ...base,
    id: 'cn-common-ground',
    durationSec: 120,
    recallsPerson: true,
    source: {
      process: 'behavioral.cooperation',
      section: behavioral,
      inspiredBy: 'Shared social identity research (Catherine Haslam, Alex Haslam and colleagues)',
    },
  },

  // Empathy: understanding and sharing another's feelings.
  {
    ...base,
    id: 'cn-people-nearby',
    durationSec: 60,
    source: {
      process: 'empathy',
      section: internal,
      inspiredBy: 'Loving-kindness meditation (Greater Good in Action)',
    },
  },
  {
    ...base,
    id: 'cn-their-day',
    durationSec: 120,
    recallsPerson: true,
    source: { process: 'empathy', section: internal },
  },
  {
    ...base,
    id: 'cn-other-side',
    durationSec: 180,
    setting: ['desk', 'private'],
    recallsPerson: true,
    source: { process: 'empathy', section: internal, secondary: ['behavioral.communication'] },
  },
  {
    ...base,
    id: 'cn-name-their-feeling',
    durationSec: 120,
    needs: 'someone-async',
    recallsPerson: true,
    source: { process: 'empathy', section: internal, secondary: ['behavioral.communication'] },
  },

  // Support: giving or receiving support, understanding, validation.
  {
    ...base,
    id: 'cn-quiet-support',
    durationSec: 120,
    needs: 'someone-async',
    setting: ['desk', 'private'],
    recallsPerson: true,
    source: { process: 'support', section: why },
  },
  {
    ...base,
    id: 'cn-let-someone-help',
    durationSec: 120,
    recallsPerson: true,
    source: { process: 'support', section: why },
  },
  {
    ...base,
    id: 'cn-true-compliment',
    durationSec: 120,
    needs: 'someone-async',
    recallsPerson: true,
    source: {
      process: 'support',
      section: why,
      secondary: ['behavioral.communication'],
      inspiredBy: 'Studies of giving compliments (Xuan Zhao and Nicholas Epley)',
    },
  },
  {
    ...base,
    id: 'cn-three-good-things',
    durationSec: 180,
    setting: ['desk', 'private'],
    recallsPerson: true,
    source: {
      process: 'support',
      section: why,
      secondary: ['cognitive.memory'],
      inspiredBy: 'Three good things (Martin Seligman; Greater Good in Action)',
    },
  },
];
