import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { exerciseTextChunks } from './scripts/vite/exercise-text-chunks';

export default defineConfig({
  plugins: [WxtVitest(), preact(), exerciseTextChunks()],
  define: {
    __TEND_TEST_BUILD__: 'false',
    __TEND_BUILD_ID__: '"test"',
    __TEND_FRAME_PAGE__: 'true',
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup-words.ts', 'tests/setup-fake-action.ts'],
    restoreMocks: true,
  },
});
