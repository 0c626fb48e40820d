/**
 * Privacy, proven. Every request a test browser makes goes through the
 * fixture proxy, which records it. A full session with Backgrounder (every
 * extension context at work: background, content scripts in pages and frames,
 * popup, options page, a card opened, settings changed) is compared with the
 * same visits in the same browser launched without the extension: the
 * extension run requests nothing that the plain run does not, so no extension
 * context made a request of its own. The browsers' own traffic (Chromium's
 * component updater, Firefox's remote settings) shows up in both.
 *
 * Static checks of the build back this up: no eval or Function constructor,
 * no fetch of anything but the extension's own files, no URL that could be
 * fetched, no remote script or style in extension pages, and a strict CSP for
 * extension pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { bundleFixture } from './support/bundle-fixture.ts';
import { distDir, type BrowserName, type TestPage } from '../scripts/harness/browsers.ts';
import { DEMO_FILE, DEMO_URL } from '../scripts/harness/demo-page.ts';
import { resetStorage } from '../scripts/harness/extension-storage.ts';
import { FixtureProxy, type ProxiedRequest } from '../scripts/harness/fixture-proxy.ts';
import { highlightCounts, hoverText, scrollToText, waitForCard } from '../scripts/harness/page-actions.ts';
import { waitForReport } from '../scripts/harness/page-report.ts';
import { launchPlainBrowser } from './support/plain-browser.ts';
import { inEachBrowser } from './support/suite.ts';
import { togglePanelIn } from './support/panel-command.ts';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');
const GUARDIAN = 'https://www.theguardian.com/backgrounder-fixture/';

/** The pages of the session, each with a name to hover there. */
const VISITS: ReadonlyArray<{ readonly url: string; readonly hover: string }> = [
  { url: DEMO_URL, hover: 'Chatham House' },
  { url: `${GUARDIAN}preact-app.html`, hover: 'Lin Jian' },
  { url: `${GUARDIAN}frames.html`, hover: 'Chatham House' },
];

function servePages(proxy: FixtureProxy): void {
  const app = bundleFixture(path.join(FIXTURES, 'dynamic/preact-app.tsx'));
  proxy.serve(DEMO_URL, { body: readFileSync(DEMO_FILE) });
  for (const file of ['preact-app.html', 'frames.html', 'frame-same.html', 'frame-tiny.html']) {
    proxy.serve(GUARDIAN + file, { body: readFileSync(path.join(FIXTURES, 'dynamic', file)) });
  }
  proxy.serve(`${GUARDIAN}preact-app.js`, { body: app, contentType: 'text/javascript; charset=utf-8' });
  proxy.serve('https://www.aljazeera.com/backgrounder-fixture/frame-cross.html', { body: readFileSync(path.join(FIXTURES, 'dynamic/frame-cross.html')) });
}

const PAGE_HOSTS = new Set(['www.reuters.com', 'www.theguardian.com', 'www.aljazeera.com']);
const isPageRequest = (request: ProxiedRequest): boolean => PAGE_HOSTS.has(new URL(request.url).hostname);

/**
 * A request as compared between the runs. On the pages' hosts, method and
 * whole URL: a mark or a card must not show up as a request there. Elsewhere
 * (the browser's own traffic), method and URL without its query: what the
 * browser's updater and remote settings ask in each poll varies with timing
 * (Firefox polls its remote settings' change list when it pleases).
 */
function requestKey(request: ProxiedRequest): string {
  const url = new URL(request.url);
  return `${request.method} ${isPageRequest(request) ? url.href : `${url.origin}${url.pathname}`}`;
}

const keys = (requests: readonly ProxiedRequest[], filter: (request: ProxiedRequest) => boolean): string[] =>
  [...new Set(requests.filter(filter).map(requestKey))].sort();

/** Visit the session's pages the same way with and without the extension: load, scroll through, rest on a name. */
async function visit(page: TestPage, url: string, hover: string, marked: (() => Promise<void>) | undefined): Promise<void> {
  await page.goto(url);
  await marked?.();
  await page.bringToFront();
  await hoverText(page, hover);
  if (marked) await waitForCard(page, true);
  else await new Promise((resolve) => setTimeout(resolve, 500));
  await page.mouseMove(5, 5, 2);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await scrollToText(page, hover);
}

inEachBrowser('privacy', (suite) => {
  test('a full session on several pages: no extension context makes a network request', async () => {
    test.setTimeout(150_000);
    const { proxy, browser, name } = suite();
    servePages(proxy);

    // With Backgrounder: the popup and the options page open, every page marked and a card opened on each,
    // the keyboard panel opened, the popup's switch turned off and on.
    const popup = await browser.extensionPage('popup.html');
    await resetStorage(popup);
    const options = await browser.extensionPage('options.html');
    for (const { url, hover } of VISITS) {
      const page = await browser.newPage();
      await visit(page, url, hover, async () => void (await waitForReport(popup, url)));
      await togglePanelIn(popup, url);
      if (url === DEMO_URL) {
        const switches = await browser.extensionPage('popup.html');
        await switches.clickSelector('#enabled');
        await expect.poll(() => highlightCounts(page)).toEqual({});
        await switches.clickSelector('#enabled');
        await expect.poll(async () => Object.keys(await highlightCounts(page)).length).toBeGreaterThan(0);
        await switches.close();
      }
      await page.close();
    }
    await options.close();
    await popup.close();

    // The same visits in the same browser without the extension. The browser with it stays up meanwhile, idle:
    // anything it sends late (a timer, a retry) is counted too.
    const plainProxy = await FixtureProxy.start();
    servePages(plainProxy);
    const plain = await launchPlainBrowser(name, { proxyPort: plainProxy.port });
    try {
      for (const { url, hover } of VISITS) {
        const page = await plain.newPage();
        await visit(page, url, hover, undefined);
        await page.close();
      }
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    } finally {
      await plain.close();
      await plainProxy.close();
    }
    const without = plainProxy.requests;
    const withExtension = proxy.requests;

    const all = () => true;
    test.info().annotations.push({ type: 'requests of the browser itself', description: keys(without, (request) => !isPageRequest(request)).join('\n') || 'none' });
    const extra = keys(withExtension, all).filter((key) => !keys(without, all).includes(key));
    expect(extra, 'requests made with the extension that the browser did not make without it').toEqual([]);
    expect(keys(withExtension, isPageRequest), 'the pages and their resources, and nothing else on their hosts').toEqual(keys(without, isPageRequest));
  });
});

test.describe('privacy of the build', () => {
  const builds = (['chromium', 'firefox'] as const satisfies readonly BrowserName[]).map((browser) => ({ browser, dir: distDir(browser) }));
  const files = (dir: string, extension: string): string[] =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith(extension))
      .map((file) => path.join(dir, file));

  test('no eval, no Function constructor and no string timers in the built scripts', () => {
    for (const { dir } of builds) {
      for (const file of files(dir, '.js')) {
        const source = readFileSync(file, 'utf8');
        const found = source.match(/\beval\s*\(|\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(|\b(?:setTimeout|setInterval)\s*\(\s*["'`]/g) ?? [];
        expect(found, path.relative(dir, file)).toEqual([]);
      }
    }
  });

  test('the built scripts fetch only the extension\'s own files and name no URL that could be fetched', () => {
    /** Absolute URLs that appear in the bundles as plain strings, never requested. */
    const NAMESPACES = ['http://www.w3.org/1998/Math/MathML', 'http://www.w3.org/1999/xhtml', 'http://www.w3.org/2000/svg'];
    /** The data credit on the options page (src/options/DataSources.tsx): links the reader may open, never requested. */
    const CREDIT_LINKS = [
      'https://www.geonames.org/',
      'https://creativecommons.org/licenses/by/4.0/',
      'https://github.com/spencermountain/compromise',
      'https://github.com/stopwords-iso/stopwords-iso',
      'https://opensource.org/license/mit',
      'https://github.com/hermitdave/FrequencyWords',
      'https://creativecommons.org/licenses/by-sa/4.0/',
      'https://github.com/wooorm/dictionaries',
      'https://www.gnu.org/licenses/lgpl-3.0.html',
    ];
    for (const { dir } of builds) {
      for (const file of files(dir, '.js')) {
        const source = readFileSync(file, 'utf8');
        const where = path.relative(dir, file);
        // Every fetch reads a file of the extension's own (runtime.getURL); nothing else talks to a network.
        const fetches = source.match(/\bfetch\s*\([^)]{0,60}/g) ?? [];
        for (const call of fetches) expect(call, where).toMatch(/^fetch\(\s*[\w$]+\.runtime\.getURL\(/);
        expect(source.match(/\b(?:XMLHttpRequest|sendBeacon|WebSocket|EventSource|importScripts|RTCPeerConnection)\b/g) ?? [], where).toEqual([]);
        const urls = (source.match(/\b(?:https?|wss?):\/\/[^\s"'`)\\]*/g) ?? []).filter((url) => !NAMESPACES.includes(url) && !(where === 'options.js' && CREDIT_LINKS.includes(url)));
        // "https://" alone is the settings validator's message ("must be a well-formed https:// URL").
        expect(urls.filter((url) => url !== 'https://'), where).toEqual([]);
      }
    }
  });

  test('extension pages load only their own scripts and styles', () => {
    for (const { dir } of builds) {
      for (const file of files(dir, '.html')) {
        const references = [...readFileSync(file, 'utf8').matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/g)].map((match) => match[1]!);
        for (const reference of references) expect(reference, path.relative(dir, file)).toMatch(/^[\w-]+\.(?:js|css)$/);
      }
      for (const file of files(dir, '.css')) {
        expect(readFileSync(file, 'utf8'), path.relative(dir, file)).not.toMatch(/@import|url\s*\(/);
      }
    }
  });

  test("the manifest's CSP for extension pages is strict, in the source and in both builds", () => {
    const manifests = [path.resolve(import.meta.dirname, '../manifest.json'), ...builds.map(({ dir }) => path.join(dir, 'manifest.json'))];
    for (const file of manifests) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { content_security_policy?: { extension_pages?: string; sandbox?: string } };
      const directives = new Map(
        (manifest.content_security_policy?.extension_pages ?? '')
          .split(';')
          .map((directive) => directive.trim().split(/\s+/))
          .filter((parts) => parts[0])
          .map(([name, ...values]) => [name!, values.join(' ')]),
      );
      expect(directives.get('script-src'), file).toBe("'self'");
      expect(directives.get('object-src'), file).toBe("'none'");
      expect([...directives.keys()].sort(), file).toEqual(['object-src', 'script-src']);
      expect(manifest.content_security_policy?.sandbox, file).toBeUndefined();
    }
  });
});
