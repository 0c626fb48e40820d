/**
 * From raw rows to the figures the report shows: per page, the median of
 * the measured runs (the warm-up is dropped) and ratios taken load by load
 * or page by page within this run; over pages, the median page and the worst.
 */
import { median, spread, type Spread } from './stats.ts';
import type { HoverRow, LoadRow, MarkRow, NodeMatcherRow, PlainRow, Variant } from './types.ts';

export interface PageFigures {
  readonly page: string;
  readonly variant: Variant;
  readonly runs: number;
  readonly characters: number;
  readonly mentions: number;
  readonly floorMs: number;
  readonly annotateMs: number;
  readonly glossaryMs: number;
  readonly totalMs: number;
  readonly workMs: number;
  /** Loads of this page with a Long Task during our work. */
  readonly loadsWithLongTask: number;
  /** Median over loads of annotateMs / floorMs on the same load. */
  readonly annotateToFloor: number;
  /** Longest Long Task / Long Animation Frame over this page's loads (null: none seen). */
  readonly longTaskMs: number | null;
  readonly longFrameMs: number | null;
  /** Median tab memory after GC with Backgrounder minus the same page where it does not run. */
  readonly heapDeltaBytes: number | null;
  /** Median start to all marked over the loads with the background stopped first (null: none). */
  readonly stoppedTotalMs: number | null;
}

export function pageFigures(loads: readonly LoadRow[], plains: readonly PlainRow[]): PageFigures[] {
  const groups = new Map<string, LoadRow[]>();
  const stopped = new Map<string, number[]>();
  for (const row of loads) {
    if (row.run === 0) continue;
    if (row.backgroundStopped) {
      const key = `${row.variant}\n${row.page}`;
      stopped.set(key, [...(stopped.get(key) ?? []), row.totalMs]);
      continue;
    }
    const key = `${row.variant}\n${row.page}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const longest = (values: Array<number | null>): number | null => values.reduce<number | null>((acc, value) => (value === null ? acc : Math.max(acc ?? 0, value)), null);
  return [...groups.values()].map((rows) => {
    const first = rows[0]!;
    const baseline = plains.find((plain) => plain.page === first.page)?.heapBytes ?? null;
    const heaps = rows.map((row) => row.heapBytes).filter((heap): heap is number => heap !== null);
    return {
      page: first.page,
      variant: first.variant,
      runs: rows.length,
      characters: first.characters,
      mentions: median(rows.map((row) => row.mentions)),
      floorMs: median(rows.map((row) => row.floorMs)),
      annotateMs: median(rows.map((row) => row.annotateMs)),
      glossaryMs: median(rows.map((row) => row.glossaryMs)),
      totalMs: median(rows.map((row) => row.totalMs)),
      workMs: median(rows.map((row) => row.workMs)),
      loadsWithLongTask: rows.filter((row) => row.longTaskMs !== null).length,
      annotateToFloor: median(rows.map((row) => row.annotateMs / row.floorMs)),
      longTaskMs: longest(rows.map((row) => row.longTaskMs)),
      longFrameMs: longest(rows.map((row) => row.longFrameMs)),
      heapDeltaBytes: baseline !== null && heaps.length > 0 ? median(heaps) - baseline : null,
      stoppedTotalMs: stopped.has(`${first.variant}\n${first.page}`) ? median(stopped.get(`${first.variant}\n${first.page}`)!) : null,
    };
  });
}

/** Spread over pages of one figure of one variant. */
export function over(figures: readonly PageFigures[], variant: Variant, pick: (figure: PageFigures) => number | null): Spread {
  return spread(figures.filter((figure) => figure.variant === variant).map((figure) => ({ page: figure.page, value: pick(figure) ?? Number.NaN })));
}

/** Per page: a variant's annotate time over the bundled glossary's, from the same run. */
export function ratioToBundled(figures: readonly PageFigures[], variant: Variant): Spread {
  const bundled = new Map(figures.filter((figure) => figure.variant === 'bundled').map((figure) => [figure.page, figure.annotateMs]));
  return spread(figures.filter((figure) => figure.variant === variant).map((figure) => ({ page: figure.page, value: figure.annotateMs / (bundled.get(figure.page) ?? Number.NaN) })));
}

/** mark.js time for its term subset (projected to the whole subset where cut off) over our annotate time, per page. */
export function markJsRatios(figures: readonly PageFigures[], marks: readonly MarkRow[]): { subset: Spread; allTerms: Spread; rows: Array<{ page: string; markMs: number; ratio: number }> } {
  const ours = new Map(figures.filter((figure) => figure.variant === 'bundled').map((figure) => [figure.page, figure.annotateMs]));
  const rows = marks
    .filter((mark) => mark.termsDone > 0)
    .map((mark) => {
      const markMs = (mark.ms / mark.termsDone) * mark.terms;
      return { page: mark.page, markMs, ratio: markMs / (ours.get(mark.page) ?? Number.NaN), all: mark.projectedAllTermsMs / (ours.get(mark.page) ?? Number.NaN) };
    });
  return {
    subset: spread(rows.map((row) => ({ page: row.page, value: row.ratio }))),
    allTerms: spread(rows.map((row) => ({ page: row.page, value: row.all }))),
    rows,
  };
}

export function hoverSpread(rows: readonly HoverRow[], pick: (row: HoverRow) => number): Spread {
  return spread(rows.map((row) => ({ page: `${row.page} ("${row.text}")`, value: pick(row) })));
}

/** Node comparison: spread of one column for one glossary, and our scan time at a glossary size over the bundled one's. */
export function nodeSpread(rows: readonly NodeMatcherRow[], glossary: Variant, pick: (row: NodeMatcherRow) => number): Spread {
  return spread(rows.filter((row) => row.glossary === glossary).map((row) => ({ page: row.page, value: pick(row) })));
}

/** Per page, a timing with `glossary` over the same timing with the bundled glossary (Matcher.scan unless `pick` says). */
export function nodeRatio(rows: readonly NodeMatcherRow[], glossary: Variant, pick: (row: NodeMatcherRow) => number = (row) => row.matcherScanMs): Spread {
  const bundled = new Map(rows.filter((row) => row.glossary === 'bundled').map((row) => [row.page, pick(row)]));
  return spread(rows.filter((row) => row.glossary === glossary).map((row) => ({ page: row.page, value: pick(row) / (bundled.get(row.page) ?? Number.NaN) })));
}
