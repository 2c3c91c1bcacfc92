import type { Exercise } from '../types';

/** Self-compassion exercises: their words are in content/locales/<locale>/exercises.ts. */

const internal =
  'What internal processes sustain intimacy, connection, and engagement during stress?';
const behavioral = 'Behavioral processes';
const physiological = 'Physiological processes';
const cognitive = 'Cognitive processes';
const neff = "Kristin Neff's self-compassion break";

const base: Pick<Exercise, 'kind' | 'needs' | 'setting' | 'touch'> = {
  kind: 'self-compassion',
  needs: 'nobody',
  setting: ['desk', 'shared-space', 'private'],
  touch: false,
};

export const selfCompassion: Exercise[] = [
  {
    ...base,
    id: 'sc-this-is-hard',
    durationSec: 60,
    beat: 'mindfulness',
    source: { process: 'self-compassion', section: internal, inspiredBy: neff },
  },
  {
    ...base,
    id: 'sc-name-the-feeling',
    durationSec: 120,
    beat: 'mindfulness',
    source: { process: 'self-compassion', section: internal },
  },
  {
    ...base,
    id: 'sc-mood-weather',
    durationSec: 60,
    beat: 'mindfulness',
    source: { process: 'self-compassion', section: internal },
  },
  {
    ...base,
    id: 'sc-read-your-signs',
    durationSec: 120,
    beat: 'mindfulness',
    source: {
      process: 'cognitive.perception',
      section: cognitive,
      secondary: ['self-compassion'],
    },
  },
  {
    ...base,
    id: 'sc-others-too',
    durationSec: 60,
    beat: 'common-humanity',
    source: { process: 'self-compassion', section: internal, inspiredBy: neff },
  },
  {
    ...base,
    id: 'sc-same-moment',
    durationSec: 120,
    beat: 'common-humanity',
    source: { process: 'self-compassion', section: internal, secondary: ['empathy'] },
  },
  {
    ...base,
    id: 'sc-small-mistake',
    durationSec: 180,
    beat: 'common-humanity',
    source: { process: 'self-compassion', section: internal },
  },
  {
    ...base,
    id: 'sc-kind-word',
    durationSec: 60,
    beat: 'kindness',
    source: { process: 'self-compassion', section: internal, inspiredBy: neff },
  },
  {
    ...base,
    id: 'sc-friend-note',
    durationSec: 180,
    beat: 'kindness',
    setting: ['desk', 'private'],
    source: { process: 'self-compassion', section: internal, secondary: ['support'] },
  },
  {
    ...base,
    id: 'sc-small-kind-act',
    durationSec: 120,
    beat: 'kindness',
    source: { process: 'support', section: internal, secondary: ['self-compassion'] },
  },
  {
    ...base,
    id: 'sc-hand-on-heart',
    durationSec: 120,
    beat: 'kindness',
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
    beat: 'kindness',
    touch: true,
    source: { process: 'behavioral.touch', section: behavioral, secondary: ['self-compassion'] },
  },
  {
    ...base,
    id: 'sc-gentle-hug',
    durationSec: 60,
    beat: 'kindness',
    touch: true,
    setting: ['desk', 'private'],
    source: { process: 'behavioral.touch', section: behavioral, secondary: ['self-compassion'] },
  },
  {
    ...base,
    id: 'sc-slow-breath',
    durationSec: 120,
    source: { process: 'physiological', section: physiological, secondary: ['cognitive.memory'] },
  },
  {
    ...base,
    id: 'sc-warm-cup',
    durationSec: 60,
    source: { process: 'physiological', section: physiological },
  },
  {
    ...base,
    id: 'sc-someone-was-kind',
    durationSec: 60,
    source: { process: 'cognitive.memory', section: cognitive, secondary: ['self-compassion'] },
  },
  {
    ...base,
    id: 'sc-what-went-okay',
    durationSec: 120,
    source: { process: 'cognitive.attention', section: cognitive, secondary: ['self-compassion'] },
  },
];
