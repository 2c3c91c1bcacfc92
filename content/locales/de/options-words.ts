import type { WordBundle } from '../messages';
import about from './about';
import common from './common';
import exercises from './exercises';
import nudges from './nudges';
import options from './options';

/** The options page's German words, loaded only when the browser speaks German. */
export default {
  ui: { ...common, ...about, ...options, ...nudges },
  exercises,
} satisfies WordBundle;
