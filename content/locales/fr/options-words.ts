import type { WordBundle } from '../messages';
import about from './about';
import common from './common';
import exercises from './exercises';
import nudges from './nudges';
import options from './options';

/** The options page's French words, loaded only when the browser (or the user) speaks French. */
export default {
  ui: { ...common, ...about, ...options, ...nudges },
  exercises,
} satisfies WordBundle;
