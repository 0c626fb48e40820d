/**
 * `npx tsx scripts/scope-report.ts`: what the scan scope reads and leaves out
 * on real news pages (the 30 corpus pages, every language), measured in
 * Chromium. Two tables, written up in docs/scan-scope.md:
 * 1. Mentions by region: every mention the pure matcher finds (density
 *    "all") in a permissive reading, counted by the region it sits in or the
 *    scope rule that leaves it unread, with the share inside links and
 *    samples to judge by hand.
 * 2. Marks against the article: the marks the extension makes (density
 *    "first", in its reading order) inside and outside each page's
 *    hand-listed article regions (scripts/harness/article-regions.ts), per page.
 * `--samples N` prints N samples per region (default 12).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { ARTICLE_REGIONS } from './harness/article-regions.ts';
import { CORPUS } from './harness/corpus.ts';
import { referenceMatcher } from './harness/core-reference.ts';
import { launchBrowser } from './harness/browsers.ts';
import { FixtureProxy } from './harness/fixture-proxy.ts';
import type { ExtensionBlock, LabelledBlock } from './scope/scope-reader.ts';

const samplesArg = process.argv.indexOf('--samples');
const SAMPLES = samplesArg > 0 ? Number(process.argv[samplesArg + 1]) : 12;

const reader = esbuild.buildSync({
  entryPoints: [path.join(import.meta.dirname, 'scope/scope-reader.ts')],
  bundle: true,
  format: 'iife',
  globalName: '__scope',
  write: false,
  target: 'es2022',
}).outputFiles[0]!.text;

interface Row {
  mentions: number;
  inLinks: number;
  inArticleRoot: number;
  pages: Set<string>;
  samples: Map<string, number>;
}
const regions = new Map<string, Row>();
const pageRows: string[] = [];
let marksInside = 0;
let marksOutside = 0;
const outsideSamples: string[] = [];

const proxy = await FixtureProxy.start();
const browser = await launchBrowser('chromium', { proxyPort: proxy.port });
const matcher = referenceMatcher();
try {
  for (const fixture of CORPUS) {
    proxy.serve(fixture.url, { body: readFileSync(fixture.path), headers: { 'content-security-policy': "script-src 'none'" } });
    const page = await browser.newPage();
    await page.goto(fixture.url);
    const labelled = (await page.evaluateSource(`(() => { ${reader}; return __scope.readLabelledBlocks(); })()`)) as LabelledBlock[];
    matcher
      .select(
        labelled.map((block) => matcher.scan(block.text)),
        { density: 'all' },
      )
      .forEach((mentions, i) => {
        const block = labelled[i]!;
        for (const mention of mentions) {
          const row = regions.get(block.region) ?? { mentions: 0, inLinks: 0, inArticleRoot: 0, pages: new Set(), samples: new Map() };
          row.mentions++;
          if (block.links.some(([start, end]) => mention.start < end && mention.end > start)) row.inLinks++;
          if (block.inArticleRoot) row.inArticleRoot++;
          row.pages.add(fixture.file);
          const sample = `${block.text.slice(mention.start, mention.end)} ← "${block.text.replace(/\s+/g, ' ').trim().slice(0, 70)}" (${fixture.file})`;
          row.samples.set(sample, (row.samples.get(sample) ?? 0) + 1);
          regions.set(block.region, row);
        }
      });

    const allowed = ARTICLE_REGIONS[fixture.file]?.allowed ?? [];
    const blocks = (await page.evaluateSource(`(() => { ${reader}; return __scope.readAsExtension(${JSON.stringify(allowed)}); })()`)) as ExtensionBlock[];
    let inside = 0;
    let outside = 0;
    matcher
      .select(
        blocks.map((block) => matcher.scan(block.text)),
        { density: 'first' },
      )
      .forEach((mentions, i) => {
        const block = blocks[i]!;
        for (const mention of mentions) {
          const node = block.starts.findLastIndex((start) => start <= mention.start);
          if (block.allowed[node]) inside++;
          else {
            outside++;
            outsideSamples.push(`${block.text.slice(mention.start, mention.end)} ← "${block.text.replace(/\s+/g, ' ').trim().slice(0, 60)}" (${fixture.file})`);
          }
        }
      });
    marksInside += inside;
    marksOutside += outside;
    pageRows.push(`| ${fixture.file} | ${fixture.lang} | ${inside + outside} | ${inside} | ${outside} |`);
    await page.close();
    process.stderr.write(`scope: ${fixture.file}\n`);
  }
} finally {
  await browser.close();
  await proxy.close();
}

console.log('## Mentions by region (density "all", permissive reading)\n');
console.log('| region | mentions | pages | in links | in the article root |\n|---|---:|---:|---:|---:|');
const sorted = [...regions].sort((a, b) => b[1].mentions - a[1].mentions);
const percent = (part: number, whole: number): string => `${Math.round((100 * part) / Math.max(1, whole))}%`;
for (const [region, row] of sorted) console.log(`| ${region} | ${row.mentions} | ${row.pages.size} | ${percent(row.inLinks, row.mentions)} | ${row.inArticleRoot} |`);
for (const [region, row] of sorted) {
  console.log(`\n### ${region}`);
  for (const [sample, n] of [...row.samples].sort((a, b) => b[1] - a[1]).slice(0, SAMPLES)) console.log(`- ${n}× ${sample}`);
}
console.log('\n## Marks against the hand-listed article regions (density "first", reading order)\n');
console.log(`${marksInside + marksOutside} marks: ${marksInside} in the article, ${marksOutside} outside (${percent(marksOutside, marksInside + marksOutside)}).\n`);
console.log('| page | lang | marks | in the article | outside |\n|---|---|---:|---:|---:|');
for (const row of pageRows) console.log(row);
if (outsideSamples.length > 0) console.log(`\nOutside:\n${outsideSamples.map((sample) => `- ${sample}`).join('\n')}`);
