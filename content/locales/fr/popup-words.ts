import type { WordBundle } from '../messages';
import common from './common';
import popup from './popup';

/** The popup's French UI words, loaded only when the browser (or the user) speaks French. */
export default { ui: { ...common, ...popup }, exercises: {} } satisfies WordBundle;
