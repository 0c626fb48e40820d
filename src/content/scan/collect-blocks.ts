/**
 * Reading a page's text into blocks: one pass per root, entering open shadow
 * roots, rejecting skipped subtrees whole (see scan-scope.ts).
 * Consecutive text nodes under the same block-level container form one block,
 * so names split by inline elements are still found; a <br> ends a block.
 * Lists of links to other pages and labelled teaser lists are dropped as
 * they are read (see LinkListTally and #leave), so no second pass is needed.
 */
import { INLINE_TAGS, scopeOf } from './scan-scope.ts';
import { isHeadlinePart, isTeaserLabel, looksLikeHeadline } from './widget-signals.ts';
import { makeBlock, type TextBlock } from './text-block.ts';

/**
 * Skipped elements that are never rendered, so the text around them reads as
 * one line ("Chat<script>…</script>ham" is "Chatham"). A visible skipped
 * element (code, kbd, a form field) ends the block instead: a name must not run
 * across text we do not read, or its highlight would paint that text too.
 */
const UNRENDERED_SKIPPED = new Set(['script', 'style', 'noscript', 'template']);

export interface CollectOptions {
  /** Elements never entered (our own UI host). */
  readonly exclude?: ReadonlySet<Element>;
  /** Called for every open shadow root met, so it can be watched for changes. */
  readonly onShadowRoot?: (root: ShadowRoot) => void;
  /** Called with the blocks a rule leaves unread, and the rule (the scope report measures them: scripts/scope-report.ts). */
  readonly onDrop?: (blocks: readonly TextBlock[], rule: DropRule) => void;
}

/** The rules that leave read text out: see #flush and #leave. */
export type DropRule = 'link block' | 'link list' | 'teaser card' | 'teaser label';

/** Collect the text blocks under `root` (an element or a shadow root), in document order. */
export function collectBlocks(root: Element | ShadowRoot, options: CollectOptions = {}): TextBlock[] {
  return new BlockReader(root, options).readUntil(Infinity);
}

/**
 * A container is a list of links to other pages (a teaser list, a tag list, a
 * menu not marked as one) when it holds two blocks or more and this share of
 * its text is link text. Measured on the corpus (docs/scan-scope.md): teaser
 * lists are 85-100% link text, article bodies under 30%. A paragraph is one
 * block, so prose whose names are all links is never a link list.
 */
const LINK_LIST_SHARE = 0.7;

/** A teaser card (see #leave) is short: a headline and a line or two; an article section led by a link is longer. */
const TEASER_CARD_CHARS = 700;

/** The page itself, never a link list however many links it holds. */
const PAGE_LEVEL = new Set(['html', 'body', 'main']);

/** Elements a teaser label never climbs past: past them is the page or the article itself. */
const LABEL_STOPS = new Set(['html', 'body', 'main', 'article']);

interface Frame {
  /** The next child to visit. */
  node: ChildNode | null;
  /** The element whose children this frame visits. */
  readonly element: Element;
  /** The block container of text met in this frame. */
  readonly container: Element;
  /** Leaving this frame ends a block (it is a block-level element's). */
  readonly block: boolean;
  /** Text here is read: false in a page-level header outside its headline and standfirst. */
  readonly reading: boolean;
  /** Inside a page-level header: text read here is its headline or standfirst. */
  readonly chrome: boolean;
  /** Text here is inside a link. */
  readonly inLink: boolean;
  /** Index in the pending blocks of the first block read under this frame. */
  readonly start: number;
  /** Characters of text read under this frame, and how many are in links. */
  chars: number;
  linkChars: number;
  /** An <h1> was read under this frame: a headline's container is never a link list. */
  headline: boolean;
  /** What this frame read first: nothing yet, a story's headline as a link (not read), or text. */
  first: 'nothing' | 'link' | 'text';
  /** A teaser label was met: the rest of this frame is its list, not read; how many more levels the label may claim. */
  teaser: number;
  /** The element is rendered (checkVisibility), asked when its first text node is met. */
  visible: boolean | undefined;
}

/** Is the element rendered? Asked once per element whose text is read. */
const isRendered = (element: Element): boolean => (typeof element.checkVisibility === 'function' ? element.checkVisibility({ visibilityProperty: true }) : true);

/** Node.TEXT_NODE and Node.ELEMENT_NODE, read once rather than from the global per node. */
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Reads blocks in one depth-first pass with an explicit stack: no TreeWalker
 * filter callback per node, no walk up the ancestors per text node (the
 * container is known on the way down), no recursion (a page nested 100,000
 * deep cannot overflow the call stack), and resumable, so a 5 MB page is read
 * in slices that each end by a deadline.
 */
export class BlockReader {
  readonly #options: CollectOptions;
  /** Roots still to read: open shadow roots are read after the tree that hosts them. */
  readonly #roots: Array<Element | ShadowRoot> = [];
  #stack: Frame[] = [];
  #container: Element | undefined;
  #nodes: Text[] = [];
  #shadowHosts: Element[] = [];
  #blocks: TextBlock[] = [];
  /** Blocks of the headline and standfirst in a page-level header: handed out first (see reading-order.ts). */
  #headlineBlocks: TextBlock[] = [];
  #inHeadline = false;
  /** Characters of words (not white space) in the block being read, and how many of them are in a link. */
  #textChars = 0;
  #linkChars = 0;

  constructor(root: Element | ShadowRoot, options: CollectOptions = {}) {
    this.#options = options;
    const document = root.ownerDocument ?? (root as Element).ownerDocument;
    if (document.designMode !== 'on') this.#roots.push(root);
  }

  get done(): boolean {
    return this.#stack.length === 0 && this.#roots.length === 0;
  }

  /**
   * Read until the page is read or `performance.now()` passes `deadline`;
   * returns the blocks found meanwhile. Blocks are handed out only once the
   * tree that holds them is read: until its container is left, a block may
   * still turn out to be part of a link list.
   */
  readUntil(deadline: number): TextBlock[] {
    let steps = 0;
    // `done`, unrolled: a getter call per node shows in the first (interpreted) pass.
    while (this.#stack.length > 0 || this.#roots.length > 0) {
      if (this.#stack.length === 0) this.#enter(this.#roots.shift()!);
      this.#step();
      // Reading the clock costs more than a step: look every few hundred nodes.
      if (++steps % 256 === 0 && performance.now() > deadline) break;
    }
    if (this.#stack.length > 0) return [];
    const blocks = [...this.#headlineBlocks, ...this.#blocks];
    this.#blocks = [];
    this.#headlineBlocks = [];
    return blocks;
  }

  #enter(root: Element | ShadowRoot): void {
    if (root instanceof ShadowRoot) this.#options.onShadowRoot?.(root);
    const container = root instanceof ShadowRoot ? root.host : root;
    // A root that hosts a shadow tree is noted here: it is never visited as a child.
    this.#shadowHosts = root instanceof Element && root.shadowRoot ? [root] : [];
    this.#stack = [this.#frame(root.firstChild, container, container, true, { reading: true, chrome: false, inLink: false })];
  }

  #frame(node: ChildNode | null, element: Element, container: Element, block: boolean, parent: Pick<Frame, 'reading' | 'inLink' | 'chrome'>): Frame {
    return { node, element, container, block, reading: parent.reading, chrome: parent.chrome, inLink: parent.inLink, start: this.#blocks.length, chars: 0, linkChars: 0, headline: false, teaser: 0, first: 'nothing', visible: undefined };
  }

  #flush(): void {
    const container = this.#container;
    // White space between inline elements is kept (it separates words); a block of only white space is dropped
    // (#textChars counts the block's characters less the white space at each node's ends, as #step read them).
    if (container && this.#textChars > 0) {
      // A block that is one link and nothing else (a story's headline in a list, a section or topic label) leads to another page: not read.
      const link = this.#textChars <= this.#linkChars && container.localName !== 'h1';
      const block = makeBlock(container, this.#nodes);
      if (!link) (this.#inHeadline ? this.#headlineBlocks : this.#blocks).push(block);
      else this.#options.onDrop?.([block], 'link block');
      // A picture's caption or credit says nothing of what a card leads with: a teaser card often opens with its photo.
      if (!container.closest('figure')) this.#noteFirst(link && looksLikeHeadline(this.#nodes.map((node) => node.data).join('')) ? 'link' : 'text');
    }
    this.#nodes = [];
    this.#container = undefined;
    this.#textChars = 0;
    this.#linkChars = 0;
  }

  /** Tell the frames that had read nothing yet what they read first. */
  #noteFirst(first: 'link' | 'text'): void {
    for (let i = this.#stack.length - 1; i >= 0 && this.#stack[i]!.first === 'nothing'; i--) this.#stack[i]!.first = first;
  }

  /** Leave a frame: end its block, drop it if it was a link list or a teaser label, and pass its tallies up. */
  #leave(frame: Frame): void {
    if (frame.block) this.#flush();
    const parent = this.#stack[this.#stack.length - 1];
    const blocks = this.#blocks;
    const read = blocks.length - frame.start;
    if (frame.block && !frame.headline && !PAGE_LEVEL.has(frame.element.localName)) {
      const linkList = read >= 2 && frame.linkChars >= LINK_LIST_SHARE * frame.chars;
      // A teaser card: a story's headline as a link, then a line or two about that story.
      const card = frame.first === 'link' && read > 0 && frame.chars <= TEASER_CARD_CHARS;
      if (linkList || card) {
        this.#options.onDrop?.(blocks.slice(frame.start), linkList ? 'link list' : 'teaser card');
        blocks.length = frame.start;
        return;
      }
    }
    if (!parent) return;
    if (frame.block && read === 1 && frame.chars < 80 && isTeaserLabel(blocks[frame.start]!.text)) {
      this.#options.onDrop?.(blocks.slice(frame.start), 'teaser label');
      blocks.length = frame.start;
      // The label's list follows it in the same container (or the container's parent, when the label has a wrapper of its own).
      if (parent.start === frame.start && !LABEL_STOPS.has(parent.element.localName)) parent.teaser = 2;
      return;
    }
    if (frame.teaser > 1 && parent.start === frame.start && !LABEL_STOPS.has(parent.element.localName)) parent.teaser = frame.teaser - 1;
    parent.chars += frame.chars;
    parent.linkChars += frame.linkChars;
    parent.headline ||= frame.headline;
  }

  #step(): void {
    const stack = this.#stack;
    const frame = stack[stack.length - 1]!;
    const node = frame.node;
    if (!node) {
      stack.pop();
      this.#leave(frame);
      // The tree is read: its open shadow roots come next, before any later root.
      if (stack.length === 0) this.#roots.unshift(...this.#shadowHosts.map((host) => host.shadowRoot!));
      return;
    }
    frame.node = node.nextSibling;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const text = node as Text;
      if (!frame.reading || frame.teaser > 0) {
        if (/\S/.test(text.data)) this.#flush(); // text we do not read ends the block
        return;
      }
      if (this.#container !== frame.container) {
        this.#flush();
        this.#container = frame.container;
        this.#inHeadline = frame.chrome;
      }
      // The text's parent is the frame's element (a shadow root's text: its host), known without a DOM call per text node;
      // its visibility is kept on the frame, so a text node costs no lookup.
      if ((frame.visible ??= isRendered(frame.element))) {
        this.#nodes.push(text);
        const words = text.data.trim().length;
        frame.chars += words;
        this.#textChars += words;
        if (frame.inLink) {
          frame.linkChars += words;
          this.#linkChars += words;
        }
      }
      return;
    }
    if (type !== ELEMENT_NODE) return;
    const element = node as Element;
    const name = element.localName;
    if (name === 'br') {
      this.#flush(); // a line break ends the block
      return;
    }
    // After a teaser label, the rest of its container is the list it labels.
    if (frame.teaser > 0) this.#options.onDrop?.(collectBlocks(element, this.#options.exclude ? { exclude: this.#options.exclude } : {}), 'teaser label');
    const scope = frame.teaser > 0 ? 'skip' : scopeOf(element, this.#options.exclude);
    if (scope === 'skip') {
      if (!UNRENDERED_SKIPPED.has(name)) this.#flush();
      return;
    }
    if (element.shadowRoot) this.#shadowHosts.push(element);
    const reading = scope === 'headline-only' ? isHeadlinePart(element) : frame.reading || isHeadlinePart(element);
    const context = { reading, chrome: frame.chrome || scope === 'headline-only', inLink: frame.inLink || (name === 'a' && element.hasAttribute('href')) };
    let child: Frame;
    if (INLINE_TAGS.has(name)) {
      child = this.#frame(element.firstChild, element, frame.container, false, context);
    } else {
      this.#flush();
      child = this.#frame(element.firstChild, element, element, true, context);
    }
    child.headline = name === 'h1';
    stack.push(child);
  }
}
