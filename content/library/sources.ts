import type { ExerciseSource } from '../types';

/**
 * Where each exercise comes from, by id: the idea of the article it practises (`process`),
 * the heading it draws on (`section`), ideas it touches on the way (`secondary`), and the
 * public practice that inspired its form (`inspiredBy`). Read as the article means them:
 * attention and perception are about another person; touch in the article is between
 * people, and one's own touch is our extension; physiological is never an item's primary
 * idea, since we promise no body effect.
 *
 * Kept apart from the items (connection.ts, self-compassion.ts) because the popup bundles the
 * items and never reads a citation. tests/unit/content-library.test.ts checks every item has
 * one, and that each holds against CONTENT.md's quality bar.
 */

const cognitive = 'Cognitive processes';
const behavioral = 'Behavioral processes';
const internal =
  'What internal processes sustain intimacy, connection, and engagement during stress?';
const why = 'Why do intimacy, connection, and engagement matter during times of stress?';

const neffBreak = "Kristin Neff's self-compassion break";
const neffTouch = "Kristin Neff's supportive touch";
const compassionFocused = 'Compassion-focused practice (Paul Gilbert)';
const selfCompassion = { process: 'self-compassion', section: internal } as const;

export const sources: Readonly<Record<string, ExerciseSource>> = {
  // Connection
  'cn-warm-moment': { process: 'cognitive.memory', section: cognitive },
  'cn-thank-you-note': {
    process: 'cognitive.memory',
    section: cognitive,
    secondary: ['behavioral.communication'],
    inspiredBy: 'Gratitude letter (Greater Good in Action)',
  },
  'cn-shared-win': {
    process: 'cognitive.memory',
    section: cognitive,
    secondary: ['behavioral.cooperation'],
  },
  'cn-listen-fully': {
    process: 'cognitive.attention',
    section: cognitive,
    secondary: ['behavioral.communication'],
  },
  'cn-read-slowly': { process: 'cognitive.attention', section: cognitive, secondary: ['empathy'] },
  'cn-read-a-face': { process: 'cognitive.perception', section: cognitive, secondary: ['empathy'] },
  'cn-photo-smile': {
    process: 'cognitive.perception',
    section: cognitive,
    secondary: ['cognitive.memory'],
  },
  'cn-honest-check-in': { process: 'behavioral.communication', section: behavioral },
  'cn-open-question': {
    process: 'behavioral.communication',
    section: behavioral,
    secondary: ['cognitive.attention'],
  },
  'cn-plain-need': { process: 'behavioral.communication', section: behavioral },
  'cn-good-news': {
    process: 'behavioral.communication',
    section: behavioral,
    secondary: ['empathy'],
    inspiredBy: 'Active-constructive responding (Shelly Gable and colleagues)',
  },
  'cn-friendly-hello': {
    process: 'behavioral.communication',
    section: behavioral,
    inspiredBy:
      'Studies of brief talks with acquaintances and strangers (Gillian Sandstrom and Elizabeth Dunn; Nicholas Epley and Juliana Schroeder)',
  },
  'cn-thank-a-teammate': { process: 'behavioral.cooperation', section: behavioral },
  'cn-small-hand': {
    process: 'behavioral.cooperation',
    section: behavioral,
    secondary: ['support'],
  },
  'cn-common-ground': {
    process: 'behavioral.cooperation',
    section: behavioral,
    inspiredBy: 'Shared social identity research (Catherine Haslam, Alex Haslam and colleagues)',
  },
  'cn-people-nearby': {
    process: 'empathy',
    section: internal,
    inspiredBy: 'Loving-kindness meditation (Greater Good in Action)',
  },
  'cn-their-day': { process: 'empathy', section: internal },
  'cn-other-side': {
    process: 'empathy',
    section: internal,
    secondary: ['behavioral.communication'],
  },
  'cn-name-their-feeling': {
    process: 'empathy',
    section: internal,
    secondary: ['behavioral.communication'],
  },
  'cn-quiet-support': { process: 'support', section: why },
  'cn-let-someone-help': { process: 'support', section: why },
  'cn-true-compliment': {
    process: 'support',
    section: why,
    secondary: ['behavioral.communication'],
    inspiredBy: 'Studies of giving compliments (Xuan Zhao and Nicholas Epley)',
  },
  'cn-three-good-things': {
    process: 'support',
    section: why,
    secondary: ['cognitive.memory'],
    inspiredBy: 'Three good things (Martin Seligman; Greater Good in Action)',
  },

  // Self-compassion
  'sc-self-compassion-break': { ...selfCompassion, inspiredBy: neffBreak },
  'sc-this-is-hard': { ...selfCompassion, inspiredBy: neffBreak },
  'sc-name-the-feeling': {
    ...selfCompassion,
    inspiredBy: 'Affect labelling studies (Matthew Lieberman)',
  },
  'sc-mood-weather': selfCompassion,
  'sc-read-your-signs': selfCompassion,
  'sc-others-too': { ...selfCompassion, inspiredBy: neffBreak },
  'sc-same-moment': { ...selfCompassion, secondary: ['empathy'] },
  'sc-small-mistake': selfCompassion,
  'sc-enough-for-today': selfCompassion,
  'sc-kind-word': selfCompassion,
  'sc-friend-note': {
    ...selfCompassion,
    secondary: ['support'],
    inspiredBy: 'Self-compassionate letter (Kristin Neff; Greater Good in Action)',
  },
  'sc-small-kind-act': selfCompassion,
  'sc-soften-the-critic': {
    ...selfCompassion,
    inspiredBy: "Changing critical self-talk (Kristin Neff's exercises)",
  },
  'sc-credit-your-effort': selfCompassion,
  'sc-kindest-self': {
    ...selfCompassion,
    inspiredBy: `Compassionate self imagery: ${compassionFocused}`,
  },
  'sc-kind-no': {
    ...selfCompassion,
    secondary: ['behavioral.communication'],
    inspiredBy: 'Fierce self-compassion (Kristin Neff)',
  },
  'sc-kind-next-hour': selfCompassion,
  'sc-slow-breath': {
    ...selfCompassion,
    secondary: ['physiological'],
    inspiredBy: `Soothing-rhythm breathing: ${compassionFocused}`,
  },
  'sc-hand-on-heart': {
    process: 'behavioral.touch',
    section: behavioral,
    secondary: ['self-compassion'],
    inspiredBy: neffTouch,
  },
  'sc-hold-your-hands': {
    process: 'behavioral.touch',
    section: behavioral,
    secondary: ['self-compassion'],
    inspiredBy: neffTouch,
  },
  'sc-gentle-hug': {
    process: 'behavioral.touch',
    section: behavioral,
    secondary: ['self-compassion'],
    inspiredBy: neffTouch,
  },
  'sc-someone-was-kind': {
    process: 'cognitive.memory',
    section: cognitive,
    secondary: ['self-compassion'],
  },
};
