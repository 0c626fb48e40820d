/**
 * Scan scope on every corpus page (real news pages, see
 * fixtures/corpus/README.md): every mark sits in the article's headline,
 * standfirst, body or captions, as listed by hand for each page in
 * support/article-regions.ts. A mark in navigation, a page header or footer,
 * a teaser or link list, a "related" box or comments fails, and so does a
 * listed selector that matches nothing on its page (the list must describe
 * the page, not guess at it).
 */
import { expect, test } from '@playwright/test';
import { resetStorage } from '../scripts/harness/extension-storage.ts';
import { waitForReport } from '../scripts/harness/page-report.ts';
import type { TestPage } from '../scripts/harness/browsers.ts';
import { ARTICLE_REGIONS } from '../scripts/harness/article-regions.ts';
import { CORPUS, serveCorpus } from '../scripts/harness/corpus.ts';
import { inEachBrowser } from './support/suite.ts';

interface Placement {
  /** Marks outside every allowed region: their text and where they sit. */
  readonly outside: string[];
  /** Allowed selectors that match nothing on the page. */
  readonly unmatched: string[];
  readonly marks: number;
}

/** In the page: where each of Backgrounder's highlights sits, against the allowed selectors. */
function placeMarks(allowed: readonly string[]): Placement {
  const where = (node: Node): string => {
    const parts: string[] = [];
    for (let element = node.parentElement; element && parts.length < 4; element = element.parentElement) {
      const className = element.getAttribute('class')?.trim().split(/\s+/)[0];
      parts.unshift(element.localName + (element.id ? `#${element.id}` : '') + (className ? `.${className}` : ''));
    }
    return parts.join(' > ');
  };
  const selector = allowed.join(', ');
  const outside: string[] = [];
  let marks = 0;
  CSS.highlights.forEach((highlight, name) => {
    if (!String(name).startsWith('backgrounder') || name === 'backgrounder-active') return;
    highlight.forEach((value) => {
      const range = value as Range;
      marks++;
      const inside = (node: Node): boolean => selector !== '' && !!node.parentElement?.closest(selector);
      if (!inside(range.startContainer) || !inside(range.endContainer)) outside.push(`"${range.toString()}" in ${where(range.startContainer)}`);
    });
  });
  const unmatched = allowed.filter((one) => !document.querySelector(one));
  return { outside, unmatched, marks };
}

inEachBrowser('scan scope: marks stay in the article', (suite) => {
  let extensionPage: TestPage;

  test.beforeAll(async () => {
    serveCorpus(suite().proxy);
    extensionPage = await suite().browser.extensionPage('popup.html');
    await resetStorage(extensionPage);
  });

  test('every corpus page has its regions listed', () => {
    expect(CORPUS.map((page) => page.file).filter((file) => !ARTICLE_REGIONS[file])).toEqual([]);
  });

  for (const fixture of CORPUS) {
    test(`marks on ${fixture.file} are all in its article`, async () => {
      // A page not listed allows no mark (and fails the test above).
      const regions = ARTICLE_REGIONS[fixture.file] ?? { allowed: [] };
      const page = await suite().browser.newPage();
      await page.goto(fixture.url);
      const report = await waitForReport(extensionPage, fixture.url);
      await expect.poll(async () => (await page.evaluate(placeMarks, regions.allowed)).marks).toBe(report.mentions.length);
      const placement = await page.evaluate(placeMarks, regions.allowed);
      expect(placement.unmatched, 'allowed selectors that match nothing on the page').toEqual([]);
      expect(placement.outside, 'marks outside the article').toEqual([]);
      await page.close();
    });
  }
});
