/**
 * The toolbar popup, in each browser, opened as a tab on `popup.html?tab=<id>`
 * so it acts on the demo article's tab: its switches change the open tab
 * live, "On this page" lists what is marked and opens a card, muting removes
 * marks (and undo brings them back), it works from the keyboard, and an
 * axe-core scan finds nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { TestPage } from '../scripts/harness/browsers.ts';
import { DEMO_URL, serveDemo } from '../scripts/harness/demo-page.ts';
import { resetStorage, setSettings } from '../scripts/harness/extension-storage.ts';
import { cardState, highlightCounts, highlightedTexts, waitForCard } from '../scripts/harness/page-actions.ts';
import { requestReport, waitForReport } from '../scripts/harness/page-report.ts';
import { tabIdOf } from './support/reader-card.ts';
import { inEachBrowser } from './support/suite.ts';

const AXE = readFileSync(path.resolve(import.meta.dirname, '../node_modules/axe-core/axe.min.js'), 'utf8');

/** The stored settings, raw. */
function storedSettings(extensionPage: TestPage): Promise<Record<string, unknown>> {
  return extensionPage.evaluate(async () => {
    type Api = { storage: { sync: { get(keys: null): Promise<Record<string, unknown>> } } };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (scope.browser ?? scope.chrome)!.storage.sync.get(null);
  });
}

/** The rows of "On this page": kind heading → "label count" per entry. */
function listedEntries(popup: TestPage): Promise<Record<string, string[]>> {
  return popup.evaluate(() => {
    const groups: Record<string, string[]> = {};
    for (const group of document.querySelectorAll('.kind-group')) {
      groups[group.querySelector('h3')!.textContent!] = [...group.querySelectorAll('li')].map(
        (li) => `${li.getAttribute('data-entry')} ${li.querySelector('.count')!.textContent}`,
      );
    }
    return groups;
  });
}

const allEntryIds = (groups: Record<string, string[]>): string[] => Object.values(groups).flat().map((row) => row.split(' ')[0]!);

inEachBrowser('the popup', (suite) => {
  let page: TestPage;
  let extensionPage: TestPage;
  let popup: TestPage;

  const openPopup = async (): Promise<TestPage> => {
    const tabId = await tabIdOf(extensionPage, DEMO_URL);
    const opened = await suite().browser.extensionPage(`popup.html?tab=${tabId}`);
    await opened.waitFor(() => document.querySelectorAll('.kind-group li').length > 0 || document.querySelector('.page .quiet') !== null);
    return opened;
  };

  test.beforeAll(async () => {
    serveDemo(suite().proxy);
    extensionPage = await suite().browser.extensionPage('options.html');
    await resetStorage(extensionPage);
    await setSettings(extensionPage, { density: 'all' });
    page = await suite().browser.newPage();
    await page.goto(DEMO_URL);
    await waitForReport(extensionPage, DEMO_URL);
    popup = await openPopup();
  });

  test('"On this page" lists the marked names by kind, with how many times each is marked', async () => {
    await popup.waitFor(() => document.querySelector('.entries li[data-entry="chatham-house"]') !== null);
    const groups = await listedEntries(popup);
    expect(groups['Organisations']).toContain('chatham-house 1');
    expect(groups['Parties and groups']).toEqual(expect.arrayContaining([expect.stringMatching(/^hamas \d+$/), expect.stringMatching(/^fatah \d+$/)]));
    const report = await waitForReport(extensionPage, DEMO_URL);
    const hamas = report.mentions.filter((mention) => mention.entryId === 'hamas').length;
    expect(hamas).toBeGreaterThan(1);
    expect(groups['Parties and groups']).toContain(`hamas ${hamas}`);
    expect(new Set(allEntryIds(groups))).toEqual(new Set(report.mentions.map((mention) => mention.entryId)));
  });

  test('choosing a name scrolls the page to it and opens its card', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.clickSelector('.entries li[data-entry="chatham-house"] .entry');
    await expect.poll(async () => (await requestReport(extensionPage, DEMO_URL))?.openEntryId).toBe('chatham-house');
    await waitForCard(page, true);
    expect((await cardState(page)).entryId).toBe('chatham-house');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.press('Escape');
    await waitForCard(page, false);
  });

  test('the site switch takes the marks off the open tab and puts them back, live', async () => {
    await popup.clickSelector('#site-enabled');
    await expect.poll(() => highlightCounts(page)).toEqual({});
    expect((await storedSettings(extensionPage))['disabledSites']).toEqual(['reuters.com']);
    await popup.waitFor(() => document.querySelector('.page .quiet')?.textContent === 'Backgrounder is off on this page.');
    await popup.clickSelector('#site-enabled');
    await expect.poll(async () => Object.keys(await highlightCounts(page)).length).toBeGreaterThan(0);
  });

  test('density, highlight style and categories change the open tab live', async () => {
    await popup.clickSelector('#display-section > summary');
    const every = (await highlightedTexts(page)).length;
    await popup.clickSelector('#density-first');
    await expect.poll(async () => (await highlightedTexts(page)).length).toBeLessThan(every);
    const firstOnly = await highlightedTexts(page);
    expect(new Set(firstOnly).size).toBe(firstOnly.length);

    await popup.clickSelector('#highlight-style-background');
    await expect.poll(async () => Object.keys(await highlightCounts(page)).every((name) => name.startsWith('backgrounder-background-') || name === 'backgrounder-active')).toBe(true);
    await popup.clickSelector('#highlight-style-underline');

    await popup.clickSelector('#categories-section > summary');
    await popup.clickSelector('#kind-switch-organisation');
    await expect.poll(async () => (await requestReport(extensionPage, DEMO_URL))?.mentions.some((m) => m.kind === 'organisation')).toBe(false);
    await popup.waitFor(() => !document.querySelector('.entries li[data-entry="chatham-house"]'));
    await popup.clickSelector('#kind-switch-organisation');
    await expect.poll(async () => (await requestReport(extensionPage, DEMO_URL))?.mentions.some((m) => m.entryId === 'chatham-house')).toBe(true);
    await popup.clickSelector('#density-all');
    await expect.poll(async () => (await highlightedTexts(page)).length).toBe(every);
  });

  test('card theme and hover delay are saved', async () => {
    await popup.clickSelector('#theme-dark');
    await expect.poll(async () => (await storedSettings(extensionPage))['theme']).toBe('dark');
    await popup.clickSelector('#theme-auto');
    await popup.evaluate(() => {
      const slider = document.querySelector<HTMLInputElement>('#hover-delay')!;
      slider.value = '600';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(async () => (await storedSettings(extensionPage))['hoverDelay']).toBe(600);
    expect(await popup.evaluate(() => document.querySelector('output')?.textContent)).toBe('600 ms');
  });

  test('"I know this" removes the name’s marks; undo and "Highlight again" bring them back', async () => {
    await popup.clickSelector('.entries li[data-entry="chatham-house"] .mute');
    await expect.poll(async () => (await highlightedTexts(page)).includes('Chatham House')).toBe(false);
    expect((await storedSettings(extensionPage))['muted']).toEqual(['chatham-house']);
    await popup.waitFor(() => !document.querySelector('.entries li[data-entry="chatham-house"]'));
    expect(await popup.evaluate(() => document.querySelector('[role="status"]')?.textContent)).toContain('Chatham House will not be highlighted.');

    await popup.clickSelector('.notice .undo');
    await expect.poll(async () => (await highlightedTexts(page)).includes('Chatham House')).toBe(true);
    // Wait for the list to settle: a row coming back moves the ones below it.
    await popup.waitFor(() => document.querySelector('.entries li[data-entry="chatham-house"]') !== null);

    await popup.clickSelector('.entries li[data-entry="hamas"] .mute');
    await popup.clickSelector('#muted-section > summary');
    await popup.waitFor(() => document.querySelector('.muted-list li[data-entry="hamas"] .label')?.textContent === 'Hamas');
    await expect.poll(async () => (await highlightedTexts(page)).includes('Hamas')).toBe(false);
    await popup.clickSelector('.muted-list li[data-entry="hamas"] .unmute');
    await expect.poll(async () => (await highlightedTexts(page)).includes('Hamas')).toBe(true);
    expect((await storedSettings(extensionPage))['muted']).toEqual([]);
  });

  test('a muted name set from the card shows in the list at once', async () => {
    await setSettings(extensionPage, { muted: ['fatah'] });
    await popup.waitFor(() => document.querySelector('.muted-list li[data-entry="fatah"]') !== null);
    await setSettings(extensionPage, { muted: [] });
  });

  test('works from the keyboard: Tab reaches a name, Enter opens its card', async () => {
    // A real popup has the focus; this one is a tab among others.
    await popup.bringToFront();
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'chatham-house'; i++) {
      await popup.press('Tab');
      focused = await popup.evaluate(() => (document.activeElement?.classList.contains('entry') ? (document.activeElement.closest('li')?.getAttribute('data-entry') ?? '') : ''));
    }
    expect(focused).toBe('chatham-house');
    await popup.press('Enter');
    await expect.poll(async () => (await requestReport(extensionPage, DEMO_URL))?.openEntryId).toBe('chatham-house');
    await page.press('Escape');
  });

  test('the global switch turns everything off and on', async () => {
    await popup.clickSelector('#enabled');
    await expect.poll(() => highlightCounts(page)).toEqual({});
    expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('#site-enabled')?.disabled)).toBe(true);
    await popup.clickSelector('#enabled');
    await expect.poll(async () => Object.keys(await highlightCounts(page)).length).toBeGreaterThan(0);
  });

  test('an axe-core scan of the popup, with every section open, finds nothing', async () => {
    await popup.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    await setSettings(extensionPage, { muted: ['hamas'] });
    await popup.waitFor(() => document.querySelector('.muted-list li') !== null);
    await popup.evaluateSource(AXE);
    const violations = await popup.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
      const result = await axe.run();
      return result.violations.map((violation) => `${violation.id}: ${violation.help} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
    });
    expect(violations).toEqual([]);
    await setSettings(extensionPage, { muted: [] });
  });
});
