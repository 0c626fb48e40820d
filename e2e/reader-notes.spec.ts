/**
 * Notes, in each browser: the reader writes a private note from the card of
 * a bundled entry; it is kept in storage.local (never synced), shown under
 * the summary the next time the card opens, edited and deleted from the card;
 * and an axe-core scan of the card with the editor open finds nothing.
 */
import { expect, test } from '@playwright/test';
import type { TestPage } from '../scripts/harness/browsers.ts';
import { DEMO_URL, serveDemo } from '../scripts/harness/demo-page.ts';
import { resetStorage, setSettings } from '../scripts/harness/extension-storage.ts';
import { hoverText, waitForCard } from '../scripts/harness/page-actions.ts';
import { waitForReport } from '../scripts/harness/page-report.ts';
import { axeViolations, clickInUi, countInUi, readStorage, textInUi } from './support/reader-card.ts';
import { inEachBrowser } from './support/suite.ts';

inEachBrowser('notes on entries', (suite) => {
  let extensionPage: TestPage;
  let page: TestPage;

  const openCard = async (name: string): Promise<void> => {
    await page.mouseMove(2, 2);
    await waitForCard(page, false);
    await hoverText(page, name);
    await waitForCard(page, true);
  };

  test.beforeAll(async () => {
    serveDemo(suite().proxy);
    extensionPage = await suite().browser.extensionPage('options.html');
    await resetStorage(extensionPage);
    await setSettings(extensionPage, { hoverDelay: 100 });
    page = await suite().browser.newPage();
    await page.goto(DEMO_URL);
    await waitForReport(extensionPage, DEMO_URL);
  });

  test('a note written in the card is kept in storage.local and shown under the summary', async () => {
    await openCard('Chatham House');
    expect(await countInUi(page, '.note')).toBe(0);
    await clickInUi(page, 'button.note-add');
    await expect.poll(() => page.evaluate(() => document.querySelector('backgrounder-ui')?.shadowRoot?.activeElement?.localName)).toBe('textarea');
    expect(await axeViolations(page, 'host')).toEqual([]);
    await page.type('Heard their director speak in Geneva.');
    await clickInUi(page, 'button.note-save');
    await expect.poll(() => textInUi(page, '.note-text')).toBe('Heard their director speak in Geneva.');
    expect((await readStorage(extensionPage, 'local'))['note:chatham-house']).toBe('Heard their director speak in Geneva.');
    expect(Object.keys(await readStorage(extensionPage, 'sync')).some((key) => key.startsWith('note'))).toBe(false);
    // The note sits right after the summary.
    expect(await page.evaluate(() => document.querySelector('backgrounder-ui')?.shadowRoot?.querySelector('.summary')?.nextElementSibling?.className)).toBe('note');

    await openCard('Chatham House');
    await expect.poll(() => textInUi(page, '.note-text')).toBe('Heard their director speak in Geneva.');
    expect(await axeViolations(page, 'host')).toEqual([]);
  });

  test('a note is edited and deleted from the card; keys typed there do not reach the page', async () => {
    await openCard('Chatham House');
    await expect.poll(() => countInUi(page, 'button.note-edit')).toBe(1);
    await page.evaluate(() => {
      (window as unknown as { pageKeys: number }).pageKeys = 0;
      document.addEventListener('keydown', () => (window as unknown as { pageKeys: number }).pageKeys++);
    });
    await clickInUi(page, 'button.note-edit');
    await expect.poll(() => page.evaluate(() => document.querySelector('backgrounder-ui')?.shadowRoot?.activeElement?.localName)).toBe('textarea');
    await page.type(' Again in 2026.');
    expect(await page.evaluate(() => (window as unknown as { pageKeys: number }).pageKeys)).toBe(0);
    await clickInUi(page, 'button.note-save');
    await expect.poll(() => textInUi(page, '.note-text')).toBe('Heard their director speak in Geneva. Again in 2026.');

    await clickInUi(page, 'button.note-edit');
    await clickInUi(page, 'button.note-delete');
    await expect.poll(() => countInUi(page, '.note')).toBe(0);
    expect((await readStorage(extensionPage, 'local'))['note:chatham-house']).toBeUndefined();
    expect(await countInUi(page, 'button.note-add')).toBe(1);
  });
});
