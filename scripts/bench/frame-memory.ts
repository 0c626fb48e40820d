/**
 * `npx tsx scripts/bench/frame-memory.ts [--pages REGEX] [--runs N]`: what
 * frames cost a tab (issue #14, docs/frames.md). The bench's memory method
 * (after GC: JS heap, embedder heap, backing stores; minus the same page
 * where the extension does not run), on the frame-heavy corpus pages, for
 * variants of the current build (dist/chrome, run `npm run build` first) that
 * differ only in what subframes get:
 * - shipped: the main-world probe; the full script once a frame holds text;
 * - isolated-probe: the same probe in an isolated world of its own;
 * - every-frame: the full content script in every frame (the design before);
 * - top-only: nothing in subframes (the floor).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FixtureProxy } from '../harness/fixture-proxy.ts';
import { distDir } from '../harness/browsers.ts';
import { benchPages, servePages } from './bench-pages.ts';
import { launchBench } from './browser-set.ts';
import { tabMemoryAfterGc } from './memory.ts';
import { waitForTiming } from './page-load.ts';

type ContentScript = { js: string[]; all_frames?: boolean; match_about_blank?: boolean; world?: string };
type Manifest = { content_scripts: ContentScript[] };

const VARIANTS: Record<string, (scripts: ContentScript[]) => ContentScript[]> = {
  shipped: (scripts) => scripts,
  'isolated-probe': (scripts) => scripts.map(({ world: _world, ...script }) => script),
  'every-frame': ([full]) => [{ ...full!, all_frames: true, match_about_blank: true }],
  'top-only': ([full]) => [full!],
};

const option = (name: string, fallback: string): string => {
  const index = process.argv.indexOf(name);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
};
const pages = benchPages(new RegExp(option('--pages', 'readability-(cnn|nytimes-1|bbc-1)|cbsnews|ap\\.org')));
const runs = Number(option('--runs', '3'));

/** A copy of the build with its content scripts changed. */
function variantDir(name: string, change: (scripts: ContentScript[]) => ContentScript[]): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'backgrounder-frames-')), name);
  cpSync(distDir('chromium'), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  manifest.content_scripts = change(manifest.content_scripts);
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const proxy = await FixtureProxy.start();
servePages(proxy, pages);
console.log('| variant | page | frames | memory added after GC |\n| --- | --- | ---: | ---: |');
for (const [name, change] of Object.entries(VARIANTS)) {
  const bench = await launchBench(proxy, 'bundled', variantDir(name, change), 100);
  for (const page of pages) {
    const added: number[] = [];
    let frames = 0;
    // Load 0 warms the renderer and the background up; it is not counted.
    for (let run = 0; run <= runs; run++) {
      await bench.tab.goto(page.plainUrl);
      const plain = await tabMemoryAfterGc(bench.browser, bench.tab);
      await bench.tab.goto(page.url);
      await waitForTiming(bench, page.url);
      frames = await bench.tab.evaluate(() => document.querySelectorAll('iframe, frame').length);
      await pause(1_500); // frames' requests, the prefetch of card text
      const withExtension = await tabMemoryAfterGc(bench.browser, bench.tab);
      if (run > 0 && plain !== null && withExtension !== null) added.push(withExtension - plain);
    }
    console.log(`| ${name} | ${page.page} | ${frames} | ${(median(added) / 2 ** 20).toFixed(2)} MB |`);
  }
  await bench.browser.close();
}
await proxy.close();
