/**
 * "Wrong link?", in each browser, on the built extension: "RSF" on a page
 * about Sudan is linked to the Rapid Support Forces; the reader relinks it to
 * Reporters Without Borders from "Did you mean…" and the open tab re-marks
 * at once; the popup lists the correction and its Undo brings the first link
 * back; "stop linking on this site" and "everywhere" remove the mark from
 * every open tab they cover, and only those; axe-core finds nothing in the
 * "Wrong link?" view.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { TestPage } from '../scripts/harness/browsers.ts';
import { resetStorage, setSettings } from '../scripts/harness/extension-storage.ts';
import { cardState, highlightedTexts, hoverText, waitForCard } from '../scripts/harness/page-actions.ts';
import { waitForReport } from '../scripts/harness/page-report.ts';
import { axeViolations, clickInUi, countInUi, readStorage, tabIdOf } from './support/reader-card.ts';
import { inEachBrowser } from './support/suite.ts';

const FIXTURE = readFileSync(path.resolve(import.meta.dirname, 'fixtures/reader/rsf.html'));
const HERE = 'https://www.bbc.com/backgrounder-reader/rsf.html';
const SAME_SITE = 'https://www.bbc.com/backgrounder-reader/rsf-again.html';
const OTHER_SITE = 'https://www.reuters.com/backgrounder-reader/rsf.html';

inEachBrowser('correcting a wrong link', (suite) => {
  let extensionPage: TestPage;
  let page: TestPage;
  let sameSite: TestPage;
  let otherSite: TestPage;

  const rsfMarks = async (on: TestPage): Promise<number> => (await highlightedTexts(on)).filter((text) => text === 'RSF').length;
  const openCardOnRsf = async (): Promise<void> => {
    await page.bringToFront();
    await page.mouseMove(2, 2);
    await waitForCard(page, false);
    await hoverText(page, 'RSF');
    await waitForCard(page, true);
  };
  const open = async (url: string): Promise<TestPage> => {
    const opened = await suite().browser.newPage();
    await opened.goto(url);
    await waitForReport(extensionPage, url);
    return opened;
  };

  test.beforeAll(async () => {
    for (const url of [HERE, SAME_SITE, OTHER_SITE]) suite().proxy.serve(url, { body: FIXTURE });
    extensionPage = await suite().browser.extensionPage('options.html');
    await resetStorage(extensionPage);
    await setSettings(extensionPage, { density: 'all', hoverDelay: 100 });
    page = await open(HERE);
    sameSite = await open(SAME_SITE);
    otherSite = await open(OTHER_SITE);
  });

  test('"Did you mean…" relinks the name on this site at once; the popup undoes it', async () => {
    expect(await rsfMarks(page)).toBe(2);
    await openCardOnRsf();
    expect((await cardState(page)).entryId).toBe('rapid-support-forces');
    await clickInUi(page, 'button.wrong-link-open');
    await expect.poll(() => countInUi(page, 'button.relink[data-entry="reporters-without-borders"]')).toBe(1);
    expect(await axeViolations(page, 'host')).toEqual([]);
    await clickInUi(page, 'button.relink[data-entry="reporters-without-borders"]');

    // The open tabs of this site re-mark at once: same marks, the other entry.
    await expect.poll(async () => (await waitForReport(extensionPage, SAME_SITE)).mentions.filter((m) => m.text === 'RSF').map((m) => m.entryId)).toEqual([
      'reporters-without-borders',
      'reporters-without-borders',
    ]);
    expect((await waitForReport(extensionPage, OTHER_SITE)).mentions.filter((m) => m.text === 'RSF').map((m) => m.entryId)).toEqual(['rapid-support-forces', 'rapid-support-forces']);
    await openCardOnRsf();
    expect((await cardState(page)).entryId).toBe('reporters-without-borders');
    expect((await readStorage(extensionPage, 'sync'))['corrections']).toEqual([
      { entryId: 'rapid-support-forces', alias: 'RSF', site: 'bbc.com', relinkTo: 'reporters-without-borders' },
    ]);

    // Undo from the popup.
    const popup = await suite().browser.extensionPage(`popup.html?tab=${await tabIdOf(extensionPage, HERE)}`);
    await popup.clickSelector('#corrections-section summary');
    await popup.waitFor(() => document.querySelectorAll('.correction-list li').length === 1);
    expect(await popup.evaluate(() => document.querySelector('.correction-list li .label')?.textContent)).toBe(
      '“RSF” links to Reporters Without Borders (RSF), not Rapid Support Forces (RSF), on bbc.com',
    );
    expect(await axeViolations(popup, 'document')).toEqual([]);
    await popup.clickSelector('.correction-list button.undo-correction');
    await popup.close();
    await expect.poll(async () => (await waitForReport(extensionPage, HERE)).mentions.filter((m) => m.text === 'RSF').map((m) => m.entryId)).toEqual([
      'rapid-support-forces',
      'rapid-support-forces',
    ]);
    expect((await readStorage(extensionPage, 'sync'))['corrections']).toEqual([]);
  });

  test('"Stop linking on this site" unmarks the name in this site\'s tabs only; "everywhere" in every tab', async () => {
    await openCardOnRsf();
    await clickInUi(page, 'button.wrong-link-open');
    await clickInUi(page, 'button.unlink-site');
    await expect.poll(() => rsfMarks(page)).toBe(0);
    await expect.poll(() => rsfMarks(sameSite)).toBe(0);
    expect(await rsfMarks(otherSite)).toBe(2);

    await otherSite.bringToFront();
    await otherSite.mouseMove(2, 2);
    await hoverText(otherSite, 'RSF');
    await waitForCard(otherSite, true);
    await clickInUi(otherSite, 'button.wrong-link-open');
    await clickInUi(otherSite, 'button.unlink-everywhere');
    await expect.poll(() => rsfMarks(otherSite)).toBe(0);
    expect((await readStorage(extensionPage, 'sync'))['corrections']).toEqual([
      { entryId: 'rapid-support-forces', alias: 'RSF', site: 'bbc.com' },
      { entryId: 'rapid-support-forces', alias: 'RSF', site: '*' },
    ]);
    // Other names are still marked.
    expect(await highlightedTexts(otherSite)).toContain('Darfur');
  });
});
