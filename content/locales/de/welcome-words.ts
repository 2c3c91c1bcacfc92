import type { WordBundle } from '../messages';
import common from './common';
import nudges from './nudges';
import options from './options';
import welcome from './welcome';

/**
 * The welcome page's German words, loaded only when the browser speaks German. It borrows the
 * options page's words for the rhythms and kinds of exercise it offers.
 */
export default {
  ui: { ...common, ...options, ...nudges, ...welcome },
  exercises: {},
} satisfies WordBundle;
