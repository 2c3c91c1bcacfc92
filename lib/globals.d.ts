/** True only in the e2e test build (`npm run build:e2e`); see wxt.config.ts. */
declare const __TEND_TEST_BUILD__: boolean;
