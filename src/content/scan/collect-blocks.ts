/**
 * Reading a page's text into blocks: one pass per root, entering open shadow
 * roots, rejecting skipped subtrees whole (see scan-scope.ts).
 * Consecutive text nodes under the same block-level container form one block,
 * so names split by inline elements are still found; a <br> ends a block.
 */
import { INLINE_TAGS, isSkippedElement } from './scan-scope.ts';
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
}

/** The block-level container of a text node: its nearest ancestor that is not inline. */
export function blockContainer(node: Node): Element | undefined {
  // Text (or an inline element) directly inside a shadow root belongs to the shadow host's block.
  const parentOf = (child: Node): Element | null => child.parentElement ?? (child.parentNode instanceof ShadowRoot ? child.parentNode.host : null);
  let element = parentOf(node);
  while (element && INLINE_TAGS.has(element.localName)) {
    const parent = parentOf(element);
    if (!parent) break;
    element = parent;
  }
  return element ?? undefined;
}

/** Is `node` inside a subtree that is never read? Checks its ancestors up to the document (through shadow hosts). */
export function isInSkippedSubtree(node: Node, exclude?: ReadonlySet<Element>): boolean {
  for (let current: Node | null = node; current; ) {
    if (current instanceof Element && isSkippedElement(current, exclude)) return true;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return false;
}

/** Collect the text blocks under `root` (an element or a shadow root), in document order. */
export function collectBlocks(root: Element | ShadowRoot, options: CollectOptions = {}): TextBlock[] {
  return new BlockReader(root, options).readUntil(Infinity);
}

interface Frame {
  /** The next child to visit. */
  node: ChildNode | null;
  /** The block container of text met in this frame. */
  readonly container: Element;
  /** Leaving this frame ends a block (it is a block-level element's). */
  readonly block: boolean;
}

/**
 * Reads blocks in one depth-first pass with an explicit stack: no TreeWalker
 * filter callback per node, no walk up the ancestors per text node (the
 * container is known on the way down), no recursion (a page nested 100,000
 * deep cannot overflow the call stack), and resumable, so a 5 MB page is read
 * in slices that each end by a deadline.
 */
export class BlockReader {
  readonly #options: CollectOptions;
  readonly #visible = new Map<Element, boolean>();
  /** Roots still to read: open shadow roots are read after the tree that hosts them. */
  readonly #roots: Array<Element | ShadowRoot> = [];
  #stack: Frame[] = [];
  #container: Element | undefined;
  #nodes: Text[] = [];
  #shadowHosts: Element[] = [];
  #blocks: TextBlock[] = [];

  constructor(root: Element | ShadowRoot, options: CollectOptions = {}) {
    this.#options = options;
    const document = root.ownerDocument ?? (root as Element).ownerDocument;
    if (document.designMode !== 'on') this.#roots.push(root);
  }

  get done(): boolean {
    return this.#stack.length === 0 && this.#roots.length === 0;
  }

  /** Read until the page is read or `performance.now()` passes `deadline`; returns the blocks found meanwhile. */
  readUntil(deadline: number): TextBlock[] {
    let steps = 0;
    while (!this.done) {
      if (this.#stack.length === 0) this.#enter(this.#roots.shift()!);
      this.#step();
      // Reading the clock costs more than a step: look every few hundred nodes.
      if (++steps % 256 === 0 && performance.now() > deadline) break;
    }
    const blocks = this.#blocks;
    this.#blocks = [];
    return blocks;
  }

  #enter(root: Element | ShadowRoot): void {
    if (root instanceof ShadowRoot) this.#options.onShadowRoot?.(root);
    const container = root instanceof ShadowRoot ? root.host : root;
    // A root that hosts a shadow tree is noted here: it is never visited as a child.
    this.#shadowHosts = root instanceof Element && root.shadowRoot ? [root] : [];
    this.#stack = [{ node: root.firstChild, container, block: true }];
  }

  #flush(): void {
    // White space between inline elements is kept (it separates words); a block of only white space is dropped.
    if (this.#container && this.#nodes.some((node) => /\S/.test(node.data))) this.#blocks.push(makeBlock(this.#container, this.#nodes));
    this.#nodes = [];
    this.#container = undefined;
  }

  #isVisible(element: Element): boolean {
    let result = this.#visible.get(element);
    if (result === undefined) {
      result = typeof element.checkVisibility === 'function' ? element.checkVisibility({ visibilityProperty: true }) : true;
      this.#visible.set(element, result);
    }
    return result;
  }

  #step(): void {
    const stack = this.#stack;
    const frame = stack[stack.length - 1]!;
    const node = frame.node;
    if (!node) {
      stack.pop();
      if (frame.block) this.#flush();
      // The tree is read: its open shadow roots come next, before any later root.
      if (stack.length === 0) this.#roots.unshift(...this.#shadowHosts.map((host) => host.shadowRoot!));
      return;
    }
    frame.node = node.nextSibling;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      if (this.#container !== frame.container) {
        this.#flush();
        this.#container = frame.container;
      }
      if (this.#isVisible(text.parentElement ?? frame.container)) this.#nodes.push(text);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const name = element.localName;
    if (name === 'br') {
      this.#flush(); // a line break ends the block
      return;
    }
    if (isSkippedElement(element, this.#options.exclude)) {
      if (!UNRENDERED_SKIPPED.has(name)) this.#flush();
      return;
    }
    if (element.shadowRoot) this.#shadowHosts.push(element);
    if (INLINE_TAGS.has(name)) {
      stack.push({ node: element.firstChild, container: frame.container, block: false });
    } else {
      this.#flush();
      stack.push({ node: element.firstChild, container: element, block: true });
    }
  }
}
