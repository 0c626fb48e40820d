/**
 * Which mention is under the pointer, found without any element of ours in
 * the page: the highlight registry's own hit test where the browser has it,
 * else the caret position under the pointer. Either way a hit counts only when
 * the point is inside one of the mention's client rects, so a pointer in the
 * margin beside a line end does not open a card.
 */
import type { RangeIndex } from '../page-mentions.ts';

interface HighlightHit {
  readonly highlight: Highlight;
  readonly ranges: readonly AbstractRange[];
}
type RegistryWithHitTest = HighlightRegistry & { highlightsFromPoint?: (x: number, y: number) => readonly HighlightHit[] };
type DocumentWithCaret = Document & { caretPositionFromPoint?: (x: number, y: number) => CaretPosition | null };

const isInside = (range: Range, x: number, y: number): boolean =>
  [...range.getClientRects()].some((rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom);

export function mentionAtPoint<M extends { readonly range: Range }>(index: RangeIndex<M>, document: Document, x: number, y: number): M | undefined {
  const registry = CSS.highlights as RegistryWithHitTest;
  if (typeof registry.highlightsFromPoint === 'function') {
    for (const hit of registry.highlightsFromPoint(x, y)) {
      for (const range of hit.ranges) {
        const mention = index.byRange(range);
        if (mention && isInside(mention.range, x, y)) return mention;
      }
    }
    return undefined;
  }
  const caret = (document as DocumentWithCaret).caretPositionFromPoint?.(x, y);
  if (!caret) return undefined;
  return index.inNode(caret.offsetNode).find((mention) => isInside(mention.range, x, y));
}
