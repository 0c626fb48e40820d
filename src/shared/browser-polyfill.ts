/**
 * webextension-polyfill for the extension's own contexts: the background, the
 * popup and the options page import this first, so that `browser.ts` hands
 * them the polyfill's promise-based `browser.*` in Chrome as in Firefox (the
 * polyfill returns Firefox's own object there). The content script does not:
 * it runs cold on every page the reader opens, and the polyfill was half of
 * what a cold page compiled before the first mark (docs/page-work.md, fifth
 * pass), so it uses the browser's own API, whose one difference, answering a
 * message later, src/shared/messages.ts handles for both.
 */
import polyfill from 'webextension-polyfill';

(globalThis as { browser?: unknown }).browser = polyfill;
