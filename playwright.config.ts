import { defineConfig } from '@playwright/test';
import { middayZone } from './tests/midday-zone';

// The tests, and the browsers they start, run at about midday (tests/midday-zone.ts).
process.env.TZ = middayZone();

/**
 * End-to-end tests in real Chromium (Debian's, never a downloaded one) with the test build
 * of the extension (`npm run build:e2e`). One worker: the machine has two cores, and each
 * test runs a whole browser.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  workers: 1,
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
});
