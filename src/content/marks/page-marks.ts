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
import { receivedScan, type MatchBatch } from '../../shared/match-batch.ts';
import type { HighlightStyle } from '../page/page-owner.ts';
import { highlightName, POSSIBLE_HIGHLIGHT, type PageOwner } from '../page/page-owner.ts';
import { MentionIndex, RangeIndex, type PageMention, type PossibleMention } from '../page-mentions.ts';
import { isInSkippedSubtree } from '../scan/block-ancestors.ts';
import { BlockReader, collectBlocks, type CollectOptions } from '../scan/collect-blocks.ts';
import { findArticleRoot } from '../scan/scan-scope.ts';
import { isUnchanged, rangeFor, type TextBlock } from '../scan/text-block.ts';
import type { BlockMatcher } from './background-matcher.ts';
import { elementsOnScreen } from './on-screen.ts';
import { RuleTable } from './rule-table.ts';
import { placePossible, selectPage, type PageSelectOptions } from './select-page.ts';
import { containsDeep, rereadRoot, TrackedBlocks, type TrackedBlock } from './tracked-blocks.ts';
import { afterNextFrame, SLICE_MS, yieldToPage } from './yield.ts';
import { MAX_BATCH_CHARS, ONE_BATCH_CHARS } from './batch-limits.ts';

/** During a long first read, marks are refreshed at most this often. */
const APPLY_INTERVAL_MS = 250;

/**
 * The parts of the page's own work before highlighting: waking the background and finding the article,
 * reading the blocks, ordering them, asking what is on screen (long pages), sending, taking the answers.
 */
export type ScanStep = 'start' | 'read' | 'order' | 'onScreen' | 'send' | 'receive';
const noSteps = (): Record<ScanStep, number> => ({ start: 0, read: 0, order: 0, onScreen: 0, send: 0, receive: 0 });

export interface MarkOptions extends PageSelectOptions {
  readonly highlightStyle: HighlightStyle;
}

export interface PageMarksContext {
  readonly document: Document;
  readonly matcher: BlockMatcher;
  readonly owner: PageOwner;
  readonly options: () => MarkOptions;
  /** Our own elements, never read. */
  readonly exclude: () => ReadonlySet<Element>;
  /** Every open shadow root met while reading, to be watched for changes. */
  readonly onShadowRoot: (root: ShadowRoot) => void;
  /** The most characters in one batch (tests make it tiny to see batching on a small page). */
  readonly batchChars?: number;
  /** A page with at most this many characters goes in one batch, without asking what is on screen first (tests set 0). */
  readonly oneBatchChars?: number;
}

export class PageMarks {
  readonly #context: PageMarksContext;
  readonly #blocks = new TrackedBlocks();
  #index = new MentionIndex([]);
  #possible = new RangeIndex<PossibleMention>([]);
  #counts: ReadonlyMap<string, number> = new Map();
  #lastApply: number | undefined;
  /** The rules of what the background found on this page, for selection. */
  readonly #rules = new RuleTable();
  /**
   * Since the last full read: main-thread time reading and sending blocks and
   * taking the answers, selecting and highlighting, and the wall time waiting
   * for the background's answers (the main thread is free meanwhile).
   */
  scanMs = 0;
  highlightMs = 0;
  waitMs = 0;
  /** scanMs taken apart by step (docs/page-work.md): what the page's own work is spent on. */
  steps: Record<ScanStep, number> = noSteps();

  constructor(context: PageMarksContext) {
    this.#context = context;
  }

  get index(): MentionIndex {
    return this.#index;
  }

  /** The possible matches marked (none unless the reader shows them). */
  get possible(): RangeIndex<PossibleMention> {
    return this.#possible;
  }

  /** How often each marked entry is mentioned on the page, whatever the density. */
  get counts(): ReadonlyMap<string, number> {
    return this.#counts;
  }

  get blockCount(): number {
    return this.#blocks.all.length;
  }

  get characterCount(): number {
    return this.#blocks.characterCount;
  }

  /** Read the whole page (first load, a single-page-app navigation, or too many changes at once). */
  async readAll(signal: AbortSignal): Promise<void> {
    const { document } = this.#context;
    this.#blocks.clear();
    this.scanMs = 0;
    this.steps = noSteps();
    this.highlightMs = 0;
    this.waitMs = 0;
    this.#lastApply = undefined;
    const prepareStart = performance.now();
    this.#context.matcher.prepare?.();
    // Finding the article reads no style or layout (selectors, attributes, text), so it runs before the wait
    // for a rendering update rather than after it, shortening the time to marked by its own time.
    const article = findArticleRoot(document);
    this.#count('start', prepareStart);
    await afterNextFrame(document.defaultView ?? window);
    if (signal.aborted) return;
    let sliceStart = performance.now();
    // Read in slices too: a 5 MB page takes a third of a second just to walk.
    const reader = new BlockReader(document.body ?? document.documentElement, this.#collectOptions());
    const blocks: TextBlock[] = [];
    for (;;) {
      blocks.push(...reader.readUntil(sliceStart + SLICE_MS));
      this.#count('read', sliceStart);
      if (reader.done) break;
      await yieldToPage();
      if (signal.aborted) return;
      sliceStart = performance.now();
    }
    const orderStart = performance.now();
    this.#blocks.setPage(blocks, article, document);
    this.#count('order', orderStart);
    await this.#scanPending(signal, true);
  }

  /** Read again what changed under `nodes`, and forget blocks whose text left the page. */
  async readChanged(nodes: Iterable<Node>, signal: AbortSignal): Promise<void> {
    const started = performance.now();
    const exclude = this.#context.exclude();
    this.#blocks.dropGone();
    const roots: Array<Element | ShadowRoot> = [];
    for (const node of nodes) {
      if (!node.isConnected) continue;
      const root = rereadRoot(node);
      if (root && !roots.includes(root) && !isInSkippedSubtree(root instanceof ShadowRoot ? root.host : root, exclude)) roots.push(root);
    }
    // A root inside another root is read with it.
    const outer = roots.filter((root) => !roots.some((other) => other !== root && containsDeep(other, root)));
    for (const root of outer) {
      this.#blocks.dropUnder(root);
      this.#blocks.insert(collectBlocks(root, this.#collectOptions()));
    }
    this.#count('read', started);
    await this.#scanPending(signal, false);
  }

  /** Select and highlight again from what was read (the reader changed a setting). */
  apply(): void {
    const started = performance.now();
    this.#lastApply = started;
    const scanned = this.#blocks.scanned();
    const { owner } = this.#context;
    const rules = this.#rules;
    const options = this.#context.options();
    // Every mention is selected, then density applies here: the popup's counts need all of them.
    const selected = selectPage(
      rules,
      scanned.map((tracked) => tracked.scan),
      options,
    );
    const mentions: PageMention[] = [];
    const byName = new Map<string, Range[]>();
    const counts = new Map<string, number>();
    selected.forEach(({ mentions: found }, i) => {
      const { block } = scanned[i]!;
      for (const mention of found) {
        const count = (counts.get(mention.entryId) ?? 0) + 1;
        counts.set(mention.entryId, count);
        if (options.density === 'first' && count > 1) continue;
        const entry = rules.entry(mention.entryId)!;
        const range = rangeFor(block, mention.start, mention.end);
        // The page shortened this block since it was matched; it is queued to be read again.
        if (!range) continue;
        mentions.push({ entry, alias: mention.alias, rule: mention.rule, range, text: block.text.slice(mention.start, mention.end) });
        const name = highlightName(options.highlightStyle, entry.kind);
        const ranges = byName.get(name);
        if (ranges) ranges.push(range);
        else byName.set(name, [range]);
      }
    });
    // Names several entries fit equally, where the reader shows them (empty otherwise).
    const possible = placePossible(selected, scanned.map((tracked) => tracked.block), rules, options.density);
    if (possible.length > 0) byName.set(POSSIBLE_HIGHLIGHT, possible.map((name) => name.range));
    owner.setMarks(byName);
    this.#index = new MentionIndex(mentions);
    this.#possible = new RangeIndex(possible);
    this.#counts = counts;
    this.highlightMs += performance.now() - started;
  }

  #count(step: ScanStep, since: number): void {
    const ms = performance.now() - since;
    this.scanMs += ms;
    this.steps[step] += ms;
  }

  #collectOptions(): CollectOptions {
    return { exclude: this.#context.exclude(), onShadowRoot: this.#context.onShadowRoot };
  }

  /**
   * Match every block not matched yet in the background, visible blocks first
   * when `visibleFirst`: the on-screen blocks go in a batch of their own and
   * are marked as soon as it comes back; the rest follow in batches of at
   * most `batchChars`, one at a time (a 5 MB page is a few dozen messages,
   * each far under the browsers' limits). Between two batches the page's
   * main thread is free: the matching runs in the background.
   */
  async #scanPending(signal: AbortSignal, visibleFirst: boolean, restarted = false): Promise<void> {
    let pending = this.#blocks.pending();
    let firstBatch = pending.length;
    const oneBatch = pending.reduce((sum, tracked) => sum + tracked.block.text.length, 0) <= (this.#context.oneBatchChars ?? ONE_BATCH_CHARS);
    if (visibleFirst && pending.length > 1 && !oneBatch) {
      const view = this.#context.document.defaultView ?? window;
      const askStart = performance.now();
      const asked = elementsOnScreen(
        pending.map((tracked) => tracked.block.container),
        view,
        signal,
      );
      this.#count('onScreen', askStart);
      const visible = await asked;
      if (signal.aborted) return;
      if (visible) {
        const sortStart = performance.now();
        const onScreen = (tracked: TrackedBlock): boolean => visible.has(tracked.block.container);
        const first = pending.filter(onScreen);
        firstBatch = first.length || pending.length;
        pending = [...first, ...pending.filter((tracked) => !onScreen(tracked))];
        this.#count('onScreen', sortStart);
      }
    }
    const batchChars = this.#context.batchChars ?? MAX_BATCH_CHARS;
    let next = 0;
    while (next < pending.length) {
      if (signal.aborted) return;
      const sliceStart = performance.now();
      const batch: TrackedBlock[] = [];
      let characters = 0;
      const end = next < firstBatch ? firstBatch : pending.length;
      while (next < end && (batch.length === 0 || characters + pending[next]!.block.text.length <= batchChars)) {
        const tracked = pending[next++]!;
        batch.push(tracked);
        characters += tracked.block.text.length;
      }
      const request = this.#context.matcher.match(batch.map((tracked) => tracked.block.text));
      this.#count('send', sliceStart);
      const waitStart = performance.now();
      let answer: MatchBatch;
      try {
        answer = await request;
      } catch (error) {
        // No background to answer (the extension was updated or removed): what is read stays unmarked.
        if (!signal.aborted) console.warn('Backgrounder could not match this page:', error);
        return;
      }
      const receiveStart = performance.now();
      this.waitMs += receiveStart - waitStart;
      if (signal.aborted) return;
      if (!this.#rules.add(answer)) {
        // The reader's glossaries changed under this page: every scan held names ids of the old set.
        if (restarted) return;
        this.#rules.clear();
        this.#blocks.forgetScans();
        return this.#scanPending(signal, false, true);
      }
      // A block the page changed while the background was matching it keeps no scan: the change is
      // queued with the mutation watcher and the block will be read again.
      batch.forEach((tracked, i) => (tracked.scan = isUnchanged(tracked.block) ? receivedScan(answer.scans[i]!) : undefined));
      this.#count('receive', receiveStart);
      const more = next < pending.length;
      // What is read so far is marked after the first batch (the visible blocks) and then now and then:
      // marking after every batch would redo the whole page's selection each time.
      if (!more || this.#lastApply === undefined || performance.now() - this.#lastApply > APPLY_INTERVAL_MS) this.apply();
    }
    if (pending.length === 0 && !signal.aborted) this.apply();
  }
}
