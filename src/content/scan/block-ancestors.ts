/**
 * What a text node's ancestors say of it, for text met outside a reading
 * pass (a mutation, a hovered node): the block it belongs to, and whether a
 * skipped subtree holds it. The reading pass itself (collect-blocks.ts)
 * knows both from its stack.
 */
import { INLINE_TAGS, scopeOf } from './scan-scope.ts';
import { isHeadlinePart } from './widget-signals.ts';

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

/**
 * Is `node` inside a subtree that is never read? Checks its ancestors up to
 * the document (through shadow hosts). In a page-level header only the
 * headline and standfirst are read.
 */
export function isInSkippedSubtree(node: Node, exclude?: ReadonlySet<Element>): boolean {
  let inHeadline = false;
  for (let current: Node | null = node; current; ) {
    if (current instanceof Element) {
      const scope = scopeOf(current, exclude);
      if (scope === 'skip' || (scope === 'headline-only' && !inHeadline)) return true;
      inHeadline ||= isHeadlinePart(current);
    }
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return false;
}
