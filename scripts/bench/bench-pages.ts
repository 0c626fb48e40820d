/**
 * The benchmark's pages: every corpus page, served at its own URL (so the
 * shipped manifest applies unchanged) and at a second URL on a host the
 * extension does not run on (baseline, block texts, mark.js).
 *
 * What is served differs from the saved page only where the page could not
 * run here anyway, so that every millisecond on its main thread during
 * marking is ours and loads are quick enough for a 10-minute run:
 * - its scripts are made inert (type changed, src renamed) and blocked by the
 *   Content-Security-Policy; the probe is the only script that runs;
 * - its iframes do not load (src renamed): each loaded a refused page in a
 *   process of its own, seconds per page on this machine, none of it text
 *   the content script reads (it runs in the top frame only);
 * - nothing else is fetched (CSP default-src 'none'; the proxy refuses every
 *   other request anyway).
 * Text nodes, elements and layout of the article are the page's own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS } from '../harness/corpus.ts';
import { ROOT } from './config.ts';
import { PAGE_CSP, PROBE_SOURCE } from './page-probe.ts';
import type { FixtureProxy } from '../harness/fixture-proxy.ts';

export interface BenchPage {
  /** The corpus file name: the page's name in every table. */
  readonly page: string;
  readonly lang: string;
  /** Where Backgrounder runs on it. */
  readonly url: string;
  /** Set when the corpus URL's host is not in the manifest and a listed host stands in. */
  readonly standIn: boolean;
  /** The same page on a host the extension does not run on. */
  readonly plainUrl: string;
  readonly html: string;
}

/** The hosts the content script is declared for, as suffixes ("*://*.bbc.com/*" → "bbc.com"). */
function contentHosts(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ matches: string[] }> };
  return manifest.content_scripts.flatMap((script) => script.matches).map((pattern) => pattern.replace(/^\*:\/\/(\*\.)?/, '').replace(/\/.*$/, ''));
}

export function prepareHtml(html: string): string {
  const inert = html
    .replace(/<script\b([^>]*)>/gi, (_tag, attributes: string) => `<script type="text/x-bench-inert"${attributes.replace(/(\s)(type|src)\s*=/gi, '$1data-bench-$2=')}>`)
    .replace(/<iframe\b[^>]*>/gi, (tag) => tag.replace(/(\s)(src|srcdoc)\s*=/gi, '$1data-bench-$2='));
  const probe = `<script>${PROBE_SOURCE}</script>`;
  // First thing in <head> (or in the document when a page has no head tag): the probe must see the whole load.
  const withHead = inert.replace(/<head\b[^>]*>/i, (tag) => `${tag}${probe}`);
  return withHead !== inert ? withHead : inert.replace(/<html\b[^>]*>/i, (tag) => `${tag}${probe}`);
}

export function benchPages(only?: RegExp): BenchPage[] {
  const hosts = contentHosts();
  const covered = (host: string) => hosts.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
  return CORPUS.filter((page) => !only || only.test(page.file)).map((page) => {
    const standIn = !covered(new URL(page.url).hostname);
    return {
      page: page.file,
      lang: page.lang,
      url: standIn ? `https://www.reuters.com/backgrounder-bench/${page.file}` : page.url,
      standIn,
      plainUrl: `https://plain.backgrounder-bench.invalid/${page.file}`,
      html: prepareHtml(readFileSync(page.path, 'utf8')),
    };
  });
}

export function servePages(proxy: FixtureProxy, pages: readonly BenchPage[]): void {
  for (const page of pages) {
    const response = { body: page.html, headers: { 'content-security-policy': PAGE_CSP } };
    proxy.serve(page.url, response);
    proxy.serve(page.plainUrl, response);
  }
}
