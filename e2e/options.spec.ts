/**
 * The options page, in each browser: glossaries listed and switchable (the
 * bundled one too) with the change reaching open tabs live; a CSV import
 * previewed, saved and then matched on a page like a bundled entry; a JSON
 * import that overrides a bundled entry; bad files and a 20 MB file refused
 * with every problem listed and nothing changed; export; delete; the badge
 * and its switch; reset; and an axe-core scan.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { TestPage } from '../scripts/harness/browsers.ts';
import { readGlossarySource } from '../scripts/lib/glossary-files.ts';
import { DEMO_URL, serveDemo } from '../scripts/harness/demo-page.ts';
import { resetStorage, setSettings } from '../scripts/harness/extension-storage.ts';
import { cardState, highlightedTexts, waitForCard } from '../scripts/harness/page-actions.ts';
import { requestReport, waitForReport } from '../scripts/harness/page-report.ts';
import { inEachBrowser } from './support/suite.ts';

const AXE = readFileSync(path.resolve(import.meta.dirname, '../node_modules/axe-core/axe.min.js'), 'utf8');
const CUSTOM_URL = 'https://www.reuters.com/backgrounder-test/custom-terms';
const CUSTOM_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Custom terms</title></head><body><article>
<h1>Talks at the Zorblatt Institute</h1>
<p>Delegates met at the Zorblatt Institute in Quuxton on Tuesday. The Quux Accord was discussed.</p>
<p>Chatham House published a comment on the talks.</p>
</article></body></html>`;

const CSV = `label,aliases,kind,summary,source URL
Zorblatt Institute,ZI,organisation,"A fictional think tank in Quuxton, used in Backgrounder's tests.",https://zorblatt.example/about
Quux Accord,,agreement,A fictional accord.,https://quux.example/accord
`;

const BAD_CSV = `label,aliases,kind,summary,source URL
Good Name,,place,Fine.,https://good.example/
Bad Kind,,planet,Hmm.,https://x.example/
Script Link,,place,"<script>alert(1)</script>",javascript:alert(1)
Good Name,,place,Twice.,https://good.example/
`;

/** Everything in storage.sync and storage.local, to prove an action changed nothing. */
function storageSnapshot(extensionPage: TestPage): Promise<string> {
  return extensionPage.evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const scope = globalThis as unknown as { browser?: { storage: { sync: Area; local: Area } }; chrome?: { storage: { sync: Area; local: Area } } };
    const api = (scope.browser ?? scope.chrome)!;
    return JSON.stringify([await api.storage.sync.get(null), await api.storage.local.get(null)]);
  });
}

/** Put a file into the import's file input, as a reader choosing it would. */
function chooseFile(options: TestPage, file: { name: string; text?: string; zeroBytes?: number }): Promise<void> {
  return options.evaluate((f: { name: string; text?: string; zeroBytes?: number }) => {
    const input = document.querySelector<HTMLInputElement>('#import-file')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([f.zeroBytes ? new Uint8Array(f.zeroBytes) : (f.text ?? '')], f.name));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, file);
}

/** Paste text into the import's text area and ask for the preview. */
async function pasteAndPreview(options: TestPage, text: string): Promise<void> {
  await options.evaluate((value: string) => {
    const area = document.querySelector<HTMLTextAreaElement>('#import-text')!;
    area.value = value;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await options.waitFor(() => !document.querySelector<HTMLButtonElement>('#import-check')?.disabled);
  await options.clickSelector('#import-check');
}

/** The problems listed in the preview, as shown. */
function listedProblems(options: TestPage): Promise<string[]> {
  return options.evaluate(() => [...document.querySelectorAll('.problems li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()));
}

/** Ask the content script of a tab to open an entry's card, as the popup does. */
function showEntry(extensionPage: TestPage, url: string, entryId: string): Promise<boolean> {
  return extensionPage.evaluate(
    async ({ url: wanted, entryId: id }: { url: string; entryId: string }) => {
      type Api = { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; sendMessage(id: number, m: object, o: object): Promise<unknown> } };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (scope.browser ?? scope.chrome)!;
      const tab = (await api.tabs.query({})).find((candidate) => candidate.url === wanted);
      return (await api.tabs.sendMessage(tab!.id!, { type: 'popup:show-entry', params: { entryId: id } }, { frameId: 0 })) as boolean;
    },
    { url, entryId },
  );
}

const mentionedIds = async (extensionPage: TestPage, url: string): Promise<string[]> =>
  ((await requestReport(extensionPage, url))?.mentions ?? []).map((mention) => mention.entryId);

inEachBrowser('the options page', (suite) => {
  let options: TestPage;
  let demo: TestPage;
  let custom: TestPage;

  test.beforeAll(async () => {
    serveDemo(suite().proxy);
    suite().proxy.serve(CUSTOM_URL, { body: CUSTOM_PAGE });
    options = await suite().browser.extensionPage('options.html');
    await resetStorage(options);
    demo = await suite().browser.newPage();
    await demo.goto(DEMO_URL);
    await waitForReport(options, DEMO_URL);
    custom = await suite().browser.newPage();
    await custom.goto(CUSTOM_URL);
    await waitForReport(options, CUSTOM_URL);
    await options.bringToFront();
  });

  test('lists the bundled glossary; switching it off takes its marks off open tabs, live', async () => {
    // The count the build bundles, whatever the glossary's size today.
    const count = `Entries: ${readGlossarySource().entries.length}`;
    await options.waitFor((text) => document.querySelector('[data-glossary="bundled"]')?.textContent?.includes(text) ?? false, count);
    await options.clickSelector('#glossary-switch-bundled');
    await expect.poll(() => highlightedTexts(demo)).toEqual([]);
    await options.clickSelector('#glossary-switch-bundled');
    await expect.poll(async () => (await highlightedTexts(demo)).includes('Chatham House')).toBe(true);
  });

  test('a CSV file is previewed, then added; its names are marked on an open page and open their card', async () => {
    expect(await mentionedIds(options, CUSTOM_URL)).not.toContain('zorblatt-institute');
    await chooseFile(options, { name: 'my-terms.csv', text: CSV });
    await options.waitFor(() => document.querySelector('#preview-count')?.textContent === 'Entries to add: 2');
    expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('#import-name')!.value)).toBe('my-terms');
    expect(await options.evaluate(() => [...document.querySelectorAll('table.entries tbody tr')].map((row) => row.getAttribute('data-entry')))).toEqual([
      'zorblatt-institute',
      'quux-accord',
    ]);
    await options.clickSelector('#import-confirm');
    await options.waitFor(() => document.querySelector('#message')?.textContent === '“my-terms” was added with 2 entries.');
    await options.waitFor(() => [...document.querySelectorAll('.glossary-name')].some((name) => name.textContent === 'my-terms'));

    await expect.poll(() => mentionedIds(options, CUSTOM_URL)).toEqual(expect.arrayContaining(['zorblatt-institute', 'quux-accord', 'chatham-house']));
    expect(await highlightedTexts(custom)).toEqual(expect.arrayContaining(['Zorblatt Institute', 'Quux Accord']));
    expect(await showEntry(options, CUSTOM_URL, 'zorblatt-institute')).toBe(true);
    await waitForCard(custom, true);
    expect(await cardState(custom)).toMatchObject({ open: true, entryId: 'zorblatt-institute', title: 'Zorblatt Institute' });
    await custom.press('Escape');
    await waitForCard(custom, false);
  });

  test('a bad file lists every problem by row and field, cannot be saved, and changes nothing', async () => {
    const before = await storageSnapshot(options);
    await chooseFile(options, { name: 'bad.csv', text: BAD_CSV });
    await options.waitFor(() => document.querySelectorAll('.problems li').length > 0);
    expect(await listedProblems(options)).toEqual([
      'Row 3 · kind: “planet” is not one of: country, place, organisation, government, group, person, agreement, concept, event',
      'Row 4 · source URL: must be a well-formed https:// link (javascript:, data: and http: links are refused)',
      'Row 5 · label: “good-name” is already the id of the entry in row 2',
    ]);
    expect(await options.evaluate(() => document.querySelector<HTMLButtonElement>('#import-confirm')!.disabled)).toBe(true);
    await options.clickSelector('#import-cancel');
    await pasteAndPreview(options, '{"name": "broken", "entries": [ {"id": "x",');
    await options.waitFor(() => document.querySelector('.problems li')?.textContent?.includes('This is not valid JSON') ?? false);
    expect(await storageSnapshot(options)).toBe(before);
  });

  test('a 20 MB file is refused before it is read, with its size and the limit', async () => {
    const before = await storageSnapshot(options);
    await chooseFile(options, { name: 'huge.csv', zeroBytes: 20 * 1024 * 1024 });
    await options.waitFor(() => document.querySelectorAll('.problems li').length > 0);
    expect(await listedProblems(options)).toEqual(['This file is 20.0 MB; the largest file Backgrounder can import is 2.0 MB.']);
    expect(await options.evaluate(() => document.querySelector<HTMLButtonElement>('#import-confirm')!.disabled)).toBe(true);
    expect(await storageSnapshot(options)).toBe(before);
  });

  test('pasted JSON can replace a bundled entry, whose card then shows the reader’s text', async () => {
    const entry = {
      id: 'chatham-house',
      label: 'Chatham House (my note)',
      kind: 'organisation',
      aliases: ['Chatham House'],
      summary: 'My own note on <b>Chatham House</b>.',
      asOf: '2026-01',
      sources: [{ publisher: 'Chatham House', url: 'https://www.chathamhouse.org/' }],
    };
    await pasteAndPreview(options, JSON.stringify({ name: 'My notes', entries: [entry] }));
    await options.waitFor(() => document.querySelector('.replaces summary')?.textContent === 'Entries that replace installed ones: 1');
    await options.clickSelector('#import-confirm');
    await options.waitFor(() => document.querySelector('#message')?.textContent?.startsWith('“My notes” was added') ?? false);
    await expect.poll(async () => (await requestReport(options, CUSTOM_URL))?.mentions.find((m) => m.entryId === 'chatham-house')?.label).toBe('Chatham House (my note)');
    expect(await showEntry(options, CUSTOM_URL, 'chatham-house')).toBe(true);
    await waitForCard(custom, true);
    expect((await cardState(custom)).title).toBe('Chatham House (my note)');
    await custom.press('Escape');
  });

  test('a glossary exports back to JSON in the documented format', async () => {
    await options.evaluate(() => {
      const captured: Array<{ href: string; download: string }> = [];
      (window as unknown as { captured: typeof captured }).captured = captured;
      HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
        captured.push({ href: this.href, download: this.download });
      };
    });
    await options.evaluate(() => {
      const row = [...document.querySelectorAll('[data-glossary]')].find((li) => li.querySelector('.glossary-name')?.textContent === 'my-terms')!;
      row.querySelector<HTMLButtonElement>('.export')!.click();
    });
    const exported = await options.evaluate(async () => {
      const [file] = (window as unknown as { captured: Array<{ href: string; download: string }> }).captured;
      return { name: file!.download, text: await (await fetch(file!.href)).text() };
    });
    expect(exported.name).toBe('my-terms.json');
    const parsed = JSON.parse(exported.text) as { name: string; entries: Array<{ id: string; aliases: string[] }> };
    expect(parsed.name).toBe('my-terms');
    expect(parsed.entries.map((entry) => [entry.id, entry.aliases])).toEqual([
      ['quux-accord', ['Quux Accord']],
      ['zorblatt-institute', ['Zorblatt Institute', 'ZI']],
    ]);
    expect(exported.text.endsWith('}\n')).toBe(true);
  });

  test('switching a glossary of mine off, then deleting it, takes its names off the page', async () => {
    const rowId = await options.evaluate(() => [...document.querySelectorAll('[data-glossary]')].find((li) => li.querySelector('.glossary-name')?.textContent === 'my-terms')!.getAttribute('data-glossary')!);
    await options.clickSelector(`#glossary-switch-${rowId}`);
    await expect.poll(() => mentionedIds(options, CUSTOM_URL)).not.toContain('zorblatt-institute');
    await options.clickSelector(`#glossary-switch-${rowId}`);
    await expect.poll(() => mentionedIds(options, CUSTOM_URL)).toContain('zorblatt-institute');
    await options.clickSelector(`[data-glossary="${rowId}"] .delete`);
    await options.clickSelector(`[data-glossary="${rowId}"] .confirm-delete`);
    await options.waitFor(() => document.querySelector('#message')?.textContent === '“my-terms” was deleted.');
    await expect.poll(() => mentionedIds(options, CUSTOM_URL)).not.toContain('zorblatt-institute');
  });

  test('an axe-core scan of the page, with a preview open, finds nothing', async () => {
    await chooseFile(options, { name: 'bad.csv', text: BAD_CSV });
    await options.waitFor(() => document.querySelectorAll('.problems li').length > 0);
    await options.evaluateSource(AXE);
    const scan = () =>
      options.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
        const result = await axe.run();
        return result.violations.map((violation) => `${violation.id}: ${violation.help} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
      });
    expect(await scan()).toEqual([]);
    await options.clickSelector('#import-cancel');
    await chooseFile(options, { name: 'my-terms.csv', text: CSV });
    await options.waitFor(() => document.querySelector('table.entries') !== null);
    expect(await scan()).toEqual([]);
    await options.clickSelector('#import-cancel');
  });

  test('the toolbar badge counts the names found on a tab, and the badge switch hides it live', async () => {
    const badge = () =>
      options.evaluate(async (url: string) => {
        type Api = {
          tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
          action: { getBadgeText(details: { tabId: number }): Promise<string> };
        };
        const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
        const api = (scope.browser ?? scope.chrome)!;
        const tab = (await api.tabs.query({})).find((candidate) => candidate.url === url);
        return api.action.getBadgeText({ tabId: tab!.id! });
      }, DEMO_URL);
    const distinct = new Set((await waitForReport(options, DEMO_URL)).mentions.map((mention) => mention.entryId)).size;
    await expect.poll(badge).toBe(String(distinct));
    await options.clickSelector('#badge');
    await expect.poll(badge).toBe('');
    await options.clickSelector('#badge');
    await expect.poll(badge).toBe(String(distinct));
  });

  test('reset puts every setting back to its default and keeps the glossaries', async () => {
    await setSettings(options, { enabled: false, density: 'all', muted: ['hamas'], badge: false });
    await options.waitFor(() => document.querySelector<HTMLInputElement>('#badge')?.checked === false);
    const glossaries = await options.evaluate(() => document.querySelectorAll('[data-glossary]').length);
    await options.clickSelector('#reset');
    await options.clickSelector('#reset-confirm');
    await options.waitFor(() => document.querySelector<HTMLInputElement>('#badge')?.checked === true);
    const stored = JSON.parse(await storageSnapshot(options)) as [Record<string, unknown>, Record<string, unknown>];
    expect(stored[0]).toMatchObject({ enabled: true, density: 'first', muted: [], badge: true, settingsVersion: 2 });
    expect(await options.evaluate(() => document.querySelectorAll('[data-glossary]').length)).toBe(glossaries);
    await expect.poll(async () => (await highlightedTexts(demo)).length).toBeGreaterThan(0);
  });
});
