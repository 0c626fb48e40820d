/**
 * Reading order: the article body first when the page marks one, then the rest
 * of the page in document order. Blocks inside shadow roots are placed where
 * their outermost shadow host is. The first-mention rule follows this order, so
 * a name is explained where the article first uses it, not in a sidebar.
 */

export interface Ordered {
  readonly inArticle: boolean;
  /** A node of the document's own tree to order by. */
  readonly anchor: Node;
  /** Order of discovery, for blocks with the same anchor. */
  readonly sequence: number;
}

/** The node of the document's own tree that stands for `node`: itself, or its outermost shadow host. */
export function anchorOf(node: Node): Node {
  let root = node.getRootNode();
  let anchor = node;
  while (root instanceof ShadowRoot) {
    anchor = root.host;
    root = anchor.getRootNode();
  }
  return anchor;
}

export function compareReadingOrder(a: Ordered, b: Ordered): number {
  if (a.inArticle !== b.inArticle) return a.inArticle ? -1 : 1;
  if (a.anchor !== b.anchor) return a.anchor.compareDocumentPosition(b.anchor) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  return a.sequence - b.sequence;
}
