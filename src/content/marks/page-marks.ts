/**
 * The page's marks: the blocks read, what the matcher found in each, and the
 * mentions selected from them across the page.
 *
 * Reading is incremental: a change re-reads only the blocks under the nodes
 * that changed, and blocks whose text left the page are dropped. Selection is
 * page-wide (contexts, the first-mention rule) but cheap, so it is redone
 * from the stored scans after every change. The first read is sliced into
 * short tasks that yield to the page, visible blocks first.
 */
import type { Matcher } from '../../core/match/matcher.ts';
import type { BlockScan, Mention, SelectOptions } from '../../core/match/types.ts';
import type { HighlightStyle } from '../page/page-owner.ts';
import { highlightName, type PageOwner } from '../page/page-owner.ts';
import { MentionIndex, type PageMention } from '../page-mentions.ts';
import { BlockReader, blockContainer, collectBlocks, isInSkippedSubtree, type CollectOptions } from '../scan/collect-blocks.ts';
import { anchorOf, compareReadingOrder, type Ordered } from '../scan/reading-order.ts';
import { findArticleRoot, INLINE_TAGS } from '../scan/scan-scope.ts';
import { isStale, rangeFor, type TextBlock } from '../scan/text-block.ts';
import { elementsOnScreen } from './on-screen.ts';
import { afterNextFrame, SLICE_MS, yieldToPage } from './yield.ts';

/** Characters matched in the first slice, while the code is cold, and the most in any slice. */
const FIRST_CHUNK_CHARS = 4000;
const MAX_CHUNK_CHARS = 200_000;
/** During a long first read, marks are refreshed at most this often. */
const APPLY_INTERVAL_MS = 250;

export interface MarkOptions extends SelectOptions {
  readonly highlightStyle: HighlightStyle;
  /** The reader's corrections of wrong links, applied to each block's selected mentions. */
  readonly correct?: (mentions: readonly Mention[]) => readonly Mention[];
}

interface TrackedBlock extends Ordered {
  readonly block: TextBlock;
  scan: BlockScan | undefined;
}

export interface PageMarksContext {
  readonly document: Document;
  readonly matcher: Matcher;
  readonly owner: PageOwner;
  readonly options: () => MarkOptions;
  /** Our own elements, never read. */
  readonly exclude: () => ReadonlySet<Element>;
  /** Every open shadow root met while reading, to be watched for changes. */
  readonly onShadowRoot: (root: ShadowRoot) => void;
  /** Characters matched in the first slice of a read (tests make it tiny to see slicing on a small page). */
  readonly firstChunkChars?: number;
}

/** What to read again when `node` changed: its block's container, the element itself when it is a block, or the shadow root. */
function rereadRoot(node: Node): Element | ShadowRoot | undefined {
  if (node instanceof ShadowRoot) return node;
  if (node instanceof Element && !INLINE_TAGS.has(node.localName)) return node;
  return blockContainer(node instanceof Element ? (node.firstChild ?? node) : node) ?? (node instanceof Element ? node : undefined);
}

/** Is `node` inside `root`, looking through the shadow trees hosted under it? */
function containsDeep(root: Node, node: Node): boolean {
  for (let current: Node | null = node; current; current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null)) {
    if (current === root) return true;
  }
  return false;
}

export class PageMarks {
  readonly #context: PageMarksContext;
  #blocks: TrackedBlock[] = [];
  #sequence = 0;
  #article: Element | undefined;
  #index = new MentionIndex([]);
  #counts: ReadonlyMap<string, number> = new Map();
  #lastApply: number | undefined;
  /** Time spent reading and matching, and selecting and highlighting, since the last full read. */
  scanMs = 0;
  highlightMs = 0;

  constructor(context: PageMarksContext) {
    this.#context = context;
  }

  get index(): MentionIndex {
    return this.#index;
  }

  /** How often each marked entry is mentioned on the page, whatever the density. */
  get counts(): ReadonlyMap<string, number> {
    return this.#counts;
  }

  get blockCount(): number {
    return this.#blocks.length;
  }

  get characterCount(): number {
    return this.#blocks.reduce((sum, tracked) => sum + tracked.block.text.length, 0);
  }

  /** Read the whole page (first load, a single-page-app navigation, or too many changes at once). */
  async readAll(signal: AbortSignal): Promise<void> {
    const { document } = this.#context;
    this.#blocks = [];
    this.scanMs = 0;
    this.highlightMs = 0;
    this.#lastApply = undefined;
    await afterNextFrame(document.defaultView ?? window);
    if (signal.aborted) return;
    this.#article = findArticleRoot(document);
    // Read in slices too: a 5 MB page takes a third of a second just to walk.
    const reader = new BlockReader(document.body ?? document.documentElement, this.#collectOptions());
    const blocks: TextBlock[] = [];
    let sliceStart = performance.now();
    for (;;) {
      blocks.push(...reader.readUntil(sliceStart + SLICE_MS));
      this.scanMs += performance.now() - sliceStart;
      if (reader.done) break;
      await yieldToPage();
      if (signal.aborted) return;
      sliceStart = performance.now();
    }
    this.#track(blocks, true);
    await this.#scanPending(signal, true);
  }

  /** Read again what changed under `nodes`, and forget blocks whose text left the page. */
  async readChanged(nodes: Iterable<Node>, signal: AbortSignal): Promise<void> {
    const started = performance.now();
    const exclude = this.#context.exclude();
    this.#blocks = this.#blocks.filter((tracked) => tracked.block.container.isConnected && !isStale(tracked.block));
    const roots: Array<Element | ShadowRoot> = [];
    for (const node of nodes) {
      if (!node.isConnected) continue;
      const root = rereadRoot(node);
      if (root && !roots.includes(root) && !isInSkippedSubtree(root instanceof ShadowRoot ? root.host : root, exclude)) roots.push(root);
    }
    // A root inside another root is read with it.
    const outer = roots.filter((root) => !roots.some((other) => other !== root && containsDeep(other, root)));
    for (const root of outer) {
      this.#blocks = this.#blocks.filter((tracked) => !containsDeep(root, tracked.block.nodes[0]!));
      this.#track(collectBlocks(root, this.#collectOptions()));
    }
    this.scanMs += performance.now() - started;
    await this.#scanPending(signal, false);
  }

  /** Select and highlight again from what was read (the reader changed a setting). */
  apply(): void {
    const started = performance.now();
    this.#lastApply = started;
    const scanned = this.#blocks.filter((tracked): tracked is TrackedBlock & { scan: BlockScan } => tracked.scan !== undefined);
    const { matcher, owner } = this.#context;
    const options = this.#context.options();
    // Every mention is selected, then density applies here: the popup's counts need all of them.
    const selected = matcher
      .select(
        scanned.map((tracked) => tracked.scan),
        { ...options, density: 'all' },
      )
      .map((found) => options.correct?.(found) ?? found);
    const mentions: PageMention[] = [];
    const byName = new Map<string, Range[]>();
    const counts = new Map<string, number>();
    selected.forEach((found, i) => {
      const { block } = scanned[i]!;
      for (const mention of found) {
        const count = (counts.get(mention.entryId) ?? 0) + 1;
        counts.set(mention.entryId, count);
        if (options.density === 'first' && count > 1) continue;
        const entry = matcher.entry(mention.entryId)!;
        const range = rangeFor(block, mention.start, mention.end);
        mentions.push({ entry, alias: mention.alias, rule: mention.rule, range, text: block.text.slice(mention.start, mention.end) });
        const name = highlightName(options.highlightStyle, entry.kind);
        const ranges = byName.get(name);
        if (ranges) ranges.push(range);
        else byName.set(name, [range]);
      }
    });
    owner.setMarks(byName);
    this.#index = new MentionIndex(mentions);
    this.#counts = counts;
    this.highlightMs += performance.now() - started;
  }

  #collectOptions(): CollectOptions {
    return { exclude: this.#context.exclude(), onShadowRoot: this.#context.onShadowRoot };
  }

  /**
   * Add blocks in reading order. A whole page arrives in document order (but
   * for shadow trees, read after their host's tree), so it needs only the
   * article moved first; blocks read again after a change are inserted by
   * binary search rather than by sorting the page again.
   */
  #track(blocks: readonly TextBlock[], wholePage = false): void {
    const article = this.#article;
    const tracked = blocks.map((block): TrackedBlock => {
      const node = block.nodes[0]!;
      return { block, scan: undefined, inArticle: article?.contains(anchorOf(node)) ?? false, node, sequence: this.#sequence++ };
    });
    if (wholePage) {
      const inDocumentOrder = tracked.every((block) => block.node.getRootNode() === this.#context.document);
      this.#blocks = inDocumentOrder
        ? [...tracked.filter((block) => block.inArticle), ...tracked.filter((block) => !block.inArticle)]
        : tracked.sort(compareReadingOrder);
      return;
    }
    for (const block of tracked) {
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

  /**
   * Match every block not matched yet, many blocks per call (one normalising
   * and automaton pass each), in slices that yield to the page; visible blocks
   * first when `visibleFirst`. The first slice is small because the matcher's
   * code is still cold; later ones grow to fill the slice budget.
   */
  async #scanPending(signal: AbortSignal, visibleFirst: boolean): Promise<void> {
    let pending = this.#blocks.filter((tracked) => tracked.scan === undefined);
    if (visibleFirst && pending.length > 1) {
      const view = this.#context.document.defaultView ?? window;
      const visible = await elementsOnScreen(
        pending.map((tracked) => tracked.block.container),
        view,
        signal,
      );
      if (signal.aborted) return;
      if (visible) {
        const onScreen = (tracked: TrackedBlock): boolean => visible.has(tracked.block.container);
        pending = [...pending.filter(onScreen), ...pending.filter((tracked) => !onScreen(tracked))];
      }
    }
    const firstChunk = this.#context.firstChunkChars ?? FIRST_CHUNK_CHARS;
    let budget = firstChunk;
    let next = 0;
    while (next < pending.length) {
      if (signal.aborted) return;
      const sliceStart = performance.now();
      const chunk: TrackedBlock[] = [];
      let characters = 0;
      while (next < pending.length && (chunk.length === 0 || characters < budget)) {
        const tracked = pending[next++]!;
        chunk.push(tracked);
        characters += tracked.block.text.length;
      }
      const scans = this.#context.matcher.scanBlocks(chunk.map((tracked) => tracked.block.text));
      chunk.forEach((tracked, i) => (tracked.scan = scans[i]));
      if (signal.aborted) return;
      const elapsed = performance.now() - sliceStart;
      this.scanMs += elapsed;
      // Size the next chunk to the slice budget at the speed just seen, at most doubling it: while the
      // matcher's code is still being compiled its speed swings (a 13,000-character chunk sized from a fast
      // 4,000-character one took 23 ms in a trace).
      const estimate = (characters / Math.max(elapsed, 0.5)) * SLICE_MS;
      budget = Math.max(firstChunk, Math.min(MAX_CHUNK_CHARS, 2 * characters, estimate));
      const more = next < pending.length;
      // What is read so far is marked after the first slice (the visible blocks) and then now and then:
      // marking after every slice would redo the whole page's selection each time.
      if (!more || this.#lastApply === undefined || performance.now() - this.#lastApply > APPLY_INTERVAL_MS) {
        // Marking gets a task of its own when matching used much of this one: while the code is cold,
        // each can take a slice's budget alone.
        if (elapsed > SLICE_MS / 2) {
          await yieldToPage();
          if (signal.aborted) return;
        }
        this.apply();
      }
      if (more) await yieldToPage();
    }
    if (pending.length === 0 && !signal.aborted) this.apply();
  }
}
