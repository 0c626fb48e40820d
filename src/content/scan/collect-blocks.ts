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
  walk(root, options, isVisible, blocks);
  return blocks;
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
 * One depth-first pass with an explicit stack: no TreeWalker filter callback
 * per node, no walk up the ancestors per text node (the container is known on
 * the way down), and no recursion, so a page nested 100,000 deep cannot
 * overflow the call stack.
 */
function walk(
  root: Element | ShadowRoot,
  options: CollectOptions,
  isVisible: (element: Element) => boolean,
  blocks: TextBlock[],
): void {
  const rootContainer = root instanceof ShadowRoot ? root.host : root;
  const shadowHosts: Element[] = root instanceof Element && root.shadowRoot ? [root] : [];
  let container: Element | undefined;
  let nodes: Text[] = [];
  const flush = (): void => {
    // White space between inline elements is kept (it separates words); a block of only white space is dropped.
    if (container && nodes.some((node) => /\S/.test(node.data))) blocks.push(makeBlock(container, nodes));
    nodes = [];
    container = undefined;
  };
  const stack: Frame[] = [{ node: root.firstChild, container: rootContainer, block: true }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const node = frame.node;
    if (!node) {
      stack.pop();
      if (frame.block) flush();
      continue;
    }
    frame.node = node.nextSibling;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      if (container !== frame.container) {
        flush();
        container = frame.container;
      }
      const holder = text.parentElement ?? frame.container;
      if (isVisible(holder)) nodes.push(text);
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    const name = element.localName;
    if (name === 'br') {
      flush(); // a line break ends the block
      continue;
    }
    if (isSkippedElement(element, options.exclude)) {
      // Skipped text-level elements (code, a script) leave their neighbours joined; anything else separates them.
      if (!TEXT_LEVEL_SKIPPED.has(name)) flush();
      continue;
    }
    if (element.shadowRoot) shadowHosts.push(element);
    if (INLINE_TAGS.has(name)) {
      stack.push({ node: element.firstChild, container: frame.container, block: false });
    } else {
      flush();
      stack.push({ node: element.firstChild, container: element, block: true });
    }
  }
  flush();
  // Open shadow roots (comment widgets, web components) are read after the light tree that hosts them.
  for (const host of shadowHosts) {
    const shadow = host.shadowRoot!;
    options.onShadowRoot?.(shadow);
    walk(shadow, options, isVisible, blocks);
  }
}
