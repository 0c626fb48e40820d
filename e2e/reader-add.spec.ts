/**
 * "Add to my glossary", in each browser, on the built extension: the entry
 * editor opened as the context menu and the keyboard panel open it (the
 * options page at the add route the background builds, with the page's
 * selection, title and address), its problems shown by field, axe-core
 * finding nothing, the saved name marked on an open tab at once and on
 * reload; an own entry edited, deleted and brought back from the options
 * page; and the entry still there and marked after the browser restarts
 * with the same profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { LaunchOptions, TestBrowser, TestPage } from '../scripts/harness/browsers.ts';
import { launchChromium } from '../scripts/harness/chromium.ts';
import { resetStorage } from '../scripts/harness/extension-storage.ts';
import { launchFirefox } from '../scripts/harness/firefox.ts';
import { highlightedTexts } from '../scripts/harness/page-actions.ts';
import { waitForReport } from '../scripts/harness/page-report.ts';
import { addEntryPath, prefillOf } from '../src/shared/add-entry-route.ts';
import { axeViolations, clickInUi, readStorage, textInUi } from './support/reader-card.ts';
import { FixtureProxy } from '../scripts/harness/fixture-proxy.ts';
import { BROWSERS, inEachBrowser } from './support/suite.ts';
import { togglePanelIn } from './support/panel-command.ts';

const PAGE_URL = 'https://www.bbc.com/backgrounder-reader/add.html';
const PAGE_TITLE = 'The Zorblatt Institute opens';
const PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>${PAGE_TITLE}</title><body><main><article><h1>${PAGE_TITLE}</h1><p>The Zorblatt Institute met officials from NATO on Tuesday, and the Quux Council said nothing.</p></article></main></body></html>`;

/** The editor's path for a selection, as the background's menu handler and the panel's message build it (src/background/add-to-glossary.ts). */
const editorPath = (text: string): string => addEntryPath(prefillOf({ text, title: PAGE_TITLE, url: PAGE_URL }));

/** Set a form control's value as the reader's typing does (value, then the event Preact listens to). */
function fill(page: TestPage, selector: string, value: string): Promise<void> {
  return page.evaluate(
    ([wanted, text]: [string, string]) => {
      const field = document.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(wanted);
      if (!field) throw new Error(`no ${wanted}`);
      field.value = text;
      field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    },
    [selector, value],
  );
}

const marked = async (page: TestPage): Promise<string[]> => [...new Set(await highlightedTexts(page))].sort();

inEachBrowser('add to my glossary', (suite) => {
  let options: TestPage;
  let article: TestPage;

  test.beforeAll(async () => {
    suite().proxy.serve(PAGE_URL, { body: PAGE });
    options = await suite().browser.extensionPage('options.html');
    await resetStorage(options);
    article = await suite().browser.newPage();
    await article.goto(PAGE_URL);
    await waitForReport(options, PAGE_URL);
  });

  test('an entry added from a selection: problems by field, nothing for axe, marked on the open tab at once and on reload', async () => {
    expect(await marked(article)).not.toContain('Zorblatt Institute');
    const editor = await suite().browser.extensionPage(editorPath('Zorblatt Institute'));
    await editor.waitFor(() => document.querySelector('#add-entry-label') !== null);
    expect(await editor.evaluate(() => [document.querySelector<HTMLInputElement>('#add-entry-label')!.value, document.querySelector<HTMLInputElement>('#add-entry-sources-0-url')!.value, document.querySelector<HTMLInputElement>('#add-entry-sources-0-publisher')!.value])).toEqual([
      'Zorblatt Institute',
      PAGE_URL,
      PAGE_TITLE,
    ]);
    expect(await axeViolations(editor, 'document')).toEqual([]);
    await editor.clickSelector('.editor-save');
    await editor.waitFor(() => document.querySelector('#add-entry-kind')?.getAttribute('aria-invalid') === 'true');
    // Focus moves to the first field with a problem.
    await editor.waitFor(() => document.activeElement?.id === 'add-entry-kind');
    expect(await axeViolations(editor, 'document')).toEqual([]);

    await fill(editor, '#add-entry-kind', 'organisation');
    await fill(editor, '#add-entry-summary', 'A think tank invented for this test.');
    await editor.waitFor(() => document.querySelector('[aria-invalid="true"]') === null);
    const started = Date.now();
    await editor.clickSelector('.editor-save');
    await editor.waitFor(() => /was added to My glossary/.test(document.querySelector('#message')?.textContent ?? ''));
    await expect.poll(() => marked(article), { timeout: 10_000, intervals: [20] }).toContain('Zorblatt Institute');
    console.log(`[add to my glossary] ${suite().name}: marked on the open tab ${Date.now() - started} ms after Save`);
    expect(await editor.evaluate(() => location.hash)).toBe('');
    await editor.close();

    await article.goto(PAGE_URL);
    const report = await waitForReport(options, PAGE_URL);
    expect(report.mentions.map((mention) => mention.entryId)).toContain('zorblatt-institute');
  });

  test('an own entry is edited and deleted from the options page, and Undo brings it back', async () => {
    // A fresh options page (Firefox never reports the load of a moz-extension page navigated to over BiDi).
    await options.close();
    options = await suite().browser.extensionPage('options.html');
    await options.waitFor(() => /\d+ entries found/.test(document.querySelector('#browser-count')?.textContent ?? ''));
    await fill(options, '#browser-search', 'zorblatt');
    await options.waitFor(() => document.querySelector('#glossary-results [data-entry="zorblatt-institute"]') !== null);
    await options.clickSelector('#glossary-results [data-entry="zorblatt-institute"]');
    await options.clickSelector('.entry-details .edit-entry');
    await options.waitFor(() => document.querySelector('#edit-entry-aliases') !== null);
    expect(await axeViolations(options, 'document')).toEqual([]);
    // Marking shows the first mention of each entry: the edit moves its one name.
    await fill(options, '#edit-entry-aliases', 'Quux Council');
    await options.clickSelector('.entry-editor .editor-save');
    await options.waitFor(() => document.querySelector('.entry-notice')?.textContent === '“Zorblatt Institute” was saved.');
    await expect.poll(() => marked(article), { timeout: 10_000 }).toContain('Quux Council');
    expect(await marked(article)).not.toContain('Zorblatt Institute');

    await options.clickSelector('.entry-details .delete-entry');
    await options.waitFor(() => document.querySelector('.deleted-notice .undo-delete') !== null);
    // Focus moves to Undo once the notice has rendered: wait for it rather than read it in the same instant.
    await expect.poll(() => options.evaluate(() => document.activeElement?.classList.contains('undo-delete') ?? false), { timeout: 5_000 }).toBe(true);
    await expect.poll(() => marked(article), { timeout: 10_000 }).not.toContain('Quux Council');
    // The deleted entry leaves the list, which moves the notice up: click Undo once the page has settled there.
    await options.waitFor(() => document.querySelector('#glossary-results [data-entry="zorblatt-institute"]') === null);
    await options.clickSelector('.deleted-notice .undo-delete');
    await options.waitFor(() => document.querySelector('.entry-notice')?.textContent === '“Zorblatt Institute” is back.');
    await expect.poll(() => marked(article), { timeout: 10_000 }).toContain('Quux Council');
    const local = await readStorage(options, 'local');
    expect((local['glossary:custom-own'] as { entries: Array<{ id: string; aliases: unknown }> }).entries).toEqual([
      expect.objectContaining({ id: 'zorblatt-institute', aliases: ['Quux Council'] }),
    ]);
  });

  test('the keyboard panel’s button opens the editor with the text selected on the page', async () => {
    await article.evaluate(() => {
      const text = document.querySelector('article p')!.firstChild!;
      const start = text.textContent!.indexOf('Quux Council');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 'Quux Council'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await togglePanelIn(options, PAGE_URL);
    await expect.poll(() => textInUi(article, '.add-entry')).toBe('Add “Quux Council” to my glossary');
    expect(await axeViolations(article, 'host')).toEqual([]);
    await clickInUi(article, '.add-entry');
    const editorUrl = (): Promise<string | undefined> =>
      options.evaluate(async () => {
        type Api = { tabs: { query(q: object): Promise<Array<{ url?: string; pendingUrl?: string }>> } };
        const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
        const tabs = await (scope.browser ?? scope.chrome)!.tabs.query({});
        return tabs.map((tab) => tab.url ?? tab.pendingUrl ?? '').find((url) => url.includes('options.html#add?'));
      });
    await expect.poll(editorUrl).toBeDefined();
    const opened = new URL((await editorUrl())!);
    expect(opened.hash).toBe(`#${editorPath('Quux Council').split('#')[1]}`);
  });
  test('a name the bundled glossary has: the editor says so, and once saved the reader’s entry is the one marked', async () => {
    await article.goto(PAGE_URL);
    expect((await waitForReport(options, PAGE_URL)).mentions.map((mention) => mention.entryId)).toContain('nato');
    const editor = await suite().browser.extensionPage(editorPath('NATO'));
    await editor.waitFor(() => /“NATO” is also a name of: NATO \(/.test(document.querySelector('.editor-shared')?.textContent ?? ''));
    expect(await editor.evaluate(() => document.querySelector('#add-entry-aliases')?.getAttribute('aria-details'))).toBe('add-entry-aliases-shared');
    expect(await axeViolations(editor, 'document')).toEqual([]);
    await fill(editor, '#add-entry-kind', 'organisation');
    await fill(editor, '#add-entry-summary', 'The reader’s own note on the alliance, invented for this test.');
    await editor.clickSelector('.editor-save');
    await editor.waitFor(() => /was added to My glossary/.test(document.querySelector('#message')?.textContent ?? ''));
    await editor.close();
    await article.goto(PAGE_URL);
    const ids = (await waitForReport(options, PAGE_URL)).mentions.map((mention) => mention.entryId);
    expect(ids).toContain('nato-2');
    expect(ids).not.toContain('nato');
  });
});

/**
 * A browser on a profile that outlives it. Firefox loads the extension as a
 * temporary add-on, which it uninstalls when it quits; the two preferences
 * keep its storage and internal id for the next install, as for a developer
 * reloading it (web-ext sets the same).
 */
function launchOnProfile(name: 'chromium' | 'firefox', profile: string, proxyPort: number): Promise<Omit<TestBrowser, 'name'>> {
  const options: LaunchOptions = {
    proxyPort,
    firefoxPrefs: { 'extensions.webextensions.keepStorageOnUninstall': true, 'extensions.webextensions.keepUuidOnUninstall': true },
  };
  return name === 'chromium' ? launchChromium(profile, options) : launchFirefox(profile, options);
}

for (const name of BROWSERS) {
  test.describe(`add to my glossary, across a restart [${name}]`, () => {
    test('an entry added from a selection is still there, and marked, after the browser restarts', async () => {
      test.setTimeout(120_000);
      const proxy = await FixtureProxy.start();
      proxy.serve(PAGE_URL, { body: PAGE });
      const profile = mkdtempSync(path.join(os.tmpdir(), `backgrounder-restart-${name}-`));
      try {
        const first = await launchOnProfile(name, profile, proxy.port);
        await resetStorage(await first.extensionPage('options.html'));
        const editor = await first.extensionPage(editorPath('Quux Council'));
        await editor.waitFor(() => document.querySelector<HTMLInputElement>('#add-entry-label')?.value === 'Quux Council');
        await fill(editor, '#add-entry-kind', 'organisation');
        await fill(editor, '#add-entry-summary', 'A council invented for this test.');
        await editor.clickSelector('.editor-save');
        await editor.waitFor(() => /was added to My glossary/.test(document.querySelector('#message')?.textContent ?? ''));
        await first.close();

        const second = await launchOnProfile(name, profile, proxy.port);
        try {
          const options = await second.extensionPage('options.html');
          const own = (await readStorage(options, 'local'))['glossary:custom-own'] as { entries: Array<{ id: string }> } | undefined;
          expect(own?.entries.map((entry) => entry.id)).toEqual(['quux-council']);
          const page = await second.newPage();
          await page.goto(PAGE_URL);
          const report = await waitForReport(options, PAGE_URL);
          expect(report.mentions.map((mention) => mention.entryId)).toContain('quux-council');
        } finally {
          await second.close();
        }
      } finally {
        await proxy.close();
        rmSync(profile, { recursive: true, force: true });
      }
    });
  });
}
