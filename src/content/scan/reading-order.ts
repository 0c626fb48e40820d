/**
 * Reading order: the article (its body, and its headline when the two sit
 * together) first when the page has one, then the rest of the page in
 * document order. In each of the two, a headline or standfirst read in a
 * page-level header comes first: the one headline a page puts in its site
 * header is the article's, and it must not come after a teaser that precedes
 * it on the page. The first-mention rule follows this order, so a name is
 * explained where the article first uses it, not in a sidebar. BlockReader
 * hands out such headline blocks first, so a whole page read in one go is
 * already in this order (page-marks relies on it).
 *
 * Blocks are ordered by their first text node, not their container: in
 * `<div><p>one</p>two</div>` the div's own text "two" comes after the p.
 * Nodes in shadow trees are ordered where their shadow host stands, and
 * within one shadow tree by their own position.
 */

import { scopeOf } from './scan-scope.ts';

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

const inPageHeader = new WeakMap<Node, boolean>();

/** Was this node read as the headline or standfirst of a page-level header? */
function isPageHeadline(node: Node): boolean {
  let result = inPageHeader.get(node);
  if (result === undefined) {
    result = false;
    for (let element = node.parentElement; element; element = element.parentElement) {
      if (scopeOf(element, undefined) === 'headline-only') {
        result = true;
        break;
      }
    }
    inPageHeader.set(node, result);
  }
  return result;
}

export function compareReadingOrder(a: Ordered, b: Ordered): number {
  if (a.inArticle !== b.inArticle) return a.inArticle ? -1 : 1;
  const headlineA = isPageHeadline(a.node);
  if (headlineA !== isPageHeadline(b.node)) return headlineA ? -1 : 1;
  return compareNodes(a.node, b.node) || a.sequence - b.sequence;
}

/** The node of the document's own tree that stands for `node`: itself, or its outermost shadow host. */
export function anchorOf(node: Node): Node {
  return hostChain(node).at(-1)!;
}
