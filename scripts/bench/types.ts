/** The raw rows the benchmark records; latest.json holds them as they are. */

/** A build of the extension: the shipped glossary, or it plus synthetic place names. */
export type Variant = 'bundled' | 'names-10k' | 'names-100k';
export const VARIANTS: readonly Variant[] = ['bundled', 'names-10k', 'names-100k'];

/** One load of one page with Backgrounder running (run 0 is the warm-up, not summarised). */
export interface LoadRow {
  readonly page: string;
  readonly variant: Variant;
  readonly run: number;
  /** TreeWalker pass reading every text node, first pass on this load, in the page's main world. */
  readonly floorMs: number;
  /** The content script's own timing (PageReport.timing). */
  readonly glossaryMs: number;
  readonly scanMs: number;
  readonly highlightMs: number;
  readonly totalMs: number;
  /** scanMs + highlightMs: "annotating a page" in the goals. */
  readonly annotateMs: number;
  /** glossaryMs + scanMs + highlightMs: marking's wall time over several tasks (the content script waits for the background and storage, and yields between scan slices). */
  readonly workMs: number;
  readonly blocks: number;
  readonly characters: number;
  readonly mentions: number;
  /** Longest Long Tasks API entry during the content script's work, as the page sees it (null: none over 50 ms). */
  readonly longTaskMs: number | null;
  /** Longest Long Animation Frame overlapping the marking (null: none over 50 ms). */
  readonly longFrameMs: number | null;
  /**
   * The tab's memory after marking, after a forced garbage collection: JS heap
   * (every world, the content script's included), embedder heap and
   * ArrayBuffer backing stores (CDP Runtime.getHeapUsage); null where absent.
   */
  readonly heapBytes: number | null;
  /** The background's service worker had been stopped before this load (Chrome stops an idle one after 30 s). */
  readonly backgroundStopped: boolean;
  /** Wall time of this load in the driver: navigation, waiting for the report, reading the probe. */
  readonly wallMs: number;
}

/** One page loaded where Backgrounder does not run: baseline heap, the cold floor, the block texts. */
export interface PlainRow {
  readonly page: string;
  readonly floorMs: number;
  readonly textNodes: number;
  /** The tab's memory after a forced garbage collection, as LoadRow.heapBytes, with no content script. */
  readonly heapBytes: number | null;
  readonly blockCount: number;
  readonly blockCharacters: number;
  /** The content script's own modules run in the page (main world, fresh load): where its scan time goes. */
  readonly decodeMs: number;
  /** The longest step of decoding (the content script runs each in a task of its own). */
  readonly decodeStepMs: number;
  readonly readBlocksMs: number;
  readonly scanColdMs: number;
  readonly scanWarmMs: number;
  readonly selectMs: number;
}

export interface MarkRow {
  readonly page: string;
  readonly terms: number;
  /** Every distinct alias of the bundled glossary: what Backgrounder matches. */
  readonly allTerms: number;
  readonly termsDone: number;
  readonly ms: number;
  readonly marks: number;
  readonly status: 'done' | 'timeout' | 'error';
  /** The per-page limit this page ran under (lowered when the run is behind its time budget). */
  readonly limitMs: number;
  readonly error?: string;
  /** ms scaled linearly to every alias of the bundled glossary (mark.js walks the page once per term). */
  readonly projectedAllTermsMs: number;
}

export interface HoverRow {
  readonly page: string;
  /** 0 for the first card opened on the page (the card UI is built then), 1… after. */
  readonly sample: number;
  readonly text: string;
  readonly delayMs: number;
  /** From the pointer's last pointermove to the card host's popover `toggle` (open). */
  readonly moveToShownMs: number;
  /** moveToShownMs minus the configured hover delay: the time after hover intent fires. */
  readonly afterIntentMs: number;
  /** From the pointer's last move to the animation frame in which the content script hit-tests it (hover intent's timer starts there). */
  readonly moveToCheckMs: number;
  /** From hover intent firing (that frame + the delay) to the card shown. */
  readonly timerToShownMs: number;
  /** From hover intent firing to the start of the first frame after the card was shown. */
  readonly timerToFrameMs: number;
}

/** The background's own cost, once per build: where the glossary lives now. */
export interface BackgroundRow {
  readonly variant: Variant;
  /** Reading glossary.bin and decoding it, in the service worker (its performance measure), on its last start. */
  readonly glossaryLoadMs: number | null;
  /** The service worker's memory after a forced garbage collection: JS heap, embedder heap and backing stores. */
  readonly heapBytes: number | null;
}

/** Our matcher against modern-ahocorasick in Node, on one page's block texts. */
export interface NodeMatcherRow {
  readonly page: string;
  readonly glossary: Variant;
  readonly characters: number;
  /** Matcher.scan over every block: normalise, automaton, boundaries, case rules. */
  readonly matcherScanMs: number;
  /** scanText alone over the already normalised text. */
  readonly automatonMs: number;
  /** modern-ahocorasick search (all matches) over the same normalised text and the same patterns. */
  readonly libraryMs: number;
  readonly automatonHits: number;
  readonly libraryHits: number;
  readonly candidates: number;
}
