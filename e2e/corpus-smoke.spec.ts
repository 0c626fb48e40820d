/** Two real news pages from the corpus, served at their own URLs: names are marked in the article text. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { highlightedTexts } from '../scripts/harness/page-actions.ts';
import { waitForReport } from '../scripts/harness/page-report.ts';
import { corpusPage } from './support/corpus.ts';
import { inEachBrowser } from './support/suite.ts';

const PAGES = [
  { file: 'readability-wapo-2.html', expected: ['israel', 'benjamin-netanyahu', 'palestinian-authority'] },
  { file: 'aeb-aljazeera.com-7916ecca.html', expected: ['afghanistan', 'taliban'] },
];

inEachBrowser('real news pages', (suite) => {
  for (const { file, expected } of PAGES) {
    test(`marks ${file}`, async () => {
      const fixture = corpusPage(file);
      // The page's own scripts are blocked so the page is the same on every run.
      suite().proxy.serve(fixture.url, { body: readFileSync(fixture.path), headers: { 'content-security-policy': "script-src 'none'" } });
      const extensionPage = await suite().browser.extensionPage('popup.html');
      const page = await suite().browser.newPage();
      await page.goto(fixture.url);
      const report = await waitForReport(extensionPage, fixture.url);
      const ids = report.mentions.map((mention) => mention.entryId);
      for (const id of expected) expect(ids, `entry ${id}`).toContain(id);
      expect((await highlightedTexts(page)).sort()).toEqual(report.mentions.map((mention) => mention.text).sort());
      await page.close();
      await extensionPage.close();
    });
  }
});
