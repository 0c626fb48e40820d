/**
 * "Add to my glossary": what the reader selected on a page, carried to the
 * entry editor on the options page in its URL hash (options.html#add?…).
 * The hash, not storage.session: the route holds everything the editor
 * needs, so the context menu, the keyboard panel and a reload of the editor
 * all open the same thing, and nothing is left behind to clean up. It never
 * leaves the browser: the options page is the extension's own.
 */

/** The selection and the page it was made on. */
export interface EntryPrefill {
  /** The selected text, white space collapsed; empty when nothing was selected. */
  readonly text: string;
  readonly title: string;
  readonly url: string;
}

/** The options page's route for the editor. */
export const ADD_ROUTE = 'add';

/**
 * Longest text kept of each part. A selection of a whole paragraph is still
 * shown (the editor then says the label is too long), but a hash stays of a
 * size every browser keeps whole.
 */
const MAX_PART = 1000;

const tidy = (text: unknown): string => (typeof text === 'string' ? text.replace(/\s+/gu, ' ').trim().slice(0, MAX_PART) : '');

/** A prefill from what the browser reports (any part may be missing). */
export function prefillOf(selection: { readonly text?: unknown; readonly title?: unknown; readonly url?: unknown }): EntryPrefill {
  const url = tidy(selection.url);
  // Only a web page is a source; an extension page, a file or a data: URL is not one to cite.
  return { text: tidy(selection.text), title: tidy(selection.title), url: /^https?:\/\//i.test(url) ? url : '' };
}

/** The path of the editor, prefilled: relative to the extension's root. */
export function addEntryPath(prefill: EntryPrefill): string {
  const query = new URLSearchParams({ text: prefill.text, title: prefill.title, url: prefill.url });
  return `options.html#${ADD_ROUTE}?${query.toString()}`;
}

/** The prefill a location hash asks for, or undefined when it is not the editor's route. */
export function readAddRoute(hash: string): EntryPrefill | undefined {
  const match = /^#?add(?:\?(.*))?$/s.exec(hash);
  if (!match) return undefined;
  const query = new URLSearchParams(match[1] ?? '');
  return prefillOf({ text: query.get('text'), title: query.get('title'), url: query.get('url') });
}
