/**
 * Every corpus page (real news pages, see fixtures/corpus/README.md), served
 * at its own URL with its scripts blocked so the page is deterministic:
 * - the page's serialised DOM with Backgrounder equals the DOM without it,
 *   apart from the one host element;
 * - the mentions marked are exactly what the pure matcher finds in the text
 *   the extension read, and each highlight covers exactly that text.
 */
import { expect, test } from '@playwright/test';
import { resetStorage, setSettings } from '../scripts/harness/extension-storage.ts';
import { highlightedTexts } from '../scripts/harness/page-actions.ts';
import { requestReport, waitForReport } from '../scripts/harness/page-report.ts';
import type { TestPage } from '../scripts/harness/browsers.ts';
import { CORPUS, serveCorpus } from '../scripts/harness/corpus.ts';
import { pageReaderExpression, referenceMentions } from '../scripts/harness/core-reference.ts';
import { serialisedDom } from './support/dom.ts';
import { inEachBrowser } from './support/suite.ts';

/** Names each English page's article text must yield (a floor, not the whole list). */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'readability-wapo-2.html': ['israel', 'benjamin-netanyahu', 'palestinian-authority'],
  'aeb-aljazeera.com-7916ecca.html': ['afghanistan', 'taliban'],
  'readability-nytimes-1.html': ['sudan'],
  'readability-telegraph.html': ['zimbabwe', 'robert-mugabe'],
  'aeb-theguardian.com-5fa3154e.html': ['hong-kong'],
};

inEachBrowser('corpus pages', (suite) => {
  const withExtension = new Map<string, string>();
  let extensionPage: TestPage;

  test.beforeAll(async () => {
    serveCorpus(suite().proxy);
    extensionPage = await suite().browser.extensionPage('popup.html');
    await resetStorage(extensionPage);
  });

  for (const fixture of CORPUS) {
    test(`marks ${fixture.file} exactly as the core matcher reads it`, async () => {
      const page = await suite().browser.newPage();
      await page.goto(fixture.url);
      const report = await waitForReport(extensionPage, fixture.url);
      const blocks = (await page.evaluateSource(pageReaderExpression())) as string[];
      const marked = report.mentions.map((mention): [string, string] => [mention.entryId, mention.text]);
      expect(marked).toEqual(referenceMentions(blocks));
      expect((await highlightedTexts(page)).sort()).toEqual(report.mentions.map((mention) => mention.text).sort());
      for (const id of EXPECTED[fixture.file] ?? []) expect(marked.map(([entryId]) => entryId), `entry ${id}`).toContain(id);
      if (fixture.lang === 'en') expect(report.mentions.length, 'an English news page names something in the glossary').toBeGreaterThan(0);
      withExtension.set(fixture.file, await serialisedDom(page));
      await page.close();
    });
  }

  test("leaves every page's DOM as it was, apart from the one host element", async () => {
    test.setTimeout(180_000);
    await setSettings(extensionPage, { enabled: false });
    for (const fixture of CORPUS) {
      const page = await suite().browser.newPage();
      await page.goto(fixture.url);
      await expect.poll(() => requestReport(extensionPage, fixture.url).then((report) => report?.active)).toBe(false);
      const plain = await serialisedDom(page);
      expect(withExtension.get(fixture.file), fixture.file).toBe(plain);
      await page.close();
    }
    await setSettings(extensionPage, { enabled: true });
  });
});
