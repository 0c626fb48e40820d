/**
 * A page that outlives its background, in each browser. The glossary lives in
 * the background (Chrome's service worker, Firefox's event page), which the
 * browser stops when it is idle: Chrome after 30 s, Firefox after
 * `extensions.background.idle.timeout`. A page marked before that keeps its
 * hover, card and keyboard panel from what it holds; text that arrives later
 * (a change followed by the mutation observer, a single-page-app navigation,
 * a new page) is sent to the background, which the message starts again.
 *
 * How the background is stopped: Chromium through the DevTools protocol
 * (Target.closeTarget on the service worker's target);
 * Firefox by itself, with its idle timeout made short
 * (./support/reloadable-browser.ts). That it stopped and started again is
 * checked by its identity (./support/reloadable-browser.ts); that it answered
 * is shown by the new marks, since the page holds no glossary.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { TestPage } from '../scripts/harness/browsers.ts';
import { DEMO_FILE, DEMO_URL } from '../scripts/harness/demo-page.ts';
import { resetStorage } from '../scripts/harness/extension-storage.ts';
import { FixtureProxy } from '../scripts/harness/fixture-proxy.ts';
import { cardState, focusedElement, highlightedTexts, hoverText, waitForCard } from '../scripts/harness/page-actions.ts';
import { waitForReport } from '../scripts/harness/page-report.ts';
import { launchReloadable, type ReloadableBrowser } from './support/reloadable-browser.ts';
import { BROWSERS } from './support/suite.ts';
import { togglePanelIn } from './support/panel-command.ts';

/** Firefox's idle timeout here: short, so that it stops its event page within a test. */
const IDLE_MS = 1_500;
const SPA_URL = 'https://www.reuters.com/backgrounder-fixture/spa-next';

async function closeCard(page: TestPage): Promise<void> {
  await page.mouseMove(5, 5, 2);
  await waitForCard(page, false);
}

async function expectCard(page: TestPage, text: string, entryId: string): Promise<void> {
  await page.bringToFront();
  await hoverText(page, text);
  await waitForCard(page, true);
  expect((await cardState(page)).entryId).toBe(entryId);
  await closeCard(page);
}

for (const name of BROWSERS) {
  test.describe(`a page that outlives its background [${name}]`, () => {
    test.describe.configure({ mode: 'serial' });
    let proxy: FixtureProxy | undefined;
    let browser: ReloadableBrowser | undefined;
    let extensionPage: TestPage;
    let page: TestPage;
    let identity: string;

    /** Stop the background, and after `then` check that it started again. */
    async function withBackgroundStopped(then: () => Promise<void>): Promise<void> {
      await browser!.stopBackground();
      await then();
      const now = await browser!.backgroundIdentity(extensionPage);
      expect(now, 'the background started again').not.toBe(identity);
      identity = now;
    }

    test.beforeAll(async () => {
      test.setTimeout(60_000);
      proxy = await FixtureProxy.start();
      proxy.serve(DEMO_URL, { body: readFileSync(DEMO_FILE) });
      browser = await launchReloadable(name, { proxyPort: proxy.port, backgroundIdleMs: IDLE_MS });
      extensionPage = await browser.extensionPage('popup.html');
      await resetStorage(extensionPage);
      page = await browser.newPage();
      await page.goto(DEMO_URL);
      await waitForReport(extensionPage, DEMO_URL);
      identity = await browser.backgroundIdentity(extensionPage);
    });

    test.afterAll(async () => {
      await browser?.close();
      await proxy?.close();
    });

    test('hover, card and keyboard panel keep working from what the page holds', async () => {
      const marked = await highlightedTexts(page);
      expect(marked).toContain('Chatham House');
      await browser!.stopBackground();
      expect(await highlightedTexts(page)).toEqual(marked);
      await expectCard(page, 'Chatham House', 'chatham-house');
      await togglePanelIn(extensionPage, DEMO_URL);
      await page.bringToFront();
      await expect.poll(() => focusedElement(page)).toBe('ui:listbox');
      await page.press('Escape');
      await expect.poll(() => focusedElement(page)).not.toBe('ui:listbox');
    });

    test('text added after it stopped is marked, and its card opens: the page\'s message starts the background again', async () => {
      await withBackgroundStopped(async () => {
        await page.evaluate(() => {
          const paragraph = document.createElement('p');
          paragraph.textContent = 'Hezbollah issued a statement.';
          document.querySelector('article')!.append(paragraph);
        });
        await expect.poll(() => highlightedTexts(page), { timeout: 15_000 }).toContain('Hezbollah');
        await expectCard(page, 'Hezbollah', 'hezbollah');
      });
    });

    test('a single-page-app navigation after it stopped is marked afresh', async () => {
      await withBackgroundStopped(async () => {
        await page.evaluate((url: string) => {
          history.pushState({}, '', url);
          document.querySelector('article')!.innerHTML = '<h1>Next</h1><p>The next story is about the Kremlin.</p>';
        }, SPA_URL);
        await expect.poll(() => highlightedTexts(page), { timeout: 15_000 }).toEqual(['Kremlin']);
        expect((await waitForReport(extensionPage, SPA_URL)).mentions.map((mention) => mention.text)).toEqual(['Kremlin']);
      });
    });

    test('a page opened while it is stopped is marked as one opened while it runs', async () => {
      await page.goto(DEMO_URL);
      const running = (await waitForReport(extensionPage, DEMO_URL)).mentions.map((mention) => mention.entryId);
      await withBackgroundStopped(async () => {
        await page.goto(DEMO_URL);
        await expect.poll(async () => (await waitForReport(extensionPage, DEMO_URL)).mentions.map((mention) => mention.entryId), { timeout: 15_000 }).toEqual(running);
      });
      // The demo page's own missing resources (favicon) are the proxy's 404s, not ours.
      expect(page.errors.filter((error) => !error.startsWith('Failed to load resource'))).toEqual([]);
    });
  });
}
