/**
 * The build-time constants of lib/globals.d.ts, as a release build has them, for the bench's
 * own use of Tend's modules in Node (popup-paint.ts reads which keys the popup shows). Imported
 * first, as those modules read them when they load.
 */
Object.assign(globalThis, {
  __TEND_TEST_BUILD__: false,
  __TEND_BUILD_ID__: 'bench',
  __TEND_FRAME_PAGE__: true,
});
