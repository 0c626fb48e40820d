/**
 * The walking skeleton, end to end in each browser: the demo page is marked,
 * the page's DOM is unchanged, hovering a name opens its card, Esc closes it,
 * and the popup's switch turns everything off and on live.
 */
import { expect, test } from '@playwright/test';
import type { TestPage } from '../scripts/harness/browsers.ts';
import { DEMO_URL, serveDemo } from '../scripts/harness/demo-page.ts';
import { resetStorage, setSettings } from '../scripts/harness/extension-storage.ts';
import { highlightCounts, highlightedTexts, hoverText, waitForCard } from '../scripts/harness/page-actions.ts';
import { requestReport, waitForReport } from '../scripts/harness/page-report.ts';
import { hostCount, serialisedDom } from './support/dom.ts';
import { inEachBrowser } from './support/suite.ts';

/** Named entities of the seed article that must be marked on the demo page. */
const SEED_ENTRIES = [
  'fatah', 'hamas', 'china', 'chinese-foreign-ministry', 'lin-jian', 'beijing', 'moscow', 'palestinian-authority',
  'gaza-strip', 'west-bank', 'united-states', 'chatham-house', 'ahmed-aboudouh', 'x-twitter', 'two-state-solution',
  '2006-palestinian-legislative-election', 'israel-hamas-war', 'palestine',
];

inEachBrowser('walking skeleton', (suite) => {
  let page: TestPage;
  let extensionPage: TestPage;

  test.beforeAll(async () => {
    serveDemo(suite().proxy);
    extensionPage = await suite().browser.extensionPage('popup.html');
    await resetStorage(extensionPage);
  });

  test('marks the named entities of the seed article with highlights over the page text', async () => {
    page = await suite().browser.newPage();
    await page.goto(DEMO_URL);
    const report = await waitForReport(extensionPage, DEMO_URL);
    const found = new Set(report.mentions.map((mention) => mention.entryId));
    for (const id of SEED_ENTRIES) expect(found, `entry ${id}`).toContain(id);
    const chatham = report.mentions.find((mention) => mention.entryId === 'chatham-house');
    expect(chatham?.text).toBe('Chatham House');

    const counts = await highlightCounts(page);
    expect(Object.keys(counts).every((name) => name.startsWith('backgrounder-'))).toBe(true);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(report.mentions.length);
    // Every registered range covers exactly the page text the extension reported.
    expect((await highlightedTexts(page)).sort()).toEqual(report.mentions.map((mention) => mention.text).sort());
  });

  test('hovering a name opens its card, and Esc closes it', async () => {
    await page.bringToFront();
    await hoverText(page, 'Chatham House');
    await waitForCard(page, true);
    expect((await requestReport(extensionPage, DEMO_URL))?.openEntryId).toBe('chatham-house');
    expect(await hostCount(page)).toBe(1);
    await page.press('Escape');
    await waitForCard(page, false);
    expect((await requestReport(extensionPage, DEMO_URL))?.openEntryId).toBeUndefined();
  });

  test("leaves the page's DOM as it was, apart from the one host element", async () => {
    const withExtension = await serialisedDom(page);
    await setSettings(extensionPage, { enabled: false });
    const plain = await suite().browser.newPage();
    await plain.goto(DEMO_URL);
    await expect.poll(() => requestReport(extensionPage, DEMO_URL).then((report) => report?.active)).toBe(false);
    expect(await highlightCounts(plain)).toEqual({});
    expect(withExtension).toBe(await serialisedDom(plain));
    await plain.close();
  });

  test('the popup switch removes everything from open tabs and brings it back, without reloading', async () => {
    await setSettings(extensionPage, { enabled: true });
    await expect.poll(async () => Object.keys(await highlightCounts(page)).length).toBeGreaterThan(0);
    const popup = await suite().browser.extensionPage('popup.html');
    await popup.clickSelector('#enabled');
    await expect.poll(() => highlightCounts(page)).toEqual({});
    expect(await hostCount(page)).toBe(0);
    await popup.clickSelector('#enabled');
    await expect.poll(async () => Object.keys(await highlightCounts(page)).length).toBeGreaterThan(0);
    const report = await waitForReport(extensionPage, DEMO_URL);
    expect(report.mentions.map((mention) => mention.entryId)).toContain('chatham-house');
    await popup.close();
  });
});
