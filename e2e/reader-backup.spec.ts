/**
 * Back up and restore, in each browser: a backup exported from a profile
 * with settings, a muted name, a correction, an own glossary and a note is
 * restored into a fresh profile (a second browser) after its preview, and
 * everything is there, marking included; a corrupted backup and one with a
 * bad value change nothing and say what is wrong; axe-core finds nothing on
 * the preview or the problem list.
 */
import { expect, test } from '@playwright/test';
import { launchBrowser, type TestBrowser, type TestPage } from '../scripts/harness/browsers.ts';
import { resetStorage, setSettings } from '../scripts/harness/extension-storage.ts';
import { waitForReport } from '../scripts/harness/page-report.ts';
import { axeViolations, readStorage } from './support/reader-card.ts';
import { inEachBrowser } from './support/suite.ts';

const PAGE_URL = 'https://www.bbc.com/backgrounder-reader/zorblatt.html';
const PAGE = '<!doctype html><html lang="en"><meta charset="utf-8"><title>t</title><body><main><article><p>The Zorblatt Institute met officials from NATO and Chatham House on Tuesday.</p></article></main></body></html>';
const ZORBLATT = {
  id: 'zorblatt-institute',
  label: 'Zorblatt Institute',
  kind: 'organisation',
  aliases: ['Zorblatt Institute'],
  summary: 'A think tank invented for this test.',
  asOf: '2026-01',
  sources: [{ publisher: 'Example', url: 'https://example.org/' }],
};

/** Choose a file in the restore's file input, once the options page has rendered it. */
async function chooseBackup(options: TestPage, name: string, text: string): Promise<void> {
  await options.waitFor(() => document.querySelector('#backup-file') !== null);
  return options.evaluate((file: { name: string; text: string }) => {
    const input = document.querySelector<HTMLInputElement>('#backup-file')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([file.text], file.name, { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, { name, text });
}

/** Click "Export a backup" and read the file it downloads. */
function exportBackup(options: TestPage): Promise<string> {
  return options.evaluate(async () => {
    const downloaded = new Promise<string>((resolve) => {
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        void fetch(this.href).then((response) => response.text()).then(resolve);
      };
    });
    document.querySelector<HTMLButtonElement>('#backup-export')!.click();
    return downloaded;
  });
}

/** What a restore must bring back: the settings, and the glossary and note items. */
async function readerData(page: TestPage): Promise<{ sync: Record<string, unknown>; glossaries: unknown[]; notes: Record<string, unknown> }> {
  const sync = await readStorage(page, 'sync');
  const local = await readStorage(page, 'local');
  return {
    sync,
    glossaries: Object.entries(local)
      .filter(([key]) => key.startsWith('glossary:'))
      .map(([, record]) => {
        const { compiled: _compiled, ...rest } = record as Record<string, unknown>;
        return rest;
      }),
    notes: Object.fromEntries(Object.entries(local).filter(([key]) => key.startsWith('note:'))),
  };
}

inEachBrowser('back up and restore', (suite) => {
  let source: TestPage;
  let fresh: TestBrowser;
  let target: TestPage;
  let backup = '';

  test.beforeAll(async () => {
    suite().proxy.serve(PAGE_URL, { body: PAGE });
    source = await suite().browser.extensionPage('options.html');
    await resetStorage(source);
    await setSettings(source, { hoverDelay: 700, muted: ['nato'], corrections: [{ entryId: 'chatham-house', alias: 'Chatham House', site: 'bbc.com' }] });
    await source.evaluate(async (entry: object) => {
      type Api = { storage: { local: { set(items: object): Promise<void> } } };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      const record = { format: 1, id: 'custom-mine', name: 'Mine', importedAt: '2026-03-01T00:00:00.000Z', entries: [entry], compiled: '' };
      await (scope.browser ?? scope.chrome)!.storage.local.set({ 'glossary:custom-mine': record, 'note:chatham-house': 'Met them in Geneva.' });
    }, ZORBLATT);
    fresh = await launchBrowser(suite().name, { proxyPort: suite().proxy.port });
    target = await fresh.extensionPage('options.html');
  });
  test.afterAll(async () => {
    await fresh?.close();
  });

  test('a backup exported here and restored into a fresh profile brings everything back', async () => {
    await source.goto(await source.evaluate(() => location.href.replace(/#.*$/, '') + '#backup'));
    await source.waitFor(() => document.querySelector('#backup-export') !== null);
    backup = await exportBackup(source);
    expect(JSON.parse(backup)).toMatchObject({ format: 'backgrounder-backup', version: 1 });

    await chooseBackup(target, 'backup.json', backup);
    await target.waitFor(() => document.querySelector('#backup-preview') !== null);
    expect(await target.evaluate(() => ['#backup-muted', '#backup-corrections', '#backup-notes', '#backup-glossaries'].map((id) => document.querySelector(id)?.firstChild?.textContent))).toEqual([
      'Muted names: 1',
      'Corrected links: 1',
      'Notes: 1',
      'Your glossaries: 1',
    ]);
    expect(await axeViolations(target, 'document')).toEqual([]);
    // Nothing is replaced before the reader confirms.
    expect((await readStorage(target, 'sync'))['hoverDelay']).toBeUndefined();
    await target.clickSelector('#backup-confirm');
    await target.waitFor(() => document.querySelector('#message')?.textContent === 'The backup was restored.');

    const restored = await readerData(target);
    const original = await readerData(source);
    // The restore writes every setting (defaults included); what the source had set is all there.
    expect(restored.sync).toMatchObject(original.sync);
    expect(restored.sync).toMatchObject({ hoverDelay: 700, muted: ['nato'] });
    expect(restored.glossaries).toEqual(original.glossaries);
    expect(restored.notes).toEqual(original.notes);

    // The restored glossary, muted name and correction all apply to a page.
    const page = await fresh.newPage();
    await page.goto(PAGE_URL);
    const report = await waitForReport(target, PAGE_URL);
    expect(report.mentions.map((mention) => mention.entryId).sort()).toEqual(['zorblatt-institute']);
  });

  test('a corrupted backup, or one with a bad value, changes nothing and says what is wrong', async () => {
    const before = await readerData(target);
    await chooseBackup(target, 'cut.json', backup.slice(0, backup.length / 2));
    await target.waitFor(() => document.querySelector('#backup-problems li') !== null);
    expect(await target.evaluate(() => document.querySelector('#backup-problems li code')?.textContent)).toBe('file');
    expect(await target.evaluate(() => document.querySelector('#backup-preview'))).toBeNull();

    const bad = JSON.parse(backup) as { settings: Record<string, unknown>; notes: Record<string, unknown> };
    bad.settings['hoverDelay'] = 'soon';
    bad.notes['nato'] = 42;
    await chooseBackup(target, 'bad.json', JSON.stringify(bad));
    await target.waitFor(() => document.querySelectorAll('#backup-problems li').length === 2);
    expect(await target.evaluate(() => [...document.querySelectorAll('#backup-problems li code')].map((code) => code.textContent))).toEqual(['settings.hoverDelay', 'notes.nato']);
    expect(await axeViolations(target, 'document')).toEqual([]);
    expect(await readerData(target)).toEqual(before);
  });
});
