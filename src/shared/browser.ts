/**
 * The extension API, for every context: the browser's own object, typed by
 * @types/webextension-polyfill. Firefox has the promise-based `browser.*`;
 * Chrome's MV3 `chrome.*` returns promises for every call the extension
 * makes (Chrome 120 and later, the build's target). The one difference that
 * matters, answering a message asynchronously, is handled where messages
 * are answered (src/shared/messages.ts).
 *
 * webextension-polyfill stood here until December 2026: 10 KB minified of
 * wrappers that every cold page compiled and ran before the content script
 * could start (docs/page-work.md, fifth pass). Importing it is still
 * forbidden elsewhere by the lint config, so no context brings it back
 * without going through this file.
 */
import type { Browser } from 'webextension-polyfill';

const globals = globalThis as { browser?: Browser; chrome?: Browser };

/** Undefined outside an extension's contexts (unit tests mock this module). */
const browser = (globals.browser ?? globals.chrome) as Browser;

export default browser;
export type { Browser, Runtime, Storage, Tabs } from 'webextension-polyfill';
