/**
 * The blocks a page's marks are built from, in reading order (the article
 * body first), each with the background's scan once it has come back.
 *
 * A whole page is added at once; blocks read again after a change are
 * inserted by binary search, and those whose text left the page, or that lie
 * under a node read again, are dropped.
 */
import type { BlockScan } from '../../core/match/types.ts';
import { blockContainer } from '../scan/block-ancestors.ts';
import { anchorOf, compareReadingOrder, type Ordered } from '../scan/reading-order.ts';
import { INLINE_TAGS } from '../scan/scan-scope.ts';
import { isStale, type TextBlock } from '../scan/text-block.ts';

export interface TrackedBlock extends Ordered {
  readonly block: TextBlock;
  scan: BlockScan | undefined;
}

export type ScannedBlock = TrackedBlock & { scan: BlockScan };

export class TrackedBlocks {
  #blocks: TrackedBlock[] = [];
  #sequence = 0;
  #article: Element | undefined;

  get all(): readonly TrackedBlock[] {
    return this.#blocks;
  }

  get characterCount(): number {
    return this.#blocks.reduce((sum, tracked) => sum + tracked.block.text.length, 0);
  }

  /** Those not matched yet, in reading order. */
  pending(): TrackedBlock[] {
    return this.#blocks.filter((tracked) => tracked.scan === undefined);
  }

  scanned(): ScannedBlock[] {
    return this.#blocks.filter((tracked): tracked is ScannedBlock => tracked.scan !== undefined);
  }

  /** Forget every block: a whole page is about to be read again. */
  clear(): void {
    this.#blocks = [];
    this.#article = undefined;
  }

  /**
   * A whole page, which arrives in document order but for shadow trees (read
   * after their host's tree): only the article needs moving first.
   */
  setPage(blocks: readonly TextBlock[], article: Element | undefined, document: Document): void {
    this.#article = article;
    const tracked = blocks.map((block) => this.#tracked(block));
    const inDocumentOrder = tracked.every((block) => block.node.getRootNode() === document);
    this.#blocks = inDocumentOrder
      ? [...tracked.filter((block) => block.inArticle), ...tracked.filter((block) => !block.inArticle)]
      : tracked.sort(compareReadingOrder);
  }

  /** Blocks read again after a change, each put in its place by binary search rather than by sorting the page again. */
  insert(blocks: readonly TextBlock[]): void {
    for (const block of blocks.map((read) => this.#tracked(read))) {
      let low = 0;
      let high = this.#blocks.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (compareReadingOrder(this.#blocks[mid]!, block) < 0) low = mid + 1;
        else high = mid;
      }
      this.#blocks.splice(low, 0, block);
    }
  }

  /** Forget blocks whose text left the page or changed length. */
  dropGone(): void {
    this.#blocks = this.#blocks.filter((tracked) => tracked.block.container.isConnected && !isStale(tracked.block));
  }

  /** Forget the blocks under `root`, about to be read again. */
  dropUnder(root: Element | ShadowRoot): void {
    this.#blocks = this.#blocks.filter((tracked) => !containsDeep(root, tracked.block.nodes[0]!));
  }

  /** Every scan names the entries of one set of glossaries; when that set changes, all are matched again. */
  forgetScans(): void {
    for (const tracked of this.#blocks) tracked.scan = undefined;
  }

  #tracked(block: TextBlock): TrackedBlock {
    const node = block.nodes[0]!;
    return { block, scan: undefined, inArticle: this.#article?.contains(anchorOf(node)) ?? false, node, sequence: this.#sequence++ };
  }
}

/** What to read again when `node` changed: its block's container, the element itself when it is a block, or the shadow root. */
export function rereadRoot(node: Node): Element | ShadowRoot | undefined {
  if (node instanceof ShadowRoot) return node;
  if (node instanceof Element && !INLINE_TAGS.has(node.localName)) return node;
  return blockContainer(node instanceof Element ? (node.firstChild ?? node) : node) ?? (node instanceof Element ? node : undefined);
}

/** Is `node` inside `root`, looking through the shadow trees hosted under it? */
export function containsDeep(root: Node, node: Node): boolean {
  for (let current: Node | null = node; current; current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null)) {
    if (current === root) return true;
  }
  return false;
}
