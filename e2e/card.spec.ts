/**
 * The backgrounder card, in each browser: hover intent, Esc, the keyboard
 * panel, placement at every edge and across a line break, the top layer above
 * a modal dialog and a maximal z-index, light and dark, strict CSP and hostile
 * page CSS, and an axe-core scan of the card and the panel.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { TestPage } from '../scripts/harness/browsers.ts';
import { resetStorage, setSettings } from '../scripts/harness/extension-storage.ts';
import { cardState, focusedElement, hoverText, scrollToText, waitForCard } from '../scripts/harness/page-actions.ts';
import { waitForReport } from '../scripts/harness/page-report.ts';
import { inEachBrowser } from './support/suite.ts';
import { togglePanelIn } from './support/panel-command.ts';

const DIR = path.resolve(import.meta.dirname, 'fixtures/card');
const BASE = 'https://www.bbc.com/backgrounder-fixture/';
const SCREENSHOTS = path.resolve(import.meta.dirname, '../test-results/screenshots');
const AXE = readFileSync(path.resolve(import.meta.dirname, '../node_modules/axe-core/axe.min.js'), 'utf8');

/** Axe violations inside our host (card and panel). */
async function axeViolations(page: TestPage): Promise<string[]> {
  await page.evaluateSource(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: Array<{ id: string; help: string }> }> } }).axe;
    const result = await axe.run({ include: [['backgrounder-ui']] });
    return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
  });
}

const inside = (box: { x: number; y: number; width: number; height: number }, viewport: { width: number; height: number }): boolean =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width + 0.5 && box.y + box.height <= viewport.height + 0.5;

inEachBrowser('the card', (suite) => {
  let extensionPage: TestPage;
  const open = async (file: string): Promise<TestPage> => {
    const page = await suite().browser.newPage();
    await page.goto(BASE + file);
    await waitForReport(extensionPage, BASE + file);
    return page;
  };

  test.beforeAll(async () => {
    const { proxy, browser } = suite();
    for (const file of ['edges.html', 'dialog.html', 'dark.html', 'hostile-css.html', 'narrow.html']) proxy.serve(BASE + file, { body: readFileSync(path.join(DIR, file)) });
    proxy.serve(`${BASE}csp.html`, {
      body: readFileSync(path.join(DIR, 'csp.html')),
      headers: { 'content-security-policy': "default-src 'none'; require-trusted-types-for 'script'" },
    });
    extensionPage = await browser.extensionPage('popup.html');
    await resetStorage(extensionPage);
    await setSettings(extensionPage, { density: 'all', hoverDelay: 150 });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  test('hover opens the right card; the pointer can travel onto it; leaving closes it; Esc closes it', async () => {
    const page = await open('dark.html');
    const box = await hoverText(page, 'Chatham House');
    await waitForCard(page, true);
    let card = await cardState(page);
    expect(card.entryId).toBe('chatham-house');
    expect(card.title).toBe('Chatham House');
    // Travel from the name onto the card, then rest there: the card stays.
    const target = card.box!;
    await page.mouseMove(target.x + target.width / 2, target.y + 20, 8);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect((await cardState(page)).open).toBe(true);
    // Leave both: it closes after a short grace.
    await page.mouseMove(5, 5, 4);
    await waitForCard(page, false);
    // Back on the name, then Esc.
    await page.mouseMove(box.x + 5, box.y + box.height / 2, 2);
    await waitForCard(page, true);
    await page.press('Escape');
    await waitForCard(page, false);
    card = await cardState(page);
    expect(card.open).toBe(false);
    await page.close();
  });

  test('a dark page gets a dark card, a light page a light one (screenshots saved)', async () => {
    const dark = await open('dark.html');
    await hoverText(dark, 'Chatham House');
    await waitForCard(dark, true);
    expect((await cardState(dark)).dark).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await dark.screenshot(path.join(SCREENSHOTS, `card-dark-${suite().name}.png`));
    await dark.close();
    const light = await open('csp.html');
    await hoverText(light, 'Chatham House');
    await waitForCard(light, true);
    expect((await cardState(light)).dark).toBe(false);
    await light.close();
  });

  test('the card stays inside the viewport for names at every edge and for a name wrapping two lines', async () => {
    const page = await open('edges.html');
    for (const name of ['Hamas', 'Fatah', 'Chatham House', 'Beijing', 'Chinese Foreign Ministry']) {
      await page.mouseMove(640, 450, 1);
      await waitForCard(page, false);
      await hoverText(page, name);
      await waitForCard(page, true);
      await expect.poll(async () => {
        const card = await cardState(page);
        return card.box !== undefined && inside(card.box, card.viewport);
      }, { message: name }).toBe(true);
    }
    await page.close();
  });

  test('the card sits above an open modal dialog and above a z-index 2147483647 overlay', async () => {
    const page = await open('dialog.html');
    await hoverText(page, 'Chatham House');
    await waitForCard(page, true);
    const card = await cardState(page);
    expect(card.entryId).toBe('chatham-house');
    expect(card.onTop).toBe(true);
    await page.close();
  });

  test('a page with a strict CSP and Trusted Types still shows a styled card', async () => {
    const page = await open('csp.html');
    await hoverText(page, 'Chatham House');
    await waitForCard(page, true);
    const card = await cardState(page);
    expect(card.background).toBe('rgb(255, 255, 255)');
    expect(card.box!.width).toBeGreaterThan(200);
    expect(page.errors.filter((error) => /Content Security Policy|Trusted Type/i.test(error))).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await page.screenshot(path.join(SCREENSHOTS, `card-light-${suite().name}.png`));
    await page.close();
  });

  test("page CSS that restyles every element, and our host, cannot hide or unstyle the card", async () => {
    const page = await open('hostile-css.html');
    await hoverText(page, 'Chatham House');
    await waitForCard(page, true);
    const card = await cardState(page);
    expect(card.onTop).toBe(true);
    expect(card.background).toBe('rgb(255, 255, 255)');
    expect(inside(card.box!, card.viewport)).toBe(true);
    await page.close();
  });

  test('the keyboard panel reaches a card, Esc steps back, and focus returns where it was', async () => {
    const page = await open('narrow.html');
    await page.evaluate(() => document.getElementById('link')!.focus());
    expect(await focusedElement(page)).toBe('page:link');
    await togglePanelIn(extensionPage, `${BASE}narrow.html`);
    await page.bringToFront();
    await expect.poll(() => focusedElement(page)).toBe('ui:listbox');
    expect(await axeViolations(page)).toEqual([]);
    await page.press('Enter');
    await waitForCard(page, true);
    await expect.poll(() => focusedElement(page)).toBe('ui:dialog');
    expect((await cardState(page)).entryId).toBe('chatham-house');
    expect(await axeViolations(page)).toEqual([]);
    await page.press('Tab');
    await expect.poll(() => focusedElement(page)).not.toBe('ui:dialog');
    await page.press('Escape');
    await waitForCard(page, false);
    await expect.poll(() => focusedElement(page)).toBe('ui:listbox');
    await page.press('Escape');
    await expect.poll(() => focusedElement(page)).toBe('page:link');
    await page.close();
  });
});

inEachBrowser(
  'the card on a phone',
  (suite) => {
    test('a narrow viewport shows a bottom sheet; a tap opens it and a tap elsewhere closes it', async () => {
      const { proxy, browser, name } = suite();
      proxy.serve(`${BASE}narrow.html`, { body: readFileSync(path.join(DIR, 'narrow.html')) });
      const extensionPage = await browser.extensionPage('popup.html');
      await resetStorage(extensionPage);
      const page = await browser.newPage();
      await page.goto(`${BASE}narrow.html`);
      await waitForReport(extensionPage, `${BASE}narrow.html`);
      const box = await scrollToText(page, 'Chatham House');
      if (name === 'chromium') await page.tap(box!.x + 5, box!.y + box!.height / 2);
      else await hoverText(page, 'Chatham House'); // puppeteer's Firefox has no touch emulation: hover opens it
      await waitForCard(page, true);
      const card = await cardState(page);
      expect(card.sheet).toBe(true);
      // Docked to the bottom edge (within the rounding of a device-pixel border).
      expect(Math.abs(card.box!.y + card.box!.height - card.viewport.height)).toBeLessThanOrEqual(2);
      expect(card.box!.width).toBeGreaterThan(card.viewport.width - 2);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await page.screenshot(path.join(SCREENSHOTS, `card-sheet-${name}.png`));
      if (name === 'chromium') {
        await page.tap(200, 40);
        await waitForCard(page, false);
      }
      await page.close();
    });
  },
  { viewport: { width: 390, height: 740 }, hasTouch: true },
);
