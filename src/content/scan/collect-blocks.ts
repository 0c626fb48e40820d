/**
 * Reading a page's text into blocks: one TreeWalker pass per root, entering
 * open shadow roots, rejecting skipped subtrees whole (see scan-scope.ts).
 * Consecutive text nodes under the same block-level container form one block,
 * so names split by inline elements are still found; a <br> ends a block.
 */
import { INLINE_TAGS, isSkippedElement } from './scan-scope.ts';
import { makeBlock, type TextBlock } from './text-block.ts';

/** Skipped elements that sit inside a line of text and so do not end a block. */
const TEXT_LEVEL_SKIPPED = new Set(['code', 'kbd', 'samp', 'var', 'script', 'style', 'noscript', 'template']);

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
  const document = root.ownerDocument ?? (root as Element).ownerDocument;
  if (document.designMode === 'on') return [];
  const blocks: TextBlock[] = [];
  const visible = new Map<Element, boolean>();
  const isVisible = (element: Element): boolean => {
    let result = visible.get(element);
    if (result === undefined) {
      result = typeof element.checkVisibility === 'function' ? element.checkVisibility({ visibilityProperty: true }) : true;
      visible.set(element, result);
    }
    return result;
  };
  walk(root, document, options, isVisible, blocks);
  return blocks;
}

function walk(
  root: Element | ShadowRoot,
  document: Document,
  options: CollectOptions,
  isVisible: (element: Element) => boolean,
  blocks: TextBlock[],
): void {
  // The walker never shows its root to the filter, so a root that hosts a shadow tree is noted here.
  const shadowHosts: Element[] = root instanceof Element && root.shadowRoot ? [root] : [];
  /** Set when a block-level element (an <hr>, an empty <div>) stands between two text nodes. */
  let boundary = false;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (element.localName === 'br') return NodeFilter.FILTER_ACCEPT; // a line break ends the block
      if (isSkippedElement(element, options.exclude)) {
        // Skipped text-level elements (code, a script) leave their neighbours joined; anything else separates them.
        if (!TEXT_LEVEL_SKIPPED.has(element.localName)) boundary = true;
        return NodeFilter.FILTER_REJECT;
      }
      if (!INLINE_TAGS.has(element.localName)) boundary = true;
      if (element.shadowRoot) shadowHosts.push(element);
      return NodeFilter.FILTER_SKIP;
    },
  });

  let container: Element | undefined;
  let nodes: Text[] = [];
  const flush = (): void => {
    // White space between inline elements is kept (it separates words); a block of only white space is dropped.
    if (container && nodes.some((node) => /\S/.test(node.data))) blocks.push(makeBlock(container, nodes));
    nodes = [];
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) {
      flush();
      container = undefined;
      continue;
    }
    const text = node as Text;
    const parent = blockContainer(text);
    if (parent !== container || boundary) {
      flush();
      container = parent;
    }
    boundary = false;
    const holder = text.parentElement ?? parent;
    if (holder && isVisible(holder)) nodes.push(text);
  }
  flush();
  // Open shadow roots (comment widgets, web components) are read after the light tree that hosts them.
  for (const host of shadowHosts) {
    const shadow = host.shadowRoot!;
    options.onShadowRoot?.(shadow);
    walk(shadow, document, options, isVisible, blocks);
  }
}
