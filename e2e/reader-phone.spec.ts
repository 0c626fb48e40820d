/**
 * Phone width with touch (Firefox for Android's viewport), in each browser:
 * the popup, the options page and the card (a bottom sheet) fit a 360 px
 * wide screen without sideways scrolling, and every control is a target of
 * at least 24 × 24 CSS pixels (WCAG 2.2, 2.5.8), reached by a tap.
 */
import { expect, test } from '@playwright/test';
import type { TestPage } from '../scripts/harness/browsers.ts';
import { DEMO_URL, serveDemo } from '../scripts/harness/demo-page.ts';
import { resetStorage, setSettings } from '../scripts/harness/extension-storage.ts';
import { cardState, scrollToText, waitForCard } from '../scripts/harness/page-actions.ts';
import { waitForReport } from '../scripts/harness/page-report.ts';
import { clickInUi } from './support/reader-card.ts';
import { inEachBrowser } from './support/suite.ts';

const PHONE = { width: 360, height: 740 };

interface Fit {
  /** Elements reaching past the right edge of the screen. */
  readonly overflow: string[];
  readonly small: string[];
}

/** Sideways overflow of a document (or of our host's shadow root), and the controls smaller than 24 × 24. */
function fit(page: TestPage, inHost: boolean): Promise<Fit> {
  return page.evaluate((host: boolean) => {
    const root: Document | ShadowRoot = host ? document.querySelector('backgrounder-ui')!.shadowRoot! : document;
    const controls = [...root.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary, [role="option"]')];
    const small = controls
      .filter((control) => control.getClientRects().length > 0 && !control.classList.contains('visually-hidden'))
      .map((control) => {
        // A control's labels tap it too: its target is the box around it and them.
        const boxes = [control, ...((control as HTMLInputElement).labels ?? [])].map((element) => element.getBoundingClientRect());
        const width = Math.max(...boxes.map((box) => box.right)) - Math.min(...boxes.map((box) => box.left));
        const height = Math.max(...boxes.map((box) => box.bottom)) - Math.min(...boxes.map((box) => box.top));
        return { name: `${control.localName}.${control.className || control.id}`, width, height };
      })
      .filter((target) => target.height < 24 || target.width < 24)
      .map((target) => `${target.name} ${Math.round(target.width)}×${Math.round(target.height)}`);
    const edge = document.documentElement.clientWidth;
    const overflow = [...root.querySelectorAll<HTMLElement>('*')]
      .filter((element) => element.getClientRects().length > 0 && element.getBoundingClientRect().right > edge + 0.5 && !element.classList.contains('visually-hidden'))
      .map((element) => `${element.localName}.${element.className || element.id} right=${Math.round(element.getBoundingClientRect().right)}`)
      .slice(0, 8);
    return { overflow, small };
  }, inHost);
}

inEachBrowser(
  'at phone width, with touch',
  (suite) => {
    let extensionPage: TestPage;

    test.beforeAll(async () => {
      serveDemo(suite().proxy);
      extensionPage = await suite().browser.extensionPage('options.html');
      await resetStorage(extensionPage);
      await setSettings(extensionPage, { muted: ['nato'], corrections: [{ entryId: 'hamas', alias: 'Hamas', site: 'bbc.com' }] });
    });

    test('the popup fits, every section open, and its controls are large enough to tap', async () => {
      const popup = await suite().browser.extensionPage('popup.html');
      await popup.waitFor(() => document.querySelector('#muted-section') !== null);
      await popup.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      const result = await fit(popup, false);
      expect(result.overflow).toEqual([]);
      expect(result.small).toEqual([]);
      await popup.close();
    });

    test('the options page fits, and its controls are large enough to tap', async () => {
      const options = await suite().browser.extensionPage('options.html');
      await options.waitFor(() => /\d+ entries found/.test(document.querySelector('#browser-count')?.textContent ?? ''));
      const result = await fit(options, false);
      expect(result.overflow).toEqual([]);
      expect(result.small).toEqual([]);
      await options.close();
    });

    test('the card is a bottom sheet that fits, opened by a tap, with controls large enough to tap', async () => {
      const page = await suite().browser.newPage();
      await page.goto(DEMO_URL);
      await waitForReport(extensionPage, DEMO_URL);
      const box = await scrollToText(page, 'Chatham House');
      await page.tap(box!.x + 8, box!.y + box!.height / 2);
      await waitForCard(page, true);
      const card = await cardState(page);
      expect(card.sheet).toBe(true);
      expect(card.box!.width).toBeLessThanOrEqual(PHONE.width);
      await clickInUi(page, 'button.wrong-link-open');
      const result = await fit(page, true);
      expect(result.small).toEqual([]);
      await page.close();
    });
  },
  { viewport: PHONE, hasTouch: true },
);
