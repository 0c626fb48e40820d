/**
 * Possible matches, in each browser, on the built extension: "RSF" near both
 * "Sudan" and "press freedom" fits the Rapid Support Forces and Reporters
 * Without Borders equally, so nothing is marked by default. Switched on from
 * the popup, the name gets the possible mark; its chooser card lists both
 * (axe-core finds nothing there), the keyboard panel lists it too, and
 * choosing one marks the name as that entry at once. Undo from the popup
 * brings the possible mark back. The popup's "On this page" counts the
 * possible match apart from the names and lists its candidates; a choice
 * there, or in the chooser, can hold on every site, and is undone from the
 * options page or the popup. The options page's switch turns the marks off.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { TestPage } from '../scripts/harness/browsers.ts';
import { resetStorage, setSettings } from '../scripts/harness/extension-storage.ts';
import { hoverText, waitForCard } from '../scripts/harness/page-actions.ts';
import { waitForReport } from '../scripts/harness/page-report.ts';
import { axeViolations, clickInUi, readStorage, tabIdOf, textInUi } from './support/reader-card.ts';
import { inEachBrowser } from './support/suite.ts';
import { togglePanelIn } from './support/panel-command.ts';

const FIXTURE = readFileSync(path.resolve(import.meta.dirname, 'fixtures/reader/possible.html'));
const HERE = 'https://www.bbc.com/backgrounder-reader/possible.html';
const OTHER_SITE = 'https://www.reuters.com/backgrounder-reader/possible.html';
const SCREENSHOTS = path.resolve(import.meta.dirname, '../test-results/screenshots');

/** The texts under the possible-match highlight. */
const possibleTexts = (page: TestPage): Promise<string[]> =>
  page.evaluate(() => [...(CSS.highlights.get('backgrounder-possible') ?? [])].map((range) => (range as Range).toString()));

/** The data-entry of each candidate button of the open chooser. */
const chooserEntries = (page: TestPage): Promise<string[]> =>
  page.evaluate(() => [...(document.querySelector('backgrounder-ui')?.shadowRoot?.querySelectorAll<HTMLElement>('.card.possible button.choose') ?? [])].map((button) => button.dataset['entry'] ?? ''));

inEachBrowser('possible matches', (suite) => {
  let extensionPage: TestPage;
  let page: TestPage;

  let otherPage: TestPage;

  const rsfEntries = async (url = HERE): Promise<string[]> =>
    (await waitForReport(extensionPage, url)).mentions.filter((m) => m.text === 'RSF').map((m) => m.entryId);
  const hoverRsf = async (on = page): Promise<void> => {
    await on.bringToFront();
    await on.mouseMove(2, 2);
    await waitForCard(on, false);
    await hoverText(on, 'RSF');
    await waitForCard(on, true);
  };
  const popupOfPage = async (): Promise<TestPage> => suite().browser.extensionPage(`popup.html?tab=${await tabIdOf(extensionPage, HERE)}`);

  test.beforeAll(async () => {
    // Puppeteer (Firefox) does not create a screenshot's folder, and a run of this file alone starts without one.
    mkdirSync(SCREENSHOTS, { recursive: true });
    suite().proxy.serve(HERE, { body: FIXTURE });
    suite().proxy.serve(OTHER_SITE, { body: FIXTURE });
    extensionPage = await suite().browser.extensionPage('options.html');
    await resetStorage(extensionPage);
    await setSettings(extensionPage, { density: 'all', hoverDelay: 100 });
    page = await suite().browser.newPage();
    await page.goto(HERE);
    await waitForReport(extensionPage, HERE);
  });

  test('off by default; on from the popup, the chooser lists both and a choice marks the name; Undo in the popup restores', async () => {
    expect(await rsfEntries()).toEqual([]);
    expect(await possibleTexts(page)).toEqual([]);
    expect((await readStorage(extensionPage, 'sync'))['showPossibleMatches']).toBeUndefined();

    const popup = await popupOfPage();
    await popup.clickSelector('#display-section > summary');
    await popup.waitFor(() => document.querySelector<HTMLInputElement>('#possible-matches')?.checked === false);
    await popup.clickSelector('#possible-matches');
    await expect.poll(() => possibleTexts(page)).toEqual(['RSF']);
    expect((await readStorage(extensionPage, 'sync'))['showPossibleMatches']).toBe(true);
    expect(await axeViolations(popup, 'document')).toEqual([]);
    await popup.close();
    // Still no mention: a possible match is not a link.
    expect(await rsfEntries()).toEqual([]);

    await hoverRsf();
    expect(await textInUi(page, '.card.possible h2')).toBe('Possible matches for “RSF”');
    expect((await chooserEntries(page)).sort()).toEqual(['rapid-support-forces', 'reporters-without-borders']);
    await expect.poll(() => textInUi(page, '.card.possible button.choose[data-entry="reporters-without-borders"] .alt-line')).toBeTruthy();
    expect(await axeViolations(page, 'host')).toEqual([]);
    await page.screenshot(path.join(SCREENSHOTS, `possible-chooser-${suite().name}.png`));
    await clickInUi(page, '.card.possible button.choose[data-entry="reporters-without-borders"]');

    await expect.poll(rsfEntries).toEqual(['reporters-without-borders']);
    expect(await possibleTexts(page)).toEqual([]);
    expect((await readStorage(extensionPage, 'sync'))['corrections']).toEqual([
      { entryId: 'reporters-without-borders', alias: 'RSF', site: 'bbc.com', relinkTo: 'reporters-without-borders' },
    ]);
    await hoverRsf();
    expect(await page.evaluate(() => document.querySelector('backgrounder-ui')?.shadowRoot?.querySelector<HTMLElement>('.card')?.dataset['entry'])).toBe(
      'reporters-without-borders',
    );

    const undo = await popupOfPage();
    await undo.clickSelector('#corrections-section summary');
    await undo.waitFor(() => document.querySelectorAll('.correction-list li').length === 1);
    expect(await undo.evaluate(() => document.querySelector('.correction-list li .label')?.textContent)).toBe(
      '“RSF” links to Reporters Without Borders (RSF) on bbc.com (chosen among possible matches)',
    );
    await undo.clickSelector('.correction-list button.undo-correction');
    await undo.close();
    await expect.poll(() => possibleTexts(page)).toEqual(['RSF']);
    expect(await rsfEntries()).toEqual([]);
    expect((await readStorage(extensionPage, 'sync'))['corrections']).toEqual([]);
  });

  test('the popup counts the possible match apart and lists its candidates; a choice for every site holds on another site; Undo on the options page and in the popup', async () => {
    const popup = await popupOfPage();
    await popup.waitFor(() => document.querySelector('#possible-count')?.textContent === 'Possible matches: 1');
    const names = new Set((await waitForReport(extensionPage, HERE)).mentions.map((mention) => mention.entryId)).size;
    expect(await popup.evaluate(() => document.querySelector('#page-count')?.textContent)).toBe(names > 0 ? `Names marked: ${names}` : 'No names are marked on this page.');
    expect(await popup.evaluate(() => document.querySelector('.possible-list .show-possible .label')?.textContent)).toBe('RSF');
    const listed = await popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('.possible-list button.choose')].map((button) => button.dataset['entry'] ?? ''));
    expect(listed.sort()).toEqual(['rapid-support-forces', 'reporters-without-borders']);
    await popup.waitFor(() => document.querySelector('.possible-list button.choose[data-entry="reporters-without-borders"] .alt-line')?.textContent);
    expect(await axeViolations(popup, 'document')).toEqual([]);
    await popup.screenshot(path.join(SCREENSHOTS, `possible-popup-${suite().name}.png`));

    // From the keyboard: the arrow key moves the scope to every site, Tab goes on to the name's row, then its candidates.
    await popup.bringToFront();
    await popup.evaluate(() => document.querySelector<HTMLElement>('#possible-scope-site')?.focus());
    await popup.press('ArrowDown');
    expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('#possible-scope-everywhere')?.checked)).toBe(true);
    await popup.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('show-possible'))).toBe(true);
    let focused = '';
    for (let i = 0; i < 3 && focused !== 'reporters-without-borders'; i++) {
      await popup.press('Tab');
      focused = await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['entry'] ?? '');
    }
    expect(focused).toBe('reporters-without-borders');
    await popup.press('Enter');
    await expect.poll(rsfEntries).toEqual(['reporters-without-borders']);
    const everywhere = { entryId: 'reporters-without-borders', alias: 'RSF', site: '*', relinkTo: 'reporters-without-borders' };
    expect((await readStorage(extensionPage, 'sync'))['corrections']).toEqual([everywhere]);
    // The chosen row leaves the list; the focus waits on the notice's Undo rather than falling to the page's start.
    await popup.waitFor(() => document.querySelector('.possible-list') === null && document.activeElement?.classList.contains('undo'));
    expect(await popup.evaluate(() => document.querySelector('.notice span')?.textContent)).toBe(
      '“RSF” links to Reporters Without Borders (RSF) on every site (chosen among possible matches)',
    );
    await popup.close();

    otherPage = await suite().browser.newPage();
    await otherPage.goto(OTHER_SITE);
    await expect.poll(() => rsfEntries(OTHER_SITE)).toEqual(['reporters-without-borders']);
    expect(await possibleTexts(otherPage)).toEqual([]);

    const options = await suite().browser.extensionPage('options.html');
    await options.waitFor(() => document.querySelectorAll('#corrections .correction-list li').length === 1);
    expect(await options.evaluate(() => document.querySelector('#corrections .correction-list li')?.getAttribute('data-site'))).toBe('*');
    await options.clickSelector('#corrections button.undo-correction');
    await options.close();
    await expect.poll(() => possibleTexts(otherPage)).toEqual(['RSF']);
    await expect.poll(() => possibleTexts(page)).toEqual(['RSF']);
    expect(await rsfEntries(OTHER_SITE)).toEqual([]);

    // The chooser card asks the same: this time, on the other site, for every site, from the card.
    await hoverRsf(otherPage);
    await clickInUi(otherPage, '#backgrounder-possible-scope-everywhere');
    await clickInUi(otherPage, '.card.possible button.choose[data-entry="rapid-support-forces"]');
    await expect.poll(() => rsfEntries(OTHER_SITE)).toEqual(['rapid-support-forces']);
    await expect.poll(() => rsfEntries(HERE)).toEqual(['rapid-support-forces']);
    expect((await readStorage(extensionPage, 'sync'))['corrections']).toEqual([{ ...everywhere, entryId: 'rapid-support-forces', relinkTo: 'rapid-support-forces' }]);

    const undo = await popupOfPage();
    await undo.clickSelector('#corrections-section summary');
    await undo.waitFor(() => document.querySelectorAll('.correction-list li').length === 1);
    await undo.clickSelector('.correction-list button.undo-correction');
    await undo.close();
    await expect.poll(() => possibleTexts(page)).toEqual(['RSF']);
    await expect.poll(() => possibleTexts(otherPage)).toEqual(['RSF']);
    expect((await readStorage(extensionPage, 'sync'))['corrections']).toEqual([]);
    await otherPage.close();
  });

  test('the keyboard panel lists the possible match and opens its chooser; the options switch turns the marks off', async () => {
    await page.bringToFront();
    await page.mouseMove(2, 2);
    await waitForCard(page, false);
    await togglePanelIn(extensionPage, HERE);
    await page.bringToFront();
    await expect.poll(() => textInUi(page, '.panel li[data-entry^="possible:"] .label')).toBe('RSF');
    expect(await textInUi(page, '.panel li[data-entry^="possible:"] .meta')).toBe('possible match');
    await clickInUi(page, '.panel li[data-entry^="possible:"]');
    await waitForCard(page, true);
    expect((await chooserEntries(page)).sort()).toEqual(['rapid-support-forces', 'reporters-without-borders']);
    await page.press('Escape');
    await waitForCard(page, false);

    const options = await suite().browser.extensionPage('options.html');
    await options.waitFor(() => document.querySelector<HTMLInputElement>('#possible-matches')?.checked === true);
    await options.clickSelector('#possible-matches');
    await expect.poll(() => possibleTexts(page)).toEqual([]);
    expect((await readStorage(extensionPage, 'sync'))['showPossibleMatches']).toBe(false);
    await options.close();
  });
});
