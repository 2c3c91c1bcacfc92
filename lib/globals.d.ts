/** True only in the e2e test build (`npm run build:e2e`); see wxt.config.ts. */
declare const __TEND_TEST_BUILD__: boolean;

/** Names one build, so what a page keeps for the next (a kept first frame) is not shown by another. */
declare const __TEND_BUILD_ID__: string;

/**
 * True in a built extension, which has the popup's frame page (lib/store/frame-key.ts); the
 * dev server's popup has none.
 */
declare const __TEND_FRAME_PAGE__: boolean;

/** One exercise's words, one chunk each (scripts/vite/exercise-text-chunks.ts). */
declare module 'virtual:exercise-text' {
  /** Every exercise id that has words (in English, and so in every locale). */
  export const textIds: ReadonlySet<string>;
  /** The words of `id` in `locale`, else in English; `lang` says which. */
  export function loadText(
    locale: string,
    id: string,
  ): Promise<{
    text: import('../content/types').ExerciseText;
    lang: import('../content/locales/messages').Locale;
  }>;
}
