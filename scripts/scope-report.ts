/**
 * `npx tsx scripts/scope-report.ts`: where on real news pages would names be
 * marked if site chrome were read too? Reads every English corpus page in
 * Chromium with a permissive scope, runs the pure matcher (every mention), and
 * counts mentions by region (navigation, page header/footer, aside, caption,
 * heading, body text) and inside links, with samples to judge by hand. The
 * decision it informs is written in the README ("Scan scope").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { CORPUS } from '../e2e/support/corpus.ts';
import { referenceMatcher } from '../e2e/support/core-reference.ts';
import { launchBrowser } from './harness/browsers.ts';
import { FixtureProxy } from './harness/fixture-proxy.ts';
import type { LabelledBlock } from './scope/scope-reader.ts';

const reader = esbuild.buildSync({
  entryPoints: [path.join(import.meta.dirname, 'scope/scope-reader.ts')],
  bundle: true,
  format: 'iife',
  globalName: '__scope',
  write: false,
}).outputFiles[0]!.text;

const proxy = await FixtureProxy.start();
const browser = await launchBrowser('chromium', { proxyPort: proxy.port });
const matcher = referenceMatcher();
const tally = new Map<string, { mentions: number; pages: Set<string>; samples: Map<string, number> }>();
const count = (key: string, page: string, sample: string): void => {
  const row = tally.get(key) ?? { mentions: 0, pages: new Set(), samples: new Map() };
  row.mentions++;
  row.pages.add(page);
  row.samples.set(sample, (row.samples.get(sample) ?? 0) + 1);
  tally.set(key, row);
};

try {
  for (const fixture of CORPUS.filter((page) => page.lang === 'en')) {
    proxy.serve(fixture.url, { body: readFileSync(fixture.path), headers: { 'content-security-policy': "script-src 'none'" } });
    const page = await browser.newPage();
    await page.goto(fixture.url);
    const blocks = (await page.evaluateSource(`(() => { ${reader}; return __scope.readLabelledBlocks(); })()`)) as LabelledBlock[];
    const selected = matcher.select(
      blocks.map((block) => matcher.scan(block.text)),
      { density: 'all' },
    );
    selected.forEach((mentions, i) => {
      const block = blocks[i]!;
      for (const mention of mentions) {
        const inLink = block.links.some(([start, end]) => mention.start < end && mention.end > start);
        const sample = `${block.text.slice(mention.start, mention.end)} ← "${block.text.trim().slice(0, 70)}"`;
        count(block.region, fixture.file, sample);
        if (inLink) count(`link (${block.region})`, fixture.file, sample);
      }
    });
    await page.close();
    process.stderr.write(`scope: ${fixture.file}\n`);
  }
} finally {
  await browser.close();
  await proxy.close();
}

for (const [key, row] of [...tally].sort((a, b) => b[1].mentions - a[1].mentions)) {
  console.log(`\n## ${key}: ${row.mentions} mentions on ${row.pages.size} pages`);
  for (const [sample, n] of [...row.samples].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${n}× ${sample}`);
}
