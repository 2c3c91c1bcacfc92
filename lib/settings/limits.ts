/**
 * Allowed ranges of the numeric settings, in seconds. Only the e2e test build
 * (`__TEND_TEST_BUILD__`, see wxt.config.ts) accepts second-scale work intervals and breaks;
 * the released build refuses them like any other out-of-range value, and the bundler drops
 * the test values from it.
 */

export interface Range {
  min: number;
  max: number;
  /** 0 is allowed too, and means the feature is off. */
  orOff?: true;
}

export const limits: Record<
  | 'workIntervalSec'
  | 'breakLengthSec'
  | 'longBreakEvery'
  | 'longBreakLengthSec'
  | 'headsUpSec'
  | 'snoozeSec'
  | 'snoozeDailyCap'
  | 'idleThresholdSec'
  | 'deferCapSec',
  Range
> = {
  workIntervalSec: { min: __TEND_TEST_BUILD__ ? 2 : 5 * 60, max: 4 * 60 * 60 },
  breakLengthSec: { min: __TEND_TEST_BUILD__ ? 1 : 60, max: 60 * 60 },
  // 1 would make every break long: off (0) says that more plainly.
  longBreakEvery: { min: 2, max: 10, orOff: true },
  longBreakLengthSec: { min: __TEND_TEST_BUILD__ ? 1 : 5 * 60, max: 60 * 60 },
  headsUpSec: { min: __TEND_TEST_BUILD__ ? 1 : 30, max: 5 * 60, orOff: true },
  snoozeSec: { min: __TEND_TEST_BUILD__ ? 1 : 60, max: 60 * 60 },
  snoozeDailyCap: { min: 0, max: 20 },
  // chrome.idle.setDetectionInterval refuses values under 15 s.
  idleThresholdSec: { min: 15, max: 60 * 60 },
  deferCapSec: { min: __TEND_TEST_BUILD__ ? 1 : 60, max: 2 * 60 * 60 },
};
