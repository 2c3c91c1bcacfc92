import type { WordBundle } from '../messages';
import common from './common';
import nudges from './nudges';
import options from './options';
import welcome from './welcome';

/** The welcome page's Spanish words, loaded only for its readers; it borrows the options page's. */
export default {
  ui: { ...common, ...options, ...nudges, ...welcome },
  exercises: {},
} satisfies WordBundle;
