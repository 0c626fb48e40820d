/**
 * What the hostile-page suites share (e2e/hostile.spec.ts and
 * e2e/hostile-scale.spec.ts): the fixtures served at a news URL, and the
 * checks made on every page, each against the same page with Backgrounder off.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { bundleFixture } from './bundle-fixture.ts';
import type { TestPage } from '../../scripts/harness/browsers.ts';
import type { FixtureProxy } from '../../scripts/harness/fixture-proxy.ts';
import { resetStorage, setSettings } from '../../scripts/harness/extension-storage.ts';
import { cardState, highlightedTexts, hoverText, waitForCard } from '../../scripts/harness/page-actions.ts';
import { requestReport, waitForReport } from '../../scripts/harness/page-report.ts';
import type { Density } from '../../src/core/match/types.ts';
import type { PageReport } from '../../src/shared/messages.ts';
import { pageReaderExpression, referenceMentions } from '../../scripts/harness/core-reference.ts';
import { largeArticle, repeatedName } from './large-pages.ts';
import { snapshot, type PageSnapshot } from './page-invariants.ts';
import { focusAndSelection } from './page-state.ts';
import type { Suite } from './suite.ts';

const DIR = path.resolve(import.meta.dirname, '../fixtures/hostile');
export const HOSTILE_BASE = 'https://www.theguardian.com/backgrounder-fixture/hostile/';
const url = (file: string): string => HOSTILE_BASE + file;
const CSP = [
  "default-src 'none'",
  `script-src ${HOSTILE_BASE}probe.js ${HOSTILE_BASE}csp-page.js`,
  // Firefox loads the favicon under the page's CSP: allowed, so that the browser's own request reports nothing.
  'img-src https://www.theguardian.com/favicon.ico',
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');


export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Serve every hostile fixture, the two Preact apps built now, and the generated large pages. */
function serveHostileFixtures(proxy: FixtureProxy): void {
  for (const file of readdirSync(DIR).filter((name) => /\.(html|js)$/.test(name))) {
    proxy.serve(url(file), {
      body: readFileSync(path.join(DIR, file)),
      ...(file.endsWith('.js') && { contentType: 'text/javascript; charset=utf-8' }),
      ...(file === 'csp.html' && { headers: { 'content-security-policy': CSP } }),
    });
  }
  for (const app of ['preact-rerender', 'preact-hydrate']) proxy.serve(url(`${app}.js`), { body: bundleFixture(path.join(DIR, `${app}.tsx`)), contentType: 'text/javascript; charset=utf-8' });
  proxy.serve(url('large.html'), { body: largeArticle() });
  proxy.serve(url('repeated.html'), { body: repeatedName() });
  // A favicon, so that no 404 is logged, at a moment that differs from one load to the next.
  proxy.serve('https://www.theguardian.com/favicon.ico', { body: '', contentType: 'image/x-icon' });
}

/** Does the extension's report list exactly what the pure matcher finds in the text the extension read, and are those exactly the highlighted texts? */
async function marksMatchCore(page: TestPage, report: PageReport | undefined, density: Density = 'first'): Promise<string> {
  if (!report?.timing) return 'no report yet';
  const blocks = (await page.evaluateSource(pageReaderExpression())) as string[];
  const marked = report.mentions.map((mention) => `${mention.entryId}: ${mention.text}`);
  const expected = referenceMentions(blocks, density).map(([entryId, text]) => `${entryId}: ${text}`);
  if (JSON.stringify(marked) !== JSON.stringify(expected)) return `reported ${JSON.stringify(marked)}, the core finds ${JSON.stringify(expected)}`;
  const highlighted = (await highlightedTexts(page)).sort();
  const reported = report.mentions.map((mention) => mention.text).sort();
  return JSON.stringify(highlighted) === JSON.stringify(reported) ? '' : `highlighted ${highlighted.length} texts, reported ${reported.length}`;
}

/**
 * Set up a hostile suite in the running browser: the fixtures served, one of
 * the extension's pages to reach its storage, settings reset before each
 * test. Returns the suite's page actions and that extension page.
 */
export function setUpHostileSuite(suite: () => Suite) {
  let extensionPage: TestPage | undefined;
  const extension = (): TestPage => extensionPage!;
  test.beforeAll(async () => {
    serveHostileFixtures(suite().proxy);
    extensionPage = await suite().browser.extensionPage('popup.html');
  });
  test.beforeEach(async () => {
    await resetStorage(extension());
  });
  return { extension, ...hostileActions(suite, extension) };
}

/** The page actions of the hostile suites, for the running browser and one of the extension's pages. */
function hostileActions(suite: () => Suite, extension: () => TestPage) {
  /** Open a page with Backgrounder on and wait until it is marked. */
  const open = async (file: string, timeoutMs = 20_000): Promise<{ page: TestPage; report: PageReport }> => {
    const page = await suite().browser.newPage();
    await page.goto(url(file));
    const report = await waitForReport(extension(), url(file), timeoutMs);
    return { page, report };
  };

  /** The marks, polled until they are what the core finds (they may be catching up with the page). */
  const expectMarkedAsCoreReads = async (page: TestPage, file: string, density: Density = 'first'): Promise<void> => {
    await expect.poll(async () => marksMatchCore(page, await requestReport(extension(), url(file)), density), { timeout: 20_000 }).toBe('');
  };

  /** The same page with Backgrounder off, brought to the same state by `steps`. */
  const without = async (file: string, steps?: (page: TestPage) => Promise<void>, digest = false): Promise<PageSnapshot> => {
    await setSettings(extension(), { enabled: false });
    const page = await suite().browser.newPage();
    try {
      await page.goto(url(file));
      await expect.poll(() => requestReport(extension(), url(file)).then((report) => report?.active)).toBe(false);
      await steps?.(page);
      return await snapshot(page, { digest });
    } finally {
      await page.close();
      await setSettings(extension(), { enabled: true });
    }
  };

  /** Rest on a name until its card opens; focus and selection must not move. Returns the card. */
  const openCard = async (page: TestPage, name: string) => {
    const place = await focusAndSelection(page);
    await page.bringToFront();
    await hoverText(page, name);
    await waitForCard(page, true);
    const card = await cardState(page);
    expect(await focusAndSelection(page), 'focus and selection with the card open').toEqual(place);
    await page.mouseMove(5, 5, 2);
    await waitForCard(page, false);
    return card;
  };

  return { open, expectMarkedAsCoreReads, without, openCard };
}
