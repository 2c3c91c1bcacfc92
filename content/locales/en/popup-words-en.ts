import type { WordBundle } from '../messages';
import common from './common';
import popup from './popup';

/** The popup's English UI words, loaded only for English readers (the popup's size budget). */
export default { ui: { ...common, ...popup }, exercises: {} } satisfies WordBundle;
