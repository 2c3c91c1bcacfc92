/** Code passed to `evaluate` runs inside the extension, where Chrome's `chrome` is global. */
declare const chrome: typeof import('wxt/browser').browser;
