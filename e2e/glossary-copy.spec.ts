/**
 * The background keeps a copy of glossary.bin in IndexedDB and reads it when
 * the browser starts it again (src/background/packaged-file-copy.ts; issue
 * #14: reading the extension's own file is the slow part of a stopped
 * background's first answer). In each browser: the copy is written after the
 * first read, and it is what a restarted background matches with. The proof
 * is a copy replaced, under the same digest, by another glossary whose only
 * entry claims "Chatham House": after a restart the page is marked with it.
 * The database holds that one copy and nothing else (nothing of a page).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { encodeGlossary } from '../src/core/glossary/binary.ts';
import { compileGlossary } from '../src/core/glossary/compile.ts';
import { DEMO_FILE, DEMO_URL } from '../scripts/harness/demo-page.ts';
import { resetStorage } from '../scripts/harness/extension-storage.ts';
import { FixtureProxy } from '../scripts/harness/fixture-proxy.ts';
import { waitForReport } from '../scripts/harness/page-report.ts';
import { launchReloadable } from './support/reloadable-browser.ts';
import { BROWSERS } from './support/suite.ts';

const IDLE_MS = 1_500;

/**
 * Runs in an extension page (the background's origin): the copy's digest and size, and every key the database holds
 * (its only store holds nothing but the glossary); or writes new bytes under the same digest.
 */
async function glossaryCopy(replacement: number[] | null): Promise<{ digest: string; bytes: number; keys: string[]; stores: string[] } | null> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('backgrounder-packaged-files', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('copies');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const run = <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const transaction = database.transaction('copies', mode);
      const request = action(transaction.objectStore('copies'));
      transaction.oncomplete = () => resolve(request.result as T);
      transaction.onerror = () => reject(transaction.error);
    });
  try {
    const copy = await run<{ digest: string; bytes: ArrayBuffer } | undefined>('readonly', (store) => store.get('glossary.bin'));
    if (!copy) return null;
    if (replacement) await run('readwrite', (store) => store.put({ digest: copy.digest, bytes: Uint8Array.from(replacement).buffer }, 'glossary.bin'));
    const keys = await run<IDBValidKey[]>('readonly', (store) => store.getAllKeys());
    return { digest: copy.digest, bytes: copy.bytes.byteLength, keys: keys.map(String), stores: [...database.objectStoreNames] };
  } finally {
    database.close();
  }
}

const OTHER_GLOSSARY = encodeGlossary(
  compileGlossary('Other', [
    {
      id: 'copy-proof',
      label: 'Chatham House (from the copy)',
      kind: 'organisation',
      aliases: ['Chatham House'],
      summary: 'An entry that only the replaced copy holds.',
      asOf: '2026-12',
      sources: [{ publisher: 'Chatham House', url: 'https://www.chathamhouse.org/' }],
    },
  ]),
);

for (const name of BROWSERS) {
  test(`a restarted background matches with its IndexedDB copy of glossary.bin [${name}]`, async () => {
    test.setTimeout(90_000);
    const proxy = await FixtureProxy.start();
    proxy.serve(DEMO_URL, { body: readFileSync(DEMO_FILE) });
    const browser = await launchReloadable(name, { proxyPort: proxy.port, backgroundIdleMs: IDLE_MS });
    try {
      const extensionPage = await browser.extensionPage('popup.html');
      await resetStorage(extensionPage);
      const page = await browser.newPage();
      await page.goto(DEMO_URL);
      expect((await waitForReport(extensionPage, DEMO_URL)).mentions.map((mention) => mention.entryId)).toContain('chatham-house');

      const packaged = readFileSync(`dist/${name === 'chromium' ? 'chrome' : 'firefox'}/glossary.bin`).byteLength;
      await expect.poll(() => extensionPage.evaluate(glossaryCopy, null), { timeout: 10_000 }).toMatchObject({ bytes: packaged, keys: ['glossary.bin'], stores: ['copies'] });
      await extensionPage.evaluate(glossaryCopy, Array.from(OTHER_GLOSSARY));

      const before = await browser.backgroundIdentity(extensionPage);
      await browser.stopBackground();
      await page.goto(DEMO_URL);
      await expect
        .poll(async () => (await waitForReport(extensionPage, DEMO_URL)).mentions.map((mention) => mention.entryId), { timeout: 15_000 })
        .toEqual(['copy-proof']);
      expect(await browser.backgroundIdentity(extensionPage), 'the background started again').not.toBe(before);
    } finally {
      await browser.close();
      await proxy.close();
    }
  });
}
