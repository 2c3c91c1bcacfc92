/**
 * Allowed ranges of the numeric settings, in seconds. Only the e2e test build
 * (`__TEND_TEST_BUILD__`, see wxt.config.ts) accepts second-scale work intervals and breaks;
 * the released build refuses them like any other out-of-range value, and the bundler drops
 * the test values from it.
 */

export interface Range {
  min: number;
  max: number;
}

export const limits: Record<
  | 'workIntervalSec'
  | 'breakLengthSec'
  | 'snoozeSec'
  | 'snoozeDailyCap'
  | 'idleThresholdSec'
  | 'deferCapSec',
  Range
> = {
  workIntervalSec: { min: __TEND_TEST_BUILD__ ? 2 : 5 * 60, max: 4 * 60 * 60 },
  breakLengthSec: { min: __TEND_TEST_BUILD__ ? 1 : 60, max: 60 * 60 },
  snoozeSec: { min: __TEND_TEST_BUILD__ ? 1 : 60, max: 60 * 60 },
  snoozeDailyCap: { min: 0, max: 20 },
  // chrome.idle.setDetectionInterval refuses values under 15 s.
  idleThresholdSec: { min: 15, max: 60 * 60 },
  deferCapSec: { min: __TEND_TEST_BUILD__ ? 1 : 60, max: 2 * 60 * 60 },
};
