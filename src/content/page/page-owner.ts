/**
 * The one module that changes what the page shows. It registers our
 * highlights in `CSS.highlights` and adds the single UI host element; its
 * `destroy()` removes all of it. Nothing else in the extension touches the
 * page: the page's DOM, attributes and selection stay as the page made them.
 */
import { KINDS, type Kind } from '../../core/glossary/kinds.ts';

/** Every highlight name we register starts with this. */
export const HIGHLIGHT_PREFIX = 'backgrounder';
export const HOST_TAG = 'backgrounder-ui';
/** The highlight of the mention whose card is open. */
export const ACTIVE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-active`;
/** The highlight of names several entries fit equally (possible matches), whatever the style and kind. */
export const POSSIBLE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-possible`;

export const HIGHLIGHT_STYLES = ['underline', 'background', 'hover'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** The highlight name for a kind in a style: styled by content.css, toggled per category. */
export const highlightName = (style: HighlightStyle, kind: Kind): string => `${HIGHLIGHT_PREFIX}-${style}-${kind}`;

/** Every name we may register. Listed rather than found by iterating the registry, which Firefox's Xray wrappers do not allow. */
export const ALL_HIGHLIGHT_NAMES: readonly string[] = [
  ACTIVE_HIGHLIGHT,
  POSSIBLE_HIGHLIGHT,
  ...HIGHLIGHT_STYLES.flatMap((style) => KINDS.map((kind) => highlightName(style, kind))),
];

export class PageOwner {
  readonly #document: Document;
  readonly #names = new Set<string>();
  #host: HTMLElement | undefined;
  #shadow: ShadowRoot | undefined;

  constructor(document: Document) {
    this.#document = document;
  }

  /** Remove what an earlier instance of the extension left behind (after an update or reload). */
  static removeLeftovers(document: Document): void {
    for (const name of ALL_HIGHLIGHT_NAMES) CSS.highlights.delete(name);
    for (const host of document.querySelectorAll(HOST_TAG)) host.remove();
  }

  /** Replace all marks: ranges grouped by highlight name. */
  setMarks(marks: ReadonlyMap<string, readonly Range[]>): void {
    for (const name of this.#names) if (!marks.has(name) && name !== ACTIVE_HIGHLIGHT) this.#delete(name);
    for (const [name, ranges] of marks) this.#set(name, ranges, 0);
  }

  /** Emphasise the mention whose card is open (or nothing). */
  setActive(range: Range | undefined): void {
    if (range) this.#set(ACTIVE_HIGHLIGHT, [range], 1);
    else this.#delete(ACTIVE_HIGHLIGHT);
  }

  /**
   * The shadow root of our UI host, created on first use. The host lives at the
   * end of the document; while the reader is in an open modal dialog it is
   * moved to the end of that dialog, because a modal dialog makes everything
   * outside it inert: the card would show above it but its links and buttons
   * would not respond.
   */
  uiRoot(parent: Element = this.#document.documentElement): ShadowRoot {
    if (!this.#shadow || !this.#host) {
      this.#host = this.#document.createElement(HOST_TAG);
      // A manual popover lives in the top layer, above page z-indexes and open modal dialogs.
      this.#host.popover = 'manual';
      // Open, so assistive technology and accessibility checkers can reach the card; the page could read
      // which card is open, which it can already tell from the pointer. Nothing else is exposed.
      this.#shadow = this.#host.attachShadow({ mode: 'open' });
    }
    if (this.#host.parentElement !== parent || !this.#host.isConnected) parent.append(this.#host);
    return this.#shadow;
  }

  get host(): HTMLElement | undefined {
    return this.#host;
  }

  destroy(): void {
    for (const name of [...this.#names]) this.#delete(name);
    this.#host?.remove();
    this.#host = undefined;
    this.#shadow = undefined;
  }

  #set(name: string, ranges: readonly Range[], priority: number): void {
    const highlight = new Highlight(...ranges);
    highlight.priority = priority;
    CSS.highlights.set(name, highlight);
    this.#names.add(name);
  }

  #delete(name: string): void {
    CSS.highlights.delete(name);
    this.#names.delete(name);
  }
}
