/**
 * The one import of webextension-polyfill. Every context reaches the
 * extension APIs through this module, so the polyfill is bundled once per
 * script and can be swapped for a fake in tests.
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Browser, Runtime, Storage, Tabs } from 'webextension-polyfill';
