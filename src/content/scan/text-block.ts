/**
 * A block of page text (a paragraph, a heading, a list item) read across its
 * inline elements, with the map from offsets in its text back to the page's
 * own text nodes: "<b>Palestinian</b> Authority" is one text, and a mention
 * in it becomes one Range spanning two nodes.
 */

export interface TextBlock {
  /** The element that contains the block: its nearest non-inline ancestor. */
  readonly container: Element;
  readonly nodes: readonly Text[];
  /** Offset of each node's first character in `text`. */
  readonly starts: readonly number[];
  readonly text: string;
}

export function makeBlock(container: Element, nodes: readonly Text[]): TextBlock {
  const starts: number[] = [];
  let text = '';
  for (const node of nodes) {
    starts.push(text.length);
    text += node.data;
  }
  return { container, nodes, starts, text };
}

/** Index of the node that holds `offset`, preferring the node that starts there. */
function nodeAt(block: TextBlock, offset: number, preferEarlier: boolean): number {
  const { starts, nodes } = block;
  let low = 0;
  let high = nodes.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (starts[mid]! < offset || (!preferEarlier && starts[mid] === offset)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * A range for [start, end) of the block's text, unless the page has since
 * shortened a node so that the offsets no longer fit (the block is then
 * waiting to be read again).
 */
export function rangeFor(block: TextBlock, start: number, end: number): Range | undefined {
  const first = nodeAt(block, start, false);
  const last = nodeAt(block, end, true);
  const startOffset = start - block.starts[first]!;
  const endOffset = end - block.starts[last]!;
  if (startOffset > block.nodes[first]!.length || endOffset > block.nodes[last]!.length) return undefined;
  const range = new Range();
  range.setStart(block.nodes[first]!, startOffset);
  range.setEnd(block.nodes[last]!, endOffset);
  return range;
}

/**
 * Is the block's text still exactly what was read? Checked when the
 * background's answer for a block comes back: the page may have changed it
 * meanwhile (a live ticker re-renders every few hundred ms), and offsets
 * found in the old text must not be laid over the new one.
 */
export function isUnchanged(block: TextBlock): boolean {
  const { nodes, starts, text } = block;
  // Compared in place: no copy of each node's share of the text (this runs for every block the background answers).
  return nodes.every((node, i) => {
    const start = starts[i]!;
    return node.isConnected && node.data.length === (starts[i + 1] ?? text.length) - start && text.startsWith(node.data, start);
  });
}

/**
 * Has any node of the block left the document or changed length since it was
 * read? A same-length edit is not detected here: the mutation watcher reports
 * every text edit, and the edited block is read again anyway.
 */
export function isStale(block: TextBlock): boolean {
  return block.nodes.some((node, i) => !node.isConnected || node.data.length !== (block.starts[i + 1] ?? block.text.length) - block.starts[i]!);
}
