/**
 * Every number the benchmark is run with, in one place, so the output can
 * state them and a reader can change them without hunting through modules.
 * The counts are chosen so that `npm run bench` ends within 10 minutes on
 * the project's 2-core machine (see the time budget printed at the end).
 */
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const RESULTS_DIR = path.join(ROOT, 'bench/results');
/** Synthetic glossaries and their builds: large, regenerated each run, never part of the repo. */
export const WORK_DIR = path.join(os.tmpdir(), 'backgrounder-bench');

export const CONFIG = {
  /** Loads of each page with the bundled glossary: one warm-up, then measured runs. */
  bundledRuns: 5,
  /** Measured loads per page with each synthetic glossary (after one warm-up): fewer, for the time budget. */
  syntheticRuns: 3,
  /** Loads of each page per build with the extension's service worker stopped first (start-to-marked when the background had been stopped). */
  stoppedRuns: 1,
  /** Synthetic glossary sizes (names added to the bundled glossary). */
  syntheticSizes: [10_000, 100_000] as const,
  /** mark.js: this many aliases of the bundled glossary, taken at an even stride so the subset spans every topic file. */
  markTerms: 100,
  /** Terms per page.evaluate: mark.js is synchronous, so the time limit is checked between batches. */
  markBatch: 10,
  /** Per-page limit for mark.js; a page that needs more is reported as timed out, with a projection. */
  markLimitMs: 3_000,
  /** The limit when the run is behind its time budget. */
  markLimitBehindMs: 1_500,
  /** Hover: the delay set in the extension's settings, pages sampled, samples per page. */
  hoverDelayMs: 100,
  /** Wait after marking before hovering: card text is prefetched when the page is idle (within 1 s of marking). */
  hoverSettleMs: 1_200,
  hoverPages: 3,
  hoverSamples: 5,
  /** After each load, wait this long and then for an idle moment: the prefetch and the card built ahead run then, not during the next load. */
  settleMs: 300,
  /** Wait for the content script's report of a page before giving up on that load. */
  reportTimeoutMs: 15_000,
  /** The whole run should end within this; past it, remaining pages get fewer synthetic runs. */
  budgetMs: 8.75 * 60_000,
} as const;
