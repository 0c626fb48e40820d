/**
 * `npm run annotate -- [--browser chromium|firefox] [--json | --out FILE] <file.html|http-url>...`
 *
 * Runs the built extension in a headless browser on each page and prints the
 * mentions it marked: entry id, label, the exact page text, and the
 * extension's own timing. A local file is served by the fixture proxy with
 * charset utf-8; an http(s) URL is fetched once by this script and served the
 * same way. Pages are served at a URL on a news host the manifest lists, so
 * the shipped extension runs unchanged; every other request is refused.
 *
 * The JSON form is a stable interface (the benchmark, the glossary coverage
 * report and outside checks read it):
 *   [{ "page": "...", "mentions": [{ "entryId", "label", "text" }...], "timing": {...} }]
 * `--out FILE` writes it to FILE: npm prints its own banner on stdout before
 * the script's output (unless run as `npm run --silent annotate`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, type BrowserName } from './harness/browsers.ts';
import { FixtureProxy } from './harness/fixture-proxy.ts';
import { waitForReport } from './harness/page-report.ts';
import type { PageReport } from '../src/shared/messages.ts';

/** Where each page is served: a host in the manifest's list, a path unique per input. */
const SERVE_BASE = 'https://www.reuters.com/backgrounder-annotate/';

export interface AnnotatedPage {
  readonly page: string;
  readonly mentions: ReadonlyArray<{ entryId: string; label: string; text: string }>;
  readonly timing: PageReport['timing'] | null;
  readonly error?: string;
}

function usage(message?: string): never {
  if (message) console.error(`annotate: ${message}`);
  console.error('usage: npm run annotate -- [--browser chromium|firefox] [--json | --out FILE] <file.html|http-url>...');
  process.exit(2);
}

async function readInput(input: string): Promise<Buffer> {
  if (/^https?:\/\//.test(input)) {
    const response = await fetch(input);
    if (!response.ok) throw new Error(`${input}: HTTP ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }
  return readFileSync(input);
}

export async function annotate(inputs: readonly string[], browserName: BrowserName): Promise<AnnotatedPage[]> {
  const proxy = await FixtureProxy.start();
  const browser = await launchBrowser(browserName, { proxyPort: proxy.port });
  const results: AnnotatedPage[] = [];
  try {
    const extensionPage = await browser.extensionPage('popup.html');
    for (const [index, input] of inputs.entries()) {
      const url = `${SERVE_BASE}${index + 1}/${encodeURIComponent(path.basename(input).replace(/[?#].*$/, '') || 'page')}`;
      try {
        proxy.serve(url, { body: await readInput(input) });
        const page = await browser.newPage();
        await page.goto(url);
        const report = await waitForReport(extensionPage, url);
        results.push({
          page: input,
          mentions: report.mentions.map(({ entryId, label, text }) => ({ entryId, label, text })),
          timing: report.timing ?? null,
        });
        await page.close();
      } catch (error) {
        results.push({ page: input, mentions: [], timing: null, error: (error as Error).message });
      }
      if (inputs.length > 1) process.stderr.write(`annotate: ${index + 1}/${inputs.length} ${input}\n`);
    }
  } finally {
    await browser.close();
    await proxy.close();
  }
  return results;
}

function printText(results: readonly AnnotatedPage[]): void {
  for (const result of results) {
    console.log(`\n${result.page}`);
    if (result.error) {
      console.log(`  error: ${result.error}`);
      continue;
    }
    const t = result.timing;
    if (t) console.log(`  ${result.mentions.length} mentions · ${t.totalMs.toFixed(1)} ms total (glossary ${t.glossaryMs.toFixed(1)}, scan ${t.scanMs.toFixed(1)}, highlight ${t.highlightMs.toFixed(1)}) · ${t.blocks} blocks, ${t.characters} characters`);
    for (const mention of result.mentions) console.log(`  ${mention.entryId.padEnd(36)} ${mention.label.padEnd(36)} "${mention.text}"`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  let browserName: BrowserName = 'chromium';
  let json = false;
  let out: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--out') {
      out = args[++i];
      if (!out || out.startsWith('--')) usage('--out takes a file name');
    } else if (arg === '--browser') {
      const value = args[++i];
      if (value !== 'chromium' && value !== 'firefox') usage(`--browser takes chromium or firefox, not ${value ?? 'nothing'}`);
      browserName = value;
    } else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else inputs.push(arg);
  }
  if (inputs.length === 0) usage('give at least one page');
  const results = await annotate(inputs, browserName);
  const report = JSON.stringify(results, null, 2);
  if (out) {
    writeFileSync(out, `${report}\n`);
    console.error(`annotate: wrote ${results.length} page(s) to ${out}`);
  }
  if (json) console.log(report);
  else if (!out) printText(results);
  process.exit(results.some((result) => result.error) ? 1 : 0);
}
