/**
 * The extension API, for every context: the browser's own object, typed by
 * @types/webextension-polyfill. Firefox has the promise-based `browser.*`;
 * Chrome's MV3 `chrome.*` returns promises for every call the extension
 * makes (Chrome 120 and later, the build's target). The one difference that
 * matters, answering a message asynchronously, is handled where messages
 * are answered (src/shared/messages.ts).
 *
 * The background, popup and options page install webextension-polyfill
 * first (browser-polyfill.ts), so there this is the polyfill's object. The
 * content script does not: 10 KB minified of wrappers that every cold page
 * compiled before the first mark (docs/page-work.md, fifth pass); the build
 * fails if content.js bundles it. The lint config forbids importing the
 * polyfill anywhere but these two files.
 */
import type { Browser } from 'webextension-polyfill';

const globals = globalThis as { browser?: Browser; chrome?: Browser };

/** Undefined outside an extension's contexts (unit tests mock this module). */
const browser = (globals.browser ?? globals.chrome) as Browser;

export default browser;
export type { Browser, Runtime, Storage, Tabs } from 'webextension-polyfill';
