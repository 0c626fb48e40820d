/**
 * `npm run bench`: Backgrounder's benchmark, in one run, on this machine.
 *
 * In real headless Chromium with the built extension and every outside
 * request refused, on every corpus page (e2e/fixtures/corpus): the floor (a
 * TreeWalker pass over every text node), Backgrounder's own timing with the
 * bundled glossary and with 10,000 and 100,000 synthetic names, its marking
 * task, heap, mark.js with the same terms, the hover path; then, in Node, our
 * matcher against modern-ahocorasick, and the bundle sizes. Writes
 * bench/results/latest.{json,md} and per-page.svg, prints the tables.
 *
 *   npm run bench [-- --pages REGEX]     (a subset of pages, for trying changes)
 *
 * The modules in scripts/bench/ each do one of these jobs; config.ts holds
 * every count and limit.
 */
import os from 'node:os';
import path from 'node:path';
import { compileGlossary } from '../src/core/glossary/compile.ts';
import { FixtureProxy } from './harness/fixture-proxy.ts';
import { benchPages, servePages } from './bench/bench-pages.ts';
import { chromiumVersion, launchBench, type BenchBrowser } from './bench/browser-set.ts';
import { browserPhase } from './bench/browser-phase.ts';
import { buildKey, isBuildCurrent, stampBuild } from './bench/build-cache.ts';
import { chromeDir, runBuild } from './bench/builds.ts';
import { bundleSizes } from './bench/bundle-sizes.ts';
import { COMPILED_GLOSSARY_FILE } from '../src/shared/packaged-files.ts';
import { CONFIG, ROOT, WORK_DIR } from './bench/config.ts';
import { summarise } from './bench/headline.ts';
import { elapsedMs, fail, progress } from './bench/log.ts';
import { machineInfo } from './bench/machine.ts';
import { allTerms, termSubset } from './bench/markjs.ts';
import { compareOnPage, prepareGlossary } from './bench/node-matcher.ts';
import { writeResults, type PreparedGlossaryInfo } from './bench/results.ts';
import { pageFigures } from './bench/summary.ts';
import { bundledEntries, syntheticEntries, writeGlossaryDir } from './bench/synthetic-glossary.ts';
import { VARIANTS, type NodeMatcherRow, type Variant } from './bench/types.ts';
import type { Entry } from '../src/core/glossary/schema.ts';

const loadAtStart = os.loadavg()[0] ?? 0;
const onlyIndex = process.argv.indexOf('--pages');
const only = onlyIndex > 0 && process.argv[onlyIndex + 1] ? new RegExp(process.argv[onlyIndex + 1]!) : undefined;

// 1. Builds: dist/ as shipped, and one per synthetic glossary (in parallel: they are independent).
progress('building dist/ and the synthetic-glossary builds');
const bundled = bundledEntries();
const largest = Math.max(...CONFIG.syntheticSizes);
const synthetic = syntheticEntries(bundled, largest);
const entriesOf: Record<Variant, readonly Entry[]> = {
  bundled,
  'names-10k': [...bundled, ...synthetic.slice(0, CONFIG.syntheticSizes[0])],
  'names-100k': [...bundled, ...synthetic.slice(0, CONFIG.syntheticSizes[1])],
};
const outDir = (variant: Variant) => path.join(WORK_DIR, `build-${variant}`);
try {
  await Promise.all([
    runBuild([]),
    ...VARIANTS.filter((variant) => variant !== 'bundled').map(async (variant) => {
      const glossaryDir = path.join(WORK_DIR, `glossary-${variant}`);
      writeGlossaryDir(glossaryDir, entriesOf[variant].slice(bundled.length));
      const key = buildKey(glossaryDir);
      if (isBuildCurrent(outDir(variant), key)) return progress(`${variant}: the build of an earlier run is current, reused`);
      await runBuild(['--glossary', glossaryDir, '--out', outDir(variant)]);
      stampBuild(outDir(variant), key);
    }),
  ]);
} catch (error) {
  fail(`a build failed: ${(error as Error).message}`, 'Fix the build first: `npm run build` must pass (and `npm run glossary:check`).');
}
progress(`built (synthetic glossaries in ${WORK_DIR})`);

// 2. Browsers: one per build, behind one proxy serving every page.
const pages = benchPages(only);
if (pages.length === 0) fail(`no corpus page matches ${only}`, 'Check the --pages pattern against the file names in e2e/fixtures/corpus/.');
const proxy = await FixtureProxy.start();
servePages(proxy, pages);
const launched = await Promise.allSettled(
  VARIANTS.map((variant) => launchBench(proxy, variant, variant === 'bundled' ? undefined : chromeDir(outDir(variant)), CONFIG.hoverDelayMs)),
);
const browsers: BenchBrowser[] = launched.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
const notLaunched = launched.find((result) => result.status === 'rejected');
if (notLaunched) {
  for (const bench of browsers) await bench.browser.close();
  await proxy.close();
  const error = notLaunched.reason as Error;
  fail(`Chromium with the extension did not start: ${error.message}`, 'Check that Chromium is installed (Debian: apt-get install -y chromium) or set CHROMIUM_PATH; `npm test` uses the same browsers.');
}
const browserVersion = await chromiumVersion(browsers[0]!);
progress(`${browserVersion}: ${pages.length} pages, ${CONFIG.bundledRuns} runs bundled, ${CONFIG.syntheticRuns} per synthetic glossary, each after a warm-up`);

// 3. The pages, in the browsers.
const terms = allTerms(bundled);
const browserResults = await browserPhase(browsers, pages, termSubset(terms, CONFIG.markTerms), terms.length).finally(async () => {
  for (const bench of browsers) await bench.browser.close();
  await proxy.close();
});

// 4. Our matcher against modern-ahocorasick, in Node, on the block texts read from the pages. Each page is
// timed with every glossary in turn, side by side, as the browser loads are: timed one glossary after another,
// a busy minute on the machine fell on one glossary only (docs/page-work.md, sixth pass: the 100,000-name pass
// once took 2× the bundled one for the library's search as much as for ours).
progress('Node: our matcher against modern-ahocorasick');
const node: NodeMatcherRow[] = [];
const glossaries: PreparedGlossaryInfo[] = [];
const preparedOf = VARIANTS.map((variant) => {
  const prepared = prepareGlossary(variant, compileGlossary('Backgrounder', entriesOf[variant]));
  glossaries.push({ variant, entries: entriesOf[variant].length, patterns: prepared.patterns, libraryBuildMs: prepared.libraryBuildMs });
  return prepared;
});
for (const [page, blocks] of browserResults.blockTexts) for (const prepared of preparedOf) node.push(compareOnPage(page, blocks, prepared));

// 5. Sizes, summary, outputs.
const sizes = [
  ...bundleSizes('dist', path.join(ROOT, 'dist/chrome')),
  ...VARIANTS.filter((variant) => variant !== 'bundled').flatMap((variant) => bundleSizes(variant, chromeDir(outDir(variant))).filter((size) => size.file === 'content.js' || size.file === COMPILED_GLOSSARY_FILE)),
];
const figures = pageFigures(browserResults.loads, browserResults.plains);
const summary = summarise(figures, browserResults.plains, browserResults.marks, browserResults.hovers, node, sizes, browserResults.backgrounds);
const files = writeResults({
  machine: machineInfo(browserVersion, loadAtStart),
  durationMs: elapsedMs(),
  summary,
  figures,
  marks: browserResults.marks,
  hovers: browserResults.hovers,
  node,
  glossaries,
  sizes,
  standIns: pages.filter((page) => page.standIn).map((page) => page.page),
  notes: browserResults.notes,
  failures: browserResults.failures,
  loads: browserResults.loads,
  plains: browserResults.plains,
  backgrounds: browserResults.backgrounds,
});

console.log(`\nGoals (${pages.length} pages):`);
for (const goal of summary.goals) console.log(`  ${goal.met ? 'met   ' : 'MISSED'} ${goal.goal}: ${goal.measured.toFixed(2)} (target ${goal.target})${goal.missedBy ? `, ${goal.missedBy.toFixed(1)}× the target` : ''}`);
console.log('\nMedian page / worst page:');
for (const h of summary.headlines) console.log(`  ${h.label.padEnd(84)} ${h.value.median.toFixed(2).padStart(9)} ${h.value.worst.toFixed(2).padStart(9)} ${h.unit}`);
if (browserResults.failures.length > 0) {
  console.log(`\n${browserResults.failures.length} load(s) failed (listed in latest.md); the figures leave them out.`);
}
progress(`done in ${(elapsedMs() / 60_000).toFixed(1)} min; wrote ${files.map((file) => path.relative(ROOT, file)).join(', ')}`);
