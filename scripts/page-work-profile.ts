/**
 * Where the content script's time goes on a few corpus pages (issue #14):
 * its own timing (PageReport.timing) over several loads, and a CPU profile
 * (CDP Profiler, sampled every 50 µs) of the same loads, with the samples of
 * an unminified build of content.js put into the parts of the work
 * (docs/page-work.md). Served as the benchmark serves them (scripts inert,
 * iframes not loaded), so everything on the main thread is ours.
 *
 *   npx tsx scripts/page-work-profile.ts [--pages REGEX] [--runs N] [--stopped] [--cold] [--no-profile]
 *
 * `--stopped` stops the service worker before each load (start to marked
 * when the background had been stopped). `--cold` collects garbage in the tab
 * before each load, as the benchmark does after each load to read memory:
 * that throws away the content script's compiled code, so the load compiles
 * every function it calls, as the first page in a new renderer process does
 * (docs/page-work.md, fourth pass). Builds dist/ first.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { runBuild } from './bench/builds.ts';
import { benchPages, servePages } from './bench/bench-pages.ts';
import { launchBench } from './bench/browser-set.ts';
import { waitForTiming } from './bench/page-load.ts';
import { floorPass } from './bench/page-functions.ts';
import { FixtureProxy } from './harness/fixture-proxy.ts';
import { polyfillAsEsm } from './lib/polyfill-as-esm.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const option = (name: string): string | undefined => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const only = new RegExp(option('--pages') ?? 'readability-youth|panarmenian|nytimes-1|readability-cnn');
const runs = Number(option('--runs') ?? 5);
const stopped = process.argv.includes('--stopped');
const cold = process.argv.includes('--cold');
const profiling = !process.argv.includes('--no-profile');

/** The parts of the work, by the function a sample is in (the innermost listed function on its stack wins). */
const PARTS: ReadonlyArray<readonly [part: string, functions: RegExp]> = [
  ['scan-scope', /^(scopeOf|isTeaserWidget|isSkippedElement)$/],
  ['widget-signals', /^(namedAsOf|wordsOf|isTeaserLabel|isHeadlinePart|looksLikeHeadline)$/],
  ['article-root', /^(findArticleRoot|findBodyRoot|proseLength|isExcludedBelow|paragraphsParent|widenToHeadline|headlineBefore)$/],
  ['reading-order', /^(compareReadingOrder|compareNodes|hostChain|isPageHeadline|anchorOf|setPage)$/],
  ['visibility', /^(#isVisible|isVisible)$/],
  ['collect-blocks', /^(readUntil|#step|step|#flush|flush|#leave|leave|#frame|frame|makeBlock|#enter|enter|#noteFirst|noteFirst)$/],
  ['on-screen', /^(elementsOnScreen)$/],
  ['send (serialise)', /^(sendToBackground|match|sendMessage)$/],
  ['receive', /^(receivedScan|add|isUnchanged)$/],
  ['select', /^(selectMentions|applyCorrections)$/],
  ['ranges', /^(rangeFor|nodeAt)$/],
  ['highlight', /^(setMarks|MentionIndex)$/],
  ['apply (rest)', /^(apply)$/],
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds of the content script's samples in each part. */
function partsOf(profile: Profile, scriptUrl: (url: string) => boolean): Map<string, number> {
  const parent = new Map<number, ProfileNode>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let part: string | undefined;
    let ours = false;
    for (let node = byId.get(id); node; node = parent.get(node.id)) {
      const frameIsOurs = scriptUrl(node.callFrame.url);
      ours ||= frameIsOurs;
      if (!part && frameIsOurs) part = PARTS.find(([, functions]) => functions.test(node!.callFrame.functionName))?.[0];
    }
    if (!ours) return;
    const leaf = byId.get(id)!.callFrame.functionName;
    const key = part ?? (leaf === '(garbage collector)' ? 'gc' : 'other (content.js)');
    totals.set(key, (totals.get(key) ?? 0) + ms);
  });
  return totals;
}

/** dist/chrome with an unminified content.js, so the profile names functions. */
async function unminifiedExtension(): Promise<string> {
  await runBuild([]);
  const dir = path.join(os.tmpdir(), 'backgrounder-profile', 'chrome');
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(ROOT, 'dist/chrome'), dir, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'src/content/index.ts')],
    bundle: true,
    format: 'iife',
    target: ['chrome120'],
    minify: false,
    keepNames: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    outfile: path.join(dir, 'content.js'),
    logLevel: 'warning',
    plugins: [polyfillAsEsm],
  });
  return dir;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

const extensionDir = await unminifiedExtension();
const pages = benchPages(only);
const proxy = await FixtureProxy.start();
servePages(proxy, pages);
const bench = await launchBench(proxy, 'bundled', extensionDir, 100);
const devtools = bench.browser.devtools!;
const report: string[] = [];
try {
  for (const page of pages) {
    const rows: Array<Record<string, number>> = [];
    const parts = new Map<string, number[]>();
    for (let run = 0; run <= runs; run++) {
      if (stopped) await devtools.stopWorker();
      if (cold) await devtools.page(bench.tab, 'HeapProfiler.collectGarbage');
      if (profiling) {
        await devtools.page(bench.tab, 'Profiler.enable');
        await devtools.page(bench.tab, 'Profiler.setSamplingInterval', { interval: 50 });
        await devtools.page(bench.tab, 'Profiler.start');
      }
      await bench.tab.goto(page.url);
      const { timing } = await waitForTiming(bench, page.url);
      const floor = await bench.tab.evaluate(floorPass);
      const profile = profiling ? ((await devtools.page(bench.tab, 'Profiler.stop')) as { profile: Profile }).profile : undefined;
      await bench.tab.evaluate(() => new Promise<void>((resolve) => setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 1000 }), 300)));
      if (run === 0 || !timing) continue; // the warm-up
      rows.push({ floor: floor.ms, scan: timing.scanMs, highlight: timing.highlightMs, wait: timing.glossaryMs, total: timing.totalMs });
      if (profile) {
        if (run === 1) writeFileSync(path.join(os.tmpdir(), 'backgrounder-profile', `${page.page}.cpuprofile`), JSON.stringify(profile));
        for (const [part, ms] of partsOf(profile, (url) => url.startsWith('chrome-extension://') && url.endsWith('/content.js'))) parts.set(part, [...(parts.get(part) ?? []), ms]);
      }
    }
    const column = (key: string) => median(rows.map((row) => row[key]!));
    const annotate = median(rows.map((row) => (row.scan! + row.highlight!) / row.floor!));
    report.push(
      `${page.page}: floor ${column('floor').toFixed(2)} · scan ${column('scan').toFixed(2)} · highlight ${column('highlight').toFixed(2)} · ×floor ${annotate.toFixed(1)} · wait ${column('wait').toFixed(1)} · total ${column('total').toFixed(1)} ms (median of ${rows.length})`,
    );
    const sorted = [...parts].map(([part, values]) => [part, median(values.concat(Array(rows.length - values.length).fill(0)))] as const).sort((a, b) => b[1] - a[1]);
    for (const [part, ms] of sorted) report.push(`    ${part.padEnd(22)} ${ms.toFixed(2)} ms`);
    console.log(report.slice(-1 - sorted.length).join('\n'));
  }
} finally {
  await bench.browser.close();
  await proxy.close();
}
