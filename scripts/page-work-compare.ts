/**
 * Two builds of the extension side by side on a few corpus pages: each page
 * is loaded in turn in one browser per build, load after load, so both see
 * the same machine (on a busy one, runs minutes apart differ by 2×). Prints
 * the content script's own timing (PageReport.timing) and the floor, median
 * per page, and the median page; with `--stopped`, also the background's own
 * glossary load, the decoding part of it, when the load began after the
 * worker started, and the page's batch (its performance measures). Used for docs/page-work.md.
 *
 *   npx tsx scripts/page-work-compare.ts --before DIR [--after DIR] [--pages REGEX] [--runs N] [--stopped] [--fastest] [--warm]
 *
 * Each load follows a forced garbage collection in its tab, as in the
 * benchmark (which collects after every load to read the tab's memory): it
 * throws away V8's compiled code, so the content script compiles every
 * function it calls, as on the first page a new renderer process reads.
 * `--warm` leaves it out: the tab then reuses the code compiled on the load
 * before, and the page's work is 2–3 times less (docs/page-work.md, fourth
 * pass); that is a reader's later pages on the same site, not the benchmark's.
 *
 * `--fastest` takes each page's fastest load instead of its median: on a
 * machine running other jobs, the page's thread is descheduled now and then
 * for tens of ms (single samples of 30–65 ms in CPU profiles at load 15),
 * which only ever adds time, so the fastest load is the closest to the work.
 *
 * DIR is a built Chromium extension (dist/chrome, or `scripts/build.ts --out X` then X/chrome);
 * --after defaults to dist/chrome as built now.
 */
import path from 'node:path';
import { benchPages, servePages } from './bench/bench-pages.ts';
import { launchBench, type BenchBrowser } from './bench/browser-set.ts';
import { waitForTiming } from './bench/page-load.ts';
import { floorPass } from './bench/page-functions.ts';
import { workerGlossaryLoadMs } from './bench/memory.ts';
import { GLOSSARY_DECODE_MEASURE, GLOSSARY_LOAD_MEASURE, MATCH_BATCH_MEASURE } from '../src/background/glossary-load-measure.ts';
import { FixtureProxy } from './harness/fixture-proxy.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const option = (name: string): string | undefined => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const before = option('--before');
if (!before) throw new Error('--before DIR: a built Chromium extension to compare with');
const after = option('--after') ?? path.join(ROOT, 'dist/chrome');
const only = new RegExp(option('--pages') ?? 'readability-youth|panarmenian|nytimes-1|readability-cnn|aeb-express|readability-telegraph');
const runs = Number(option('--runs') ?? 5);
const stopped = process.argv.includes('--stopped');
const fastest = process.argv.includes('--fastest');
const warm = process.argv.includes('--warm');

/** `load` is the background's own glossary load (its performance measure), NaN when the worker did not load one for this page. */
type Row = { annotate: number; ratio: number; wait: number; total: number; modules: number; load: number; decode: number; loadStart: number; match: number; highlight: number; floor: number; steps: Readonly<Record<string, number>> };
const median = (values: readonly number[]): number => {
  const known = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  return known[Math.floor(known.length / 2)] ?? NaN;
};
/** A page's figure over its loads: the median, or with `--fastest` the least. */
const perLoad = (values: readonly number[]): number => {
  const known = values.filter((value) => !Number.isNaN(value));
  return !fastest ? median(values) : known.length > 0 ? Math.min(...known) : NaN;
};

async function load(bench: BenchBrowser, url: string): Promise<Row | undefined> {
  if (stopped) await bench.browser.devtools!.stopWorker();
  if (!warm) await bench.browser.devtools!.page(bench.tab, 'HeapProfiler.collectGarbage');
  await bench.tab.goto(url);
  const { timing } = await waitForTiming(bench, url);
  const floor = await bench.tab.evaluate(floorPass);
  // Let the idle work after marking (card prefetch) finish before the other build's load.
  await bench.tab.evaluate(() => new Promise<void>((resolve) => setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 1000 }), 300)));
  if (!timing) return undefined;
  const annotate = timing.scanMs + timing.highlightMs;
  const measure = async (name: string): Promise<number> => (stopped ? ((await workerGlossaryLoadMs(bench.browser, name).catch(() => null)) ?? NaN) : NaN);
  const [load, decode] = [await measure(GLOSSARY_LOAD_MEASURE), await measure(GLOSSARY_DECODE_MEASURE)];
  // When the load began after the worker started, and the longest batch (the page's, not the empty one that wakes it).
  const timeline = stopped ? await workerTimeline(bench).catch(() => undefined) : undefined;
  return {
    annotate,
    ratio: annotate / Math.max(floor.ms, 0.1),
    wait: timing.glossaryMs,
    total: timing.totalMs,
    modules: timing.modulesMs ?? NaN,
    load,
    decode,
    loadStart: timeline?.loadStart ?? NaN,
    match: timeline?.match ?? NaN,
    highlight: timing.highlightMs,
    floor: floor.ms,
    steps: timing.steps ?? {},
  };
}

async function workerTimeline(bench: BenchBrowser): Promise<{ loadStart: number; match: number } | undefined> {
  const expression = `({ loadStart: performance.getEntriesByName(${JSON.stringify(GLOSSARY_LOAD_MEASURE)}).at(-1)?.startTime ?? null,
    match: Math.max(...performance.getEntriesByName(${JSON.stringify(MATCH_BATCH_MEASURE)}).map((entry) => entry.duration)) })`;
  const answer = (await bench.browser.devtools?.worker('Runtime.evaluate', { expression, returnByValue: true })) as { result?: { value?: { loadStart: number | null; match: number } } } | undefined;
  const value = answer?.result?.value;
  return value ? { loadStart: value.loadStart ?? NaN, match: value.match } : undefined;
}

const pages = benchPages(only);
const proxy = await FixtureProxy.start();
servePages(proxy, pages);
const builds = { before: await launchBench(proxy, 'bundled', before, 100), after: await launchBench(proxy, 'bundled', after, 100) };
const perPage: Record<'before' | 'after', Row[]> = { before: [], after: [] };
const describe = (rows: readonly Row[], over: (values: readonly number[]) => number = median): string => {
  const figures = (['annotate', 'ratio', 'wait', 'total', 'modules', ...(stopped ? (['load', 'decode', 'loadStart', 'match'] as const) : [])] as const).map(
    (key) => `${key} ${over(rows.map((row) => row[key])).toFixed(key === 'ratio' ? 1 : 2)}`,
  );
  // The page's work by step (PageReport.timing.steps; a build from before they were reported has none), then highlighting.
  const names = [...new Set(rows.flatMap((row) => Object.keys(row.steps)))];
  const steps = names.map((step) => over(rows.map((row) => row.steps[step] ?? NaN)));
  const highlight = over(rows.map((row) => row.highlight));
  // With --fastest, the sum of each step's fastest load: a step slowed by the machine in one load is taken from another.
  const work = steps.reduce((sum, ms) => sum + ms, highlight);
  const floor = over(rows.map((row) => row.floor));
  const parts = [...names.map((step, i) => `${step} ${steps[i]!.toFixed(2)}`), `highlight ${highlight.toFixed(2)}`];
  return [...figures, `[${parts.join(' ')}] steps ${work.toFixed(2)} ÷ floor ${floor.toFixed(2)} = ${(work / Math.max(floor, 0.1)).toFixed(1)}×`].join(' · ');
};
try {
  for (const page of pages) {
    const rows: Record<'before' | 'after', Row[]> = { before: [], after: [] };
    for (let run = 0; run <= runs; run++) {
      for (const name of run % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const)) {
        const row = await load(builds[name], page.url);
        if (run > 0 && row) rows[name].push(row); // run 0 is the warm-up
      }
    }
    for (const name of ['before', 'after'] as const) {
      console.log(`${page.page.padEnd(40)} ${name.padEnd(6)} ${describe(rows[name], perLoad)}`);
      perPage[name].push({
        annotate: perLoad(rows[name].map((row) => row.annotate)),
        ratio: perLoad(rows[name].map((row) => row.ratio)),
        wait: perLoad(rows[name].map((row) => row.wait)),
        total: perLoad(rows[name].map((row) => row.total)),
        modules: perLoad(rows[name].map((row) => row.modules)),
        load: perLoad(rows[name].map((row) => row.load)),
        decode: perLoad(rows[name].map((row) => row.decode)),
        loadStart: perLoad(rows[name].map((row) => row.loadStart)),
        match: perLoad(rows[name].map((row) => row.match)),
        highlight: perLoad(rows[name].map((row) => row.highlight)),
        floor: perLoad(rows[name].map((row) => row.floor)),
        steps: Object.fromEntries([...new Set(rows[name].flatMap((row) => Object.keys(row.steps)))].map((step) => [step, perLoad(rows[name].map((row) => row.steps[step] ?? NaN))])),
      });
    }
  }
  for (const name of ['before', 'after'] as const) console.log(`${'median page'.padEnd(40)} ${name.padEnd(6)} ${describe(perPage[name])}`);
} finally {
  for (const bench of Object.values(builds)) await bench.browser.close();
  await proxy.close();
}
