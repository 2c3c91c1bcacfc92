import browser from 'webextension-polyfill';

/**
 * The options page talks to the browser through webextension-polyfill, which smooths over
 * the last differences between Chrome's and Firefox's promise APIs. Only here: the popup is on
 * a size budget and the worker on a memory budget, and both use the browser's own API.
 */
export { browser };
