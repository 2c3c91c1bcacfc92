/** True only in the e2e test build (`npm run build:e2e`); see wxt.config.ts. */
declare const __TEND_TEST_BUILD__: boolean;

/** One lazy loader per exercise's words in a locale (scripts/vite/exercise-text-chunks.ts). */
declare module 'virtual:exercise-text/*' {
  const loaders: Record<
    string,
    () => Promise<{ default: import('../content/types').ExerciseText }>
  >;
  export default loaders;
}
