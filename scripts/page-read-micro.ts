/**
 * The page's reading alone, timed in the page's main world with the content
 * script's own modules, fastest of many passes: on a busy machine a single
 * load's timing varies by 2× while the fastest pass hardly moves, so this is
 * how a change to reading is compared before and after (docs/page-work.md).
 * The floor is the benchmark's: one TreeWalker pass reading every text node.
 *
 *   npx tsx scripts/page-read-micro.ts [--pages REGEX] [--passes N]
 *
 * PROFILE_TO=DIR writes a CPU profile of each page's passes there.
 */
import * as esbuild from 'esbuild';
import path from 'node:path';
import { benchPages, servePages } from './bench/bench-pages.ts';
import { sourceFunction } from './bench/page-source.ts';
import { launchBrowser } from './harness/browsers.ts';
import { FixtureProxy } from './harness/fixture-proxy.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const option = (name: string): string | undefined => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const only = option('--pages') ? new RegExp(option('--pages')!) : undefined;
const passes = Number(option('--passes') ?? 15);

const ENTRY = `
import { BlockReader } from './src/content/scan/collect-blocks.ts';
import { findArticleRoot } from './src/content/scan/scan-scope.ts';
import { TrackedBlocks } from './src/content/marks/tracked-blocks.ts';
globalThis.__readMicro = (passes) => {
  const fastest = (fn) => { let best = Infinity; for (let i = 0; i < passes; i++) { const t = performance.now(); fn(); best = Math.min(best, performance.now() - t); } return best; };
  const floor = () => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let n = 0; for (let x = w.nextNode(); x; x = w.nextNode()) n += x.data.length; return n; };
  const read = () => new BlockReader(document.body).readUntil(Infinity);
  const t0 = performance.now(); const blocks = read(); const coldRead = performance.now() - t0;
  const t1 = performance.now(); const article = findArticleRoot(document); const coldArticle = performance.now() - t1;
  const order = () => new TrackedBlocks().setPage(blocks, article, document);
  return {
    blocks: blocks.length, chars: blocks.reduce((s, b) => s + b.text.length, 0), coldRead, coldArticle,
    floor: fastest(floor), read: fastest(read), article: fastest(() => findArticleRoot(document)), order: fastest(order),
  };
};`;

const bundle = await esbuild.build({ stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'iife', target: 'chrome120', keepNames: true, write: false, logLevel: 'warning' });
const micro = sourceFunction(`function (passes) {\n${bundle.outputFiles[0]!.text}\n;return globalThis.__readMicro(passes); }`) as unknown as (passes: number) => Record<string, number>;

const pages = benchPages(only);
const proxy = await FixtureProxy.start();
servePages(proxy, pages);
const browser = await launchBrowser('chromium', { proxyPort: proxy.port });
const totals: Record<string, number> = {};
try {
  const tab = await browser.newPage();
  for (const page of pages) {
    await tab.goto(page.plainUrl);
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    if (process.env.PROFILE_TO) {
      await browser.devtools!.page(tab, 'Profiler.enable');
      await browser.devtools!.page(tab, 'Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_INTERVAL ?? 50) });
      await browser.devtools!.page(tab, 'Profiler.start');
    }
    const row = await tab.evaluate(micro, passes);
    if (process.env.PROFILE_TO) {
      const { profile } = (await browser.devtools!.page(tab, 'Profiler.stop')) as { profile: unknown };
      (await import('node:fs')).writeFileSync(path.join(process.env.PROFILE_TO, `${page.page}.cpuprofile`), JSON.stringify(profile));
    }
    for (const [key, value] of Object.entries(row)) totals[key] = (totals[key] ?? 0) + value;
    const cells = Object.entries(row).map(([key, value]) => `${key} ${Number.isInteger(value) ? value : value.toFixed(2)}`);
    console.log(`${page.page.padEnd(46)} ${cells.join(' · ')} · read÷floor ${(row.read! / row.floor!).toFixed(1)}`);
  }
  console.log(`${'sum'.padEnd(46)} ${Object.entries(totals).map(([key, value]) => `${key} ${value.toFixed(1)}`).join(' · ')}`);
} finally {
  await browser.close();
  await proxy.close();
}
