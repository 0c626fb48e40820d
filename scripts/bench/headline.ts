/**
 * The headline figures and the issue's goals, each with its measured value,
 * whether it is met and by how much it is missed. Every figure here is a
 * median page and a worst page over the corpus, from this run only.
 */
import { spread, type Spread } from './stats.ts';
import { hoverSpread, markJsRatios, nodeRatio, nodeSpread, over, ratioToBundled, type PageFigures } from './summary.ts';
import { VARIANTS, type BackgroundRow, type HoverRow, type MarkRow, type NodeMatcherRow, type PlainRow, type Variant } from './types.ts';
import type { BundleSize } from './bundle-sizes.ts';

export interface Headline {
  readonly label: string;
  readonly unit: 'ms' | 'x' | 'KB' | 'MB';
  readonly value: Spread;
}

export interface Goal {
  readonly goal: string;
  readonly target: number;
  readonly measured: number;
  /** Which page the measured value comes from (the median or the worst one). */
  readonly where: string;
  readonly met: boolean;
  /** measured / target where missed. */
  readonly missedBy: number | null;
}

export interface Summary {
  readonly headlines: readonly Headline[];
  readonly goals: readonly Goal[];
}

const single = (value: number, page = ''): Spread => ({ median: value, worst: value, worstPage: page });

export function summarise(
  figures: readonly PageFigures[],
  plains: readonly PlainRow[],
  marks: readonly MarkRow[],
  hovers: readonly HoverRow[],
  node: readonly NodeMatcherRow[],
  sizes: readonly BundleSize[],
  backgrounds: readonly BackgroundRow[],
): Summary {
  const memoryMb = (variant: Variant) => over(figures, variant, (f) => (f.heapDeltaBytes === null ? null : f.heapDeltaBytes / 2 ** 20));
  const background = (variant: Variant) => backgrounds.find((row) => row.variant === variant);
  const NAMES: Record<Variant, string> = { bundled: 'bundled glossary', 'names-10k': '10,000 names', 'names-100k': '100,000 names' };
  const inPage = (pick: (row: PlainRow) => number) => spread(plains.map((row) => ({ page: row.page, value: pick(row) })));
  const markRatios = markJsRatios(figures, marks);
  const markMs = markRatios.rows.map((row) => ({ page: row.page, value: row.markMs }));
  const markSpread = spread(markMs);
  const contentCode = sizes.find((size) => size.build === 'dist' && size.file === 'content.js');
  const headlines: Headline[] = [
    { label: 'Floor: TreeWalker pass over every text node', unit: 'ms', value: over(figures, 'bundled', (f) => f.floorMs) },
    { label: 'Backgrounder, bundled glossary: scan + match + highlight', unit: 'ms', value: over(figures, 'bundled', (f) => f.annotateMs) },
    { label: '  … as a multiple of the floor (per page, same load)', unit: 'x', value: over(figures, 'bundled', (f) => f.annotateToFloor) },
    { label: 'Backgrounder: waiting for the background\'s matching (wall time; the main thread is free)', unit: 'ms', value: over(figures, 'bundled', (f) => f.glossaryMs) },
    { label: 'Backgrounder: content script start to all marked (totalMs)', unit: 'ms', value: over(figures, 'bundled', (f) => f.totalMs) },
    ...VARIANTS.flatMap((variant): Headline[] => [
      { label: `${NAMES[variant]}: start to all marked, background stopped before the load`, unit: 'ms', value: over(figures, variant, (f) => f.stoppedTotalMs) },
      { label: `${NAMES[variant]}: memory added to the tab after GC (JS + embedder heap + backing stores)`, unit: 'MB', value: memoryMb(variant) },
      { label: `${NAMES[variant]}: the background's glossary load on its last start`, unit: 'ms', value: single(background(variant)?.glossaryLoadMs ?? Number.NaN) },
      { label: `${NAMES[variant]}: the background's memory after GC`, unit: 'MB', value: single((background(variant)?.heapBytes ?? Number.NaN) / 2 ** 20) },
    ]),
    { label: 'Backgrounder: glossary load + scan + highlight (wall time over several tasks)', unit: 'ms', value: over(figures, 'bundled', (f) => f.workMs) },
    { label: 'Longest Long Task during our work, over a page\'s loads (pages with none count as 0)', unit: 'ms', value: over(figures, 'bundled', (f) => f.longTaskMs ?? 0) },
    { label: 'Longest Long Animation Frame during our work (frames hold several tasks and rendering)', unit: 'ms', value: over(figures, 'bundled', (f) => f.longFrameMs ?? 0) },
    { label: 'Steps timed in a page context (the background decodes and scans; the page reads and selects): decode the glossary', unit: 'ms', value: inPage((row) => row.decodeMs) },
    { label: '  … its longest step (the background runs each in a task of its own)', unit: 'ms', value: inPage((row) => row.decodeStepMs) },
    { label: '  … read the blocks (collectBlocks)', unit: 'ms', value: inPage((row) => row.readBlocksMs) },
    { label: '  … Matcher.scanBlocks over every block, first call on the page (cold)', unit: 'ms', value: inPage((row) => row.scanColdMs) },
    { label: '  … Matcher.scanBlocks over every block, warm (fastest of 5 more)', unit: 'ms', value: inPage((row) => row.scanWarmMs) },
    { label: '  … select (contexts, first mention)', unit: 'ms', value: inPage((row) => row.selectMs) },
    { label: 'Backgrounder + 10,000 names: scan + match + highlight', unit: 'ms', value: over(figures, 'names-10k', (f) => f.annotateMs) },
    { label: '  … as a multiple of the floor', unit: 'x', value: over(figures, 'names-10k', (f) => f.annotateToFloor) },
    { label: '  … glossary load', unit: 'ms', value: over(figures, 'names-10k', (f) => f.glossaryMs) },
    { label: '  … longest Long Task during our work', unit: 'ms', value: over(figures, 'names-10k', (f) => f.longTaskMs ?? 0) },
    { label: 'Backgrounder + 100,000 names: scan + match + highlight', unit: 'ms', value: over(figures, 'names-100k', (f) => f.annotateMs) },
    { label: '  … as a multiple of the bundled-glossary time (per page)', unit: 'x', value: ratioToBundled(figures, 'names-100k') },
    { label: '  … glossary load', unit: 'ms', value: over(figures, 'names-100k', (f) => f.glossaryMs) },
    { label: '  … longest Long Task during our work', unit: 'ms', value: over(figures, 'names-100k', (f) => f.longTaskMs ?? 0) },
    { label: `mark.js, ${marks[0]?.terms ?? 0} of the glossary's terms`, unit: 'ms', value: markSpread },
    { label: '  … as a multiple of Backgrounder (all terms) per page', unit: 'x', value: markRatios.subset },
    { label: '  … projected to all terms, as a multiple of Backgrounder', unit: 'x', value: markRatios.allTerms },
    { label: 'Hover: pointer stops → card shown, minus the hover delay', unit: 'ms', value: hoverSpread(hovers, (row) => row.afterIntentMs) },
    { label: '  … of which waiting for the frame that hit-tests the pointer', unit: 'ms', value: hoverSpread(hovers, (row) => row.moveToCheckMs) },
    { label: 'Hover: delay timer fires → card shown (popover toggle)', unit: 'ms', value: hoverSpread(hovers, (row) => row.timerToShownMs) },
    { label: 'Hover: delay timer fires → first frame with the card', unit: 'ms', value: hoverSpread(hovers, (row) => row.timerToFrameMs) },
    { label: '  … the first card opened on a page only', unit: 'ms', value: hoverSpread(hovers.filter((row) => row.sample === 0), (row) => row.timerToFrameMs) },
    { label: '  … later cards only', unit: 'ms', value: hoverSpread(hovers.filter((row) => row.sample > 0), (row) => row.timerToFrameMs) },
    { label: 'Node: Matcher.scan, bundled glossary, per page', unit: 'ms', value: nodeSpread(node, 'bundled', (row) => row.matcherScanMs) },
    { label: 'Node: Matcher.scan with 100,000 names over bundled (per page)', unit: 'x', value: nodeRatio(node, 'names-100k') },
    { label: 'Node: modern-ahocorasick search, bundled glossary, per page', unit: 'ms', value: nodeSpread(node, 'bundled', (row) => row.libraryMs) },
    // The library's search grows with the patterns as ours does, but its code never changes: a jump in this ratio from one run
    // to the next is the machine's, and a jump in Matcher.scan's without one here is ours (docs/page-work.md, sixth pass).
    { label: '  … its search with 100,000 names over bundled (per page)', unit: 'x', value: nodeRatio(node, 'names-100k', (row) => row.libraryMs) },
    { label: 'Node: our automaton alone (scanText), bundled glossary, per page', unit: 'ms', value: nodeSpread(node, 'bundled', (row) => row.automatonMs) },
    { label: 'content.js (code only: the glossary stays in the background), gzip', unit: 'KB', value: single((contentCode?.gzipBytes ?? Number.NaN) / 1024) },
  ];

  const bundled = (pick: (f: PageFigures) => number) => over(figures, 'bundled', pick);
  const tenK = (pick: (f: PageFigures) => number) => over(figures, 'names-10k', pick);
  const hoverIntent = hoverSpread(hovers, (row) => row.timerToFrameMs);
  const hoverIssue = hoverSpread(hovers, (row) => row.afterIntentMs);
  const ratio100k = ratioToBundled(figures, 'names-100k');
  const goals: Goal[] = [
    goal('Annotate ≤ 3× floor, median page, bundled glossary', 3, bundled((f) => f.annotateToFloor), 'median'),
    goal('Annotate ≤ 6× floor, worst page, bundled glossary', 6, bundled((f) => f.annotateToFloor), 'worst'),
    goal('Annotate ≤ 3× floor, median page, 10,000 names', 3, tenK((f) => f.annotateToFloor), 'median'),
    goal('Annotate ≤ 6× floor, worst page, 10,000 names', 6, tenK((f) => f.annotateToFloor), 'worst'),
    goal('100,000 names: in-page work within 1.15× of the bundled glossary, median page', 1.15, ratio100k, 'median'),
    goal('100,000 names: in-page work within 1.15× of the bundled glossary, worst page', 1.15, ratio100k, 'worst'),
    goal('Start to all marked ≤ 40 ms, median page, background running', 40, bundled((f) => f.totalMs), 'median'),
    goal('Start to all marked ≤ 250 ms, median page, background stopped before the load', 250, over(figures, 'bundled', (f) => f.stoppedTotalMs), 'median'),
    ...VARIANTS.flatMap((variant) => [
      goal(`Memory added to a tab after GC ≤ 1.5 MB, median page, ${NAMES[variant]}`, 1.5, memoryMb(variant), 'median'),
      goal(`Memory added to a tab after GC ≤ 2.5 MB, worst page, ${NAMES[variant]}`, 2.5, memoryMb(variant), 'worst'),
    ]),
    goal('No task over 50 ms in the page with 100,000 names (longest Long Task during our work, any load)', 50, over(figures, 'names-100k', (f) => f.longTaskMs ?? 0), 'worst'),
    goalAtLeast(`≥ 100× faster than mark.js with the same terms (all ${marks[0]?.allTerms ?? 0}; mark.js projected linearly from ${marks[0]?.terms ?? 0}), median page`, 100, markRatios.allTerms),
    goalAtLeast(`  lower bound: mark.js with only ${marks[0]?.terms ?? 0} terms, ours with all, median page`, 100, markRatios.subset),
    goal('No main-thread task of ours over 50 ms, any page (longest Long Task during our work, any load)', 50, bundled((f) => f.longTaskMs ?? 0), 'worst'),
    goal('  the background\'s glossary decoding, timed step by step in a page context: its longest step, worst page', 50, inPage((row) => row.decodeStepMs), 'worst'),
    goal('Card on screen ≤ 16 ms after hover intent fires (delay timer → first frame with the card), median sample', 16, hoverIntent, 'median'),
    goal('Card on screen ≤ 16 ms after hover intent fires (delay timer → first frame with the card), worst sample', 16, hoverIntent, 'worst'),
    goal('Card shown ≤ 16 ms after the pointer stopped + the delay (last move → shown − delay), median sample', 16, hoverIssue, 'median'),
    goal('Content script < 50 KB gzip, glossary data excluded', 50, single((contentCode?.gzipBytes ?? Number.NaN) / 1024, 'dist/chrome/content.js'), 'worst'),
    goal('Node: Matcher.scan with 100,000 names within 1.5× of bundled, median page', 1.5, nodeRatio(node, 'names-100k'), 'median'),
  ];
  return { headlines, goals };
}

function goal(name: string, target: number, value: Spread, which: 'median' | 'worst'): Goal {
  const measured = value[which];
  const met = measured <= target;
  return { goal: name, target, measured, where: which === 'worst' ? value.worstPage : 'median page', met, missedBy: met || !Number.isFinite(measured) ? null : measured / target };
}

/** A goal where more is better: the median page's ratio must reach the target. */
function goalAtLeast(name: string, target: number, value: Spread): Goal {
  const met = value.median >= target;
  return { goal: name, target, measured: value.median, where: 'median page', met, missedBy: met || !Number.isFinite(value.median) ? null : target / value.median };
}
