/**
 * The browser part of the run, page by page. For each page:
 * 1. once, where Backgrounder does not run: cold floor, baseline heap, the
 *    in-page breakdown and block texts, then mark.js (which changes the
 *    page, so it comes last);
 * 2. loads with each build, interleaved (bundled, 10k, 100k, bundled, ...)
 *    so that every build of a page is measured in the same minute: one
 *    warm-up each, then the measured runs (as many as the budget allows for
 *    the synthetic glossaries, see budget.ts);
 * and at the end, the hover path on the pages with the most mentions.
 * A failed load is recorded and the run goes on.
 */
import { renewTab, type BenchBrowser } from './browser-set.ts';
import type { BenchPage } from './bench-pages.ts';
import { BudgetPlanner, type PagePlan } from './budget.ts';
import { CONFIG } from './config.ts';
import { measureHover } from './hover.ts';
import { elapsedMs, progress } from './log.ts';
import { measureMarkJs } from './markjs.ts';
import { breakdownFunction, builtGlossaryBase64 } from './page-breakdown.ts';
import { measureLoad, waitForTiming } from './page-load.ts';
import { markJsInstaller } from './page-source.ts';
import { measurePlain } from './plain-load.ts';
import { median } from './stats.ts';
import { workerGlossaryLoadMs, workerMemoryAfterGc } from './memory.ts';
import { GLOSSARY_LOAD_MEASURE } from '../../src/background/glossary-load-measure.ts';
import type { BackgroundRow, HoverRow, LoadRow, MarkRow, PlainRow } from './types.ts';

export interface BrowserResults {
  readonly loads: LoadRow[];
  readonly plains: PlainRow[];
  readonly marks: MarkRow[];
  readonly hovers: HoverRow[];
  /** The background's own load time and memory, per build, at the end of the page loads. */
  readonly backgrounds: BackgroundRow[];
  readonly blockTexts: Map<string, string[]>;
  readonly failures: string[];
  /** What the time budget cut, if anything. */
  readonly notes: string[];
}

const firstLine = (error: unknown): string => (error as Error).message.split('\n')[0] ?? '';

export async function browserPhase(browsers: BenchBrowser[], pages: readonly BenchPage[], markTerms: readonly string[], allTermCount: number): Promise<BrowserResults> {
  const results: BrowserResults = { loads: [], plains: [], marks: [], hovers: [], backgrounds: [], blockTexts: new Map(), failures: [], notes: [] };
  const installMark = markJsInstaller();
  const breakdown = await breakdownFunction();
  const glossaryBase64 = builtGlossaryBase64();
  const planner = new BudgetPlanner();

  for (const [index, page] of pages.entries()) {
    const started = elapsedMs();
    const plan = planner.plan(pages.length - index);
    try {
      const plain = await measurePlain(browsers[0]!, page, breakdown, glossaryBase64);
      results.plains.push(plain.row);
      results.blockTexts.set(page.page, plain.blockTexts);
      const mark = await measureMarkJs(browsers[0]!, page, installMark, markTerms, allTermCount, plan.markLimitMs);
      results.marks.push(mark);
      // A tab that mark.js crashed or left running is of no further use.
      if (mark.status === 'error') browsers[0] = await renewTab(browsers[0]!);
    } catch (error) {
      results.failures.push(`${page.page}: plain load / mark.js: ${firstLine(error)}`);
      browsers[0] = await renewTab(browsers[0]!);
    }
    const syntheticLoadMs = await loadWithEachBuild(browsers, page, plan, results);
    const pageMs = elapsedMs() - started;
    planner.record(plan, pageMs - syntheticLoadMs.reduce((sum, ms) => sum + ms, 0), syntheticLoadMs);
    progress(`${index + 1}/${pages.length} ${page.page}: ${pageLine(results, page.page)} (${(pageMs / 1000).toFixed(1)} s)`);
  }
  results.notes.push(...planner.notes());
  for (const bench of browsers) {
    results.backgrounds.push({
      variant: bench.variant,
      glossaryLoadMs: await workerGlossaryLoadMs(bench.browser, GLOSSARY_LOAD_MEASURE).catch(() => null),
      heapBytes: await workerMemoryAfterGc(bench.browser).catch(() => null),
    });
  }

  const bundled = browsers.find((bench) => bench.variant === 'bundled');
  if (bundled) results.hovers.push(...(await hoverPhase(bundled, pages, results)));
  return results;
}

/** The interleaved loads of one page; returns the wall time of each synthetic-glossary load (for the planner). */
async function loadWithEachBuild(browsers: BenchBrowser[], page: BenchPage, plan: PagePlan, results: BrowserResults): Promise<number[]> {
  const syntheticLoadMs: number[] = [];
  const runsOf = (bench: BenchBrowser) => (bench.variant === 'bundled' ? CONFIG.bundledRuns : plan.syntheticRuns);
  const rounds = Math.max(...browsers.map(runsOf));
  for (let run = 0; run <= rounds; run++) {
    for (const [b, bench] of browsers.entries()) {
      if (run > runsOf(bench) || (bench.variant !== 'bundled' && plan.syntheticRuns === 0)) continue;
      const started = elapsedMs();
      try {
        results.loads.push(await measureLoad(bench, page, run));
      } catch (error) {
        results.failures.push(`${page.page} (${bench.variant}, run ${run}): ${firstLine(error)}`);
        browsers[b] = await renewTab(bench);
      }
      if (bench.variant !== 'bundled') syntheticLoadMs.push(elapsedMs() - started);
    }
  }
  // Then with the background stopped first: the page's message starts it, and it reads the glossary again.
  for (let run = 1; run <= CONFIG.stoppedRuns; run++) {
    for (const [b, bench] of browsers.entries()) {
      const started = elapsedMs();
      try {
        results.loads.push(await measureLoad(bench, page, run, true));
      } catch (error) {
        results.failures.push(`${page.page} (${bench.variant}, background stopped, run ${run}): ${firstLine(error)}`);
        browsers[b] = await renewTab(bench);
      }
      if (bench.variant !== 'bundled') syntheticLoadMs.push(elapsedMs() - started);
    }
  }
  return syntheticLoadMs;
}

async function hoverPhase(bench: BenchBrowser, pages: readonly BenchPage[], results: BrowserResults): Promise<HoverRow[]> {
  const mentions = new Map<string, number>();
  for (const row of results.loads) if (row.variant === 'bundled') mentions.set(row.page, Math.max(mentions.get(row.page) ?? 0, row.mentions));
  const chosen = [...pages].sort((a, b) => (mentions.get(b.page) ?? 0) - (mentions.get(a.page) ?? 0)).slice(0, CONFIG.hoverPages);
  const rows: HoverRow[] = [];
  for (const page of chosen) {
    try {
      const found = await measureHover(bench, page, async () => void (await waitForTiming(bench, page.url)));
      rows.push(...found);
      const shown = found.map((row) => row.timerToFrameMs.toFixed(1)).join(', ');
      progress(`hover ${page.page}: ${found.length} samples, delay timer → frame with the card ${shown} ms`);
    } catch (error) {
      results.failures.push(`${page.page} (hover): ${firstLine(error)}`);
    }
  }
  return rows;
}

/** One progress line: this page's medians. */
function pageLine(results: BrowserResults, page: string): string {
  const measured = (variant: string) => results.loads.filter((row) => row.page === page && row.variant === variant && row.run > 0 && !row.backgroundStopped);
  const fmt = (values: number[]) => (values.length ? median(values).toFixed(1) : '–');
  const bundled = measured('bundled');
  const mark = results.marks.find((row) => row.page === page);
  return [
    `floor ${fmt(bundled.map((row) => row.floorMs))} ms`,
    `ours ${fmt(bundled.map((row) => row.annotateMs))}`,
    `10k ${fmt(measured('names-10k').map((row) => row.annotateMs))}`,
    `100k ${fmt(measured('names-100k').map((row) => row.annotateMs))}`,
    `marked ${fmt(bundled.map((row) => row.totalMs))} ms after start`,
    `stopped ${fmt(results.loads.filter((row) => row.page === page && row.variant === 'bundled' && row.backgroundStopped).map((row) => row.totalMs))}`,
    `memory +${fmt(bundled.flatMap((row) => (row.heapBytes === null ? [] : [(row.heapBytes - (results.plains.find((plain) => plain.page === page)?.heapBytes ?? Number.NaN)) / 1024])))} KB`,
    `mark.js ${mark ? `${mark.ms.toFixed(0)} (${mark.status}, ${mark.termsDone} terms)` : '–'}`,
  ].join(' · ');
}
