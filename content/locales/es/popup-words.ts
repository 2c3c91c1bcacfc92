import type { WordBundle } from '../messages';
import common from './common';
import popup from './popup';

/** The popup's Spanish UI words, loaded only when the browser (or the user) speaks Spanish. */
export default { ui: { ...common, ...popup }, exercises: {} } satisfies WordBundle;
