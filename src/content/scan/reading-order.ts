/**
 * Reading order: the article body first when the page marks one, then the rest
 * of the page in document order. The first-mention rule follows this order, so
 * a name is explained where the article first uses it, not in a sidebar.
 *
 * Blocks are ordered by their first text node, not their container: in
 * `<div><p>one</p>two</div>` the div's own text "two" comes after the p.
 * Nodes in shadow trees are ordered where their shadow host stands, and
 * within one shadow tree by their own position.
 */

export interface Ordered {
  readonly inArticle: boolean;
  /** The block's first text node. */
  readonly node: Node;
  /** Order of discovery, the last resort for nodes that cannot be compared. */
  readonly sequence: number;
}

/** The node, then the host of its shadow tree, then that host's host, up to the document's own tree. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = chain.at(-1)!.getRootNode()) chain.push(root.host);
  return chain;
}

/** Negative if `a` comes before `b` in the flattened document, positive after, 0 if the same node. */
export function compareNodes(a: Node, b: Node): number {
  if (a === b) return 0;
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  let i = chainA.length - 1;
  let j = chainB.length - 1;
  // Walk down from the document's tree while both paths go through the same shadow host.
  while (i > 0 && j > 0 && chainA[i] === chainB[j]) {
    i--;
    j--;
  }
  const x = chainA[i]!;
  const y = chainB[j]!;
  if (x === y) return i === 0 ? -1 : 1; // one is the host the other sits inside: the host comes first
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export function compareReadingOrder(a: Ordered, b: Ordered): number {
  if (a.inArticle !== b.inArticle) return a.inArticle ? -1 : 1;
  return compareNodes(a.node, b.node) || a.sequence - b.sequence;
}

/** The node of the document's own tree that stands for `node`: itself, or its outermost shadow host. */
export function anchorOf(node: Node): Node {
  return hostChain(node).at(-1)!;
}
