/**
 * One load of one page with Backgrounder: navigate, wait for the content
 * script's report, then read the floor (first TreeWalker pass on this load)
 * and what the probe saw. One row per load.
 */
import { requestReport } from '../harness/page-report.ts';
import type { PageReport } from '../../src/shared/messages.ts';
import type { BenchBrowser } from './browser-set.ts';
import type { BenchPage } from './bench-pages.ts';
import { CONFIG } from './config.ts';
import { floorPass } from './page-functions.ts';
import { tabMemoryAfterGc } from './memory.ts';
import { longestDuring, readProbe } from './page-probe.ts';
import type { LoadRow } from './types.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll the content script often: the harness's waitForReport polls every 100 ms, a tenth of a load here. */
export async function waitForTiming(bench: BenchBrowser, url: string): Promise<PageReport> {
  const deadline = Date.now() + CONFIG.reportTimeoutMs;
  for (;;) {
    const answer = await requestReport(bench.extensionPage, url);
    if (answer?.timing) return answer;
    if (Date.now() > deadline) {
      throw new Error(`no report from the content script within ${CONFIG.reportTimeoutMs} ms${answer ? ` (active=${answer.active})` : ' (no content script answered)'}`);
    }
    await pause(20);
  }
}

/**
 * Let the tab go quiet before the next load, which may be another browser's:
 * the idle work that follows marking (prefetching card text, building the
 * first card ahead) would otherwise run on the same two cores as the next
 * measured load and stretch its tasks.
 */
function settle(bench: BenchBrowser): Promise<void> {
  return bench.tab.evaluate(
    (ms: number) => new Promise<void>((resolve) => setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 1000 }), ms)),
    CONFIG.settleMs,
  );
}

/** `backgroundStopped`: stop the extension's service worker first, as Chrome does after 30 s idle. */
export async function measureLoad(bench: BenchBrowser, page: BenchPage, run: number, backgroundStopped = false): Promise<LoadRow> {
  if (backgroundStopped && !(await bench.browser.devtools?.stopWorker())) throw new Error('the service worker could not be stopped');
  const started = performance.now();
  await bench.tab.goto(page.url);
  const { timing, mentions } = await waitForTiming(bench, page.url);
  const floor = await bench.tab.evaluate(floorPass);
  const probe = await readProbe(bench.tab);
  if (!timing || !probe) throw new Error('the page probe did not run (is the CSP hash current?)');
  await settle(bench);
  const heapBytes = await tabMemoryAfterGc(bench.browser, bench.tab);
  const workMs = timing.glossaryMs + timing.scanMs + timing.highlightMs;
  return {
    page: page.page,
    variant: bench.variant,
    run,
    floorMs: floor.ms,
    glossaryMs: timing.glossaryMs,
    scanMs: timing.scanMs,
    highlightMs: timing.highlightMs,
    totalMs: timing.totalMs,
    annotateMs: timing.scanMs + timing.highlightMs,
    workMs,
    blocks: timing.blocks,
    characters: timing.characters,
    mentions: mentions.length,
    longTaskMs: longestDuring(probe.longTasks, 'task', probe, timing.totalMs),
    longFrameMs: longestDuring(probe.frames, 'frame', probe, timing.totalMs),
    heapBytes,
    backgroundStopped,
    wallMs: performance.now() - started,
  };
}
