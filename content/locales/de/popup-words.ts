import type { WordBundle } from '../messages';
import common from './common';
import popup from './popup';

/** The popup's German UI words, loaded only when the browser speaks German. */
export default { ui: { ...common, ...popup }, exercises: {} } satisfies WordBundle;
