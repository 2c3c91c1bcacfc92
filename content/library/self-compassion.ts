import type { Exercise } from '../types';

/**
 * Self-compassion exercises: their words are in content/locales/<locale>/exercises.ts. Most
 * cite self-compassion, the idea they practise; the touch items cite touch (one's own touch
 * is our extension of the article's), and one cites memory, because recalling is what it asks.
 */

const internal =
  'What internal processes sustain intimacy, connection, and engagement during stress?';
const behavioral = 'Behavioral processes';
const cognitive = 'Cognitive processes';
const neffBreak = "Kristin Neff's self-compassion break";
const compassionFocused = 'Compassion-focused practice (Paul Gilbert)';

/** What most items share; an item names only where it differs. */
const base: Pick<Exercise, 'kind' | 'needs' | 'setting' | 'touch' | 'recallsPerson'> = {
  kind: 'self-compassion',
  needs: 'nobody',
  setting: ['desk', 'shared-space', 'private'],
  touch: false,
  recallsPerson: false,
};

const selfCompassionIdea = { process: 'self-compassion', section: internal } as const;

export const selfCompassion: Exercise[] = [
  // All three beats at once.
  {
    ...base,
    id: 'sc-self-compassion-break',
    durationSec: 120,
    beats: ['mindfulness', 'common-humanity', 'kindness'],
    source: { ...selfCompassionIdea, inspiredBy: neffBreak },
  },

  // Mindfulness: "this is hard", noticed without fixing.
  {
    ...base,
    id: 'sc-this-is-hard',
    durationSec: 60,
    beats: ['mindfulness'],
    source: { ...selfCompassionIdea, inspiredBy: neffBreak },
  },
  {
    ...base,
    id: 'sc-name-the-feeling',
    durationSec: 60,
    beats: ['mindfulness'],
    source: { ...selfCompassionIdea, inspiredBy: 'Affect labelling studies (Matthew Lieberman)' },
  },
  {
    ...base,
    id: 'sc-mood-weather',
    durationSec: 60,
    beats: ['mindfulness'],
    source: selfCompassionIdea,
  },
  {
    ...base,
    id: 'sc-read-your-signs',
    durationSec: 120,
    beats: ['mindfulness', 'kindness'],
    source: selfCompassionIdea,
  },

  // Common humanity: others feel this too.
  {
    ...base,
    id: 'sc-others-too',
    durationSec: 60,
    beats: ['common-humanity'],
    source: { ...selfCompassionIdea, inspiredBy: neffBreak },
  },
  {
    ...base,
    id: 'sc-same-moment',
    durationSec: 120,
    beats: ['common-humanity', 'kindness'],
    source: { ...selfCompassionIdea, secondary: ['empathy'] },
  },
  {
    ...base,
    id: 'sc-small-mistake',
    durationSec: 120,
    beats: ['common-humanity', 'kindness'],
    source: selfCompassionIdea,
  },
  {
    ...base,
    id: 'sc-enough-for-today',
    durationSec: 60,
    beats: ['common-humanity', 'kindness'],
    source: selfCompassionIdea,
  },

  // Kindness: a kind word or a kind act toward oneself.
  {
    ...base,
    id: 'sc-kind-word',
    durationSec: 60,
    beats: ['kindness'],
    source: selfCompassionIdea,
  },
  {
    ...base,
    id: 'sc-friend-note',
    durationSec: 180,
    beats: ['kindness'],
    setting: ['desk', 'private'],
    recallsPerson: true,
    source: {
      ...selfCompassionIdea,
      secondary: ['support'],
      inspiredBy: 'Self-compassionate letter (Kristin Neff; Greater Good in Action)',
    },
  },
  {
    ...base,
    id: 'sc-small-kind-act',
    durationSec: 120,
    beats: ['kindness'],
    source: selfCompassionIdea,
  },
  {
    ...base,
    id: 'sc-soften-the-critic',
    durationSec: 120,
    beats: ['kindness'],
    source: {
      ...selfCompassionIdea,
      inspiredBy: "Changing critical self-talk (Kristin Neff's exercises)",
    },
  },
  {
    ...base,
    id: 'sc-credit-your-effort',
    durationSec: 60,
    beats: ['kindness'],
    source: selfCompassionIdea,
  },
  {
    ...base,
    id: 'sc-kindest-self',
    durationSec: 120,
    beats: ['kindness'],
    source: {
      ...selfCompassionIdea,
      inspiredBy: `Compassionate self imagery: ${compassionFocused}`,
    },
  },
  {
    ...base,
    id: 'sc-kind-no',
    durationSec: 120,
    beats: ['kindness'],
    setting: ['desk', 'private'],
    source: {
      ...selfCompassionIdea,
      secondary: ['behavioral.communication'],
      inspiredBy: 'Fierce self-compassion (Kristin Neff)',
    },
  },
  {
    ...base,
    id: 'sc-kind-next-hour',
    durationSec: 60,
    beats: ['kindness'],
    source: selfCompassionIdea,
  },
  {
    ...base,
    id: 'sc-slow-breath',
    durationSec: 120,
    beats: ['kindness'],
    source: {
      ...selfCompassionIdea,
      secondary: ['physiological'],
      inspiredBy: `Soothing-rhythm breathing: ${compassionFocused}`,
    },
  },

  // Supportive touch, one's own and always optional.
  {
    ...base,
    id: 'sc-hand-on-heart',
    durationSec: 120,
    beats: ['kindness'],
    touch: true,
    source: {
      process: 'behavioral.touch',
      section: behavioral,
      secondary: ['self-compassion'],
      inspiredBy: "Kristin Neff's supportive touch",
    },
  },
  {
    ...base,
    id: 'sc-hold-your-hands',
    durationSec: 60,
    beats: ['kindness'],
    touch: true,
    source: {
      process: 'behavioral.touch',
      section: behavioral,
      secondary: ['self-compassion'],
      inspiredBy: "Kristin Neff's supportive touch",
    },
  },
  {
    ...base,
    id: 'sc-gentle-hug',
    durationSec: 60,
    beats: ['kindness'],
    touch: true,
    setting: ['desk', 'private'],
    source: {
      process: 'behavioral.touch',
      section: behavioral,
      secondary: ['self-compassion'],
      inspiredBy: "Kristin Neff's supportive touch",
    },
  },

  // Memory: taking in a kindness once received.
  {
    ...base,
    id: 'sc-someone-was-kind',
    durationSec: 60,
    beats: ['kindness'],
    recallsPerson: true,
    source: { process: 'cognitive.memory', section: cognitive, secondary: ['self-compassion'] },
  },
];
