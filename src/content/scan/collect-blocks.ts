/**
 * Reading a page's text: which text nodes are scanned, and how they group
 * into blocks.
 *
 * One TreeWalker pass. Whole subtrees are rejected where marking would be
 * wrong or useless: scripts and styles, form fields and editable regions (the
 * reader's own typing), code, SVG and MathML, embedded content, our own UI.
 * Consecutive text nodes under the same block-level container form one block,
 * so names split by inline elements are still found.
 */
import { makeBlock, type TextBlock } from './text-block.ts';

const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math', 'iframe', 'frame', 'canvas', 'video', 'audio',
  'object', 'embed', 'head', 'title',
]);

/** Elements that flow inside a line: text inside them joins the surrounding block. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'label',
  'mark', 'nobr', 'q', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'wbr',
]);

export interface CollectOptions {
  /** Elements never entered (our own UI host). */
  readonly exclude?: ReadonlySet<Element>;
}

function isSkipped(element: Element, exclude: ReadonlySet<Element> | undefined): boolean {
  if (SKIPPED.has(element.localName) || exclude?.has(element)) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return element.getAttribute('aria-hidden') === 'true' && element.localName !== 'body';
}

/** The block-level container of a text node: its nearest ancestor that is not inline. */
export function blockContainer(node: Node, root: Node): Element {
  let element = node.parentElement!;
  while (INLINE.has(element.localName) && element !== root && element.parentElement) element = element.parentElement;
  return element;
}

/** Collect the text blocks under `root`, in document order. */
export function collectBlocks(root: Element, options: CollectOptions = {}): TextBlock[] {
  const document = root.ownerDocument;
  if (document.designMode === 'on') return [];
  const visible = new Map<Element, boolean>();
  const isVisible = (element: Element): boolean => {
    let result = visible.get(element);
    if (result === undefined) {
      result = element.checkVisibility ? element.checkVisibility({ visibilityProperty: true }) : true;
      visible.set(element, result);
    }
    return result;
  };

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (element.localName === 'br') return NodeFilter.FILTER_ACCEPT; // a line break ends the block
      return isSkipped(element, options.exclude) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });

  const blocks: TextBlock[] = [];
  let container: Element | undefined;
  let nodes: Text[] = [];
  const flush = (): void => {
    // White space between inline elements is kept (it separates words) but a block of only white space is dropped.
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
    const parent = blockContainer(text, root);
    if (parent !== container) {
      flush();
      container = parent;
    }
    if (isVisible(text.parentElement!)) nodes.push(text);
  }
  flush();
  return blocks;
}
