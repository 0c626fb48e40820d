/**
 * Updates, reloads and the back/forward cache, in each browser, on a tab that
 * stays open throughout:
 * - a page restored from the back/forward cache is marked again, once;
 * - after the extension reloads, and after it updates to a new version, the
 *   old content script steps down and the new one marks the open page once:
 *   the same ranges as before, none twice, no second host, no errors from an
 *   orphaned script, and the reader's settings carried over.
 * Settings migrations between schema versions are unit-tested
 * (src/shared/settings-migrations.test.ts).
 *
 * The extension is a copy of dist/ that the test can update, in a browser
 * launched by ./support/reloadable-browser.ts (see there why Chromium needs its
 * own launch).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { TestPage } from '../scripts/harness/browsers.ts';
import { DEMO_FILE, DEMO_URL } from '../scripts/harness/demo-page.ts';
import { resetStorage, setSettings } from '../scripts/harness/extension-storage.ts';
import { FixtureProxy } from '../scripts/harness/fixture-proxy.ts';
import { cardState, highlightedTexts, hoverText, waitForCard } from '../scripts/harness/page-actions.ts';
import { waitForReport } from '../scripts/harness/page-report.ts';
import { hostCount } from './support/dom.ts';
import { duplicateKeys, markedRanges, newErrors } from './support/page-state.ts';
import { launchReloadable, reloadExtension, type ReloadableBrowser } from './support/reloadable-browser.ts';
import { BROWSERS } from './support/suite.ts';

const NEXT_URL = 'https://www.reuters.com/backgrounder-fixture/next-story';
const NEXT_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Next</title></head><body><article><p>The next story is about Moscow and the Kremlin.</p></article></body></html>';
/**
 * The fixture proxy answers `no-store` by default, which keeps a page out of
 * the back/forward cache in both browsers; these pages may be cached.
 */
const CACHEABLE = { 'cache-control': 'max-age=0' };

/**
 * Navigate from inside the page, as a link would, and go back the same way.
 * After a page came back from the back/forward cache, puppeteer's Firefox
 * (WebDriver BiDi) never reports the load of a later `goto`; the page's own
 * navigation is followed by polling instead.
 */
async function follow(page: TestPage, url: string): Promise<void> {
  await page.evaluate((to: string) => location.assign(to), url).catch(() => {}); // the page may go before the call answers
  await page.waitFor((to: string) => location.href === to && document.readyState === 'complete', url);
}

async function goBack(page: TestPage, to: string): Promise<void> {
  await page.evaluate(() => history.back()).catch(() => {});
  await page.waitFor((url: string) => location.href === url && document.readyState === 'complete', to);
}

/** The place of every mark, sorted: equal lists are the same marks on the same text. */
const markKeys = async (page: TestPage): Promise<string[]> => (await markedRanges(page)).map((range) => `${range.key} ${range.text}`).sort();

/** The marks are those of `expected` and none is registered twice; the one host appears only when a card opens. */
async function expectMarkedOnce(page: TestPage, expected: readonly string[]): Promise<void> {
  await expect.poll(() => markKeys(page), { timeout: 15_000 }).toEqual(expected);
  expect(duplicateKeys(await markedRanges(page))).toEqual([]);
  expect(await hostCount(page)).toBe(0);
  await page.bringToFront();
  await hoverText(page, 'Chatham House');
  await waitForCard(page, true);
  expect((await cardState(page)).entryId).toBe('chatham-house');
  expect(await hostCount(page)).toBe(1);
  await page.mouseMove(5, 5, 2);
  await waitForCard(page, false);
}

for (const name of BROWSERS) {
  test.describe(`updates and reloads [${name}]`, () => {
    test.describe.configure({ mode: 'serial' });
    let proxy: FixtureProxy | undefined;
    let browser: ReloadableBrowser | undefined;
    let extensionPage: TestPage;
    let page: TestPage;
    let marks: string[];

    test.beforeAll(async () => {
      test.setTimeout(60_000);
      proxy = await FixtureProxy.start();
      proxy.serve(DEMO_URL, { body: readFileSync(DEMO_FILE), headers: CACHEABLE });
      proxy.serve(NEXT_URL, { body: NEXT_PAGE, headers: CACHEABLE });
      browser = await launchReloadable(name, { proxyPort: proxy.port });
      extensionPage = await browser.extensionPage('popup.html');
      await resetStorage(extensionPage);
    });

    test.afterAll(async () => {
      await browser?.close();
      await proxy?.close();
    });

    test('a page restored from the back/forward cache is marked again, once', async () => {
      page = await browser!.newPage();
      await page.goto(DEMO_URL);
      await waitForReport(extensionPage, DEMO_URL);
      marks = await markKeys(page);
      expect(marks.length).toBeGreaterThan(10);
      await expectMarkedOnce(page, marks);
      await page.evaluate(() => addEventListener('pageshow', (event) => ((window as unknown as { restored: boolean }).restored = event.persisted)));

      await follow(page, NEXT_URL);
      await waitForReport(extensionPage, NEXT_URL);
      await goBack(page, DEMO_URL);
      const restored = await page.evaluate(() => ({
        restored: (window as unknown as { restored?: boolean }).restored,
        // Chromium says why a page was not restored; Firefox has no such report.
        reasons: JSON.stringify((performance.getEntriesByType('navigation')[0] as unknown as { notRestoredReasons?: unknown })?.notRestoredReasons ?? null),
      }));
      expect(restored.restored, `restored from the back/forward cache (not restored because: ${restored.reasons})`).toBe(true);
      await expectMarkedOnce(page, marks);
      expect((await waitForReport(extensionPage, DEMO_URL)).mentions).toHaveLength(marks.length);
    });

    test('a card whose text was on its way when the page went into the back/forward cache opens once the page is back', async () => {
      // Chromium never settles a runtime.sendMessage in flight when the page enters the cache: CardCache drops such requests.
      const stall = 4_000;
      const stalledAt = Date.now();
      await browser!.stallBackground(stall, extensionPage);
      // A name new to the page: its card text is asked for at once, and the background does not answer yet.
      await page.evaluate(() => {
        const paragraph = document.createElement('p');
        paragraph.id = 'added';
        paragraph.textContent = 'Hezbollah issued a statement.';
        document.querySelector('article')!.append(paragraph);
      });
      try {
        await expect.poll(() => highlightedTexts(page)).toContain('Hezbollah');
        await follow(page, NEXT_URL);
        await goBack(page, DEMO_URL);
        expect(await page.evaluate(() => (window as unknown as { restored?: boolean }).restored)).toBe(true);
        await expect.poll(() => highlightedTexts(page)).toContain('Hezbollah');
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, stalledAt + stall - Date.now())));
        await page.bringToFront();
        await hoverText(page, 'Hezbollah');
        await waitForCard(page, true);
        expect((await cardState(page)).entryId).toBe('hezbollah');
      } finally {
        // Leave the tab as the next test expects it, whatever happened above.
        await page.mouseMove(5, 5, 2);
        if (!(await page.evaluate((url: string) => location.href === url, DEMO_URL).catch(() => false))) await follow(page, DEMO_URL);
        await page.evaluate(() => document.getElementById('added')?.remove());
      }
    });

    test('after a reload, the old content script steps down and the new one marks the open page once', async () => {
      const errorsBefore = [...page.errors];
      extensionPage = await reloadExtension(browser!, extensionPage);
      await waitForReport(extensionPage, DEMO_URL);
      await expectMarkedOnce(page, marks);
      // Text added now is marked, once, and an orphaned script, had one survived, would fail loudly here.
      await page.evaluate(() => {
        const paragraph = document.createElement('p');
        paragraph.id = 'added';
        paragraph.textContent = 'Hezbollah issued a statement.';
        document.querySelector('article')!.append(paragraph);
      });
      await expect.poll(async () => (await highlightedTexts(page)).filter((text) => text === 'Hezbollah')).toEqual(['Hezbollah']);
      expect(duplicateKeys(await markedRanges(page))).toEqual([]);
      await page.evaluate(() => document.getElementById('added')!.remove());
      await expect.poll(() => markKeys(page)).toEqual(marks);
      expect(newErrors(page.errors, errorsBefore)).toEqual([]);
    });

    test('after an update to a new version, the same, with the reader\'s settings carried over', async () => {
      await setSettings(extensionPage, { density: 'all' });
      await expect.poll(async () => (await markKeys(page)).length).toBeGreaterThan(marks.length);
      const allMarks = await markKeys(page);
      const errorsBefore = [...page.errors];
      browser!.setManifestVersion('0.1.1');
      extensionPage = await reloadExtension(browser!, extensionPage);
      expect(await extensionPage.evaluate(() => {
        type Runtime = { runtime: { getManifest(): { version: string } } };
        const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
        return (scope.browser ?? scope.chrome)!.runtime.getManifest().version;
      })).toBe('0.1.1');
      await waitForReport(extensionPage, DEMO_URL);
      await expectMarkedOnce(page, allMarks);
      expect(newErrors(page.errors, errorsBefore)).toEqual([]);
      await page.close();
    });
  });
}
