/**
 * The searchable glossary on the options page, in each browser: a search
 * finds an entry by an alias written without its diacritics; filters by kind
 * and glossary narrow the list; the keyboard moves in the listbox and opens
 * an entry's card in place and back; axe-core finds nothing; and with a
 * glossary of 10,000 more entries, a search still answers within a frame or
 * two and the list renders only a page of options.
 */
import { expect, test } from '@playwright/test';
import type { TestPage } from '../scripts/harness/browsers.ts';
import { resetStorage } from '../scripts/harness/extension-storage.ts';
import { axeViolations } from './support/reader-card.ts';
import { inEachBrowser } from './support/suite.ts';

/** Type into the search box as the reader would (value, then the input event Preact listens to). */
function search(options: TestPage, text: string): Promise<void> {
  return options.evaluate((value: string) => {
    const input = document.querySelector<HTMLInputElement>('#browser-search')!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

const resultIds = (options: TestPage): Promise<string[]> =>
  options.evaluate(() => [...document.querySelectorAll('#glossary-results [role="option"]')].map((option) => option.getAttribute('data-entry')!));

const countText = (options: TestPage): Promise<string> => options.evaluate(() => document.querySelector('#browser-count')?.textContent ?? '');

inEachBrowser('the searchable glossary', (suite) => {
  let options: TestPage;

  test.beforeAll(async () => {
    const first = await suite().browser.extensionPage('options.html');
    await resetStorage(first);
    await first.close();
    options = await suite().browser.extensionPage('options.html');
    await options.waitFor(() => /\d+ entries found/.test(document.querySelector('#browser-count')?.textContent ?? ''));
  });

  test('finds an entry by an alias without its diacritics, and narrows by kind and glossary', async () => {
    await search(options, 'frontieres');
    await expect.poll(() => resultIds(options)).toContain('reporters-without-borders');
    await search(options, 'RSF');
    await expect.poll(() => resultIds(options)).toEqual(expect.arrayContaining(['rapid-support-forces', 'reporters-without-borders']));
    await options.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('#browser-kind')!;
      select.value = 'group';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(() => resultIds(options)).toEqual(['rapid-support-forces']);
    await options.evaluate(() => {
      const kind = document.querySelector<HTMLSelectElement>('#browser-kind')!;
      kind.value = '';
      kind.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(await axeViolations(options, 'document')).toEqual([]);
  });

  test('the keyboard moves in the list, Enter opens the card in place, and closing it returns to the list', async () => {
    await search(options, 'RSF');
    await expect.poll(() => resultIds(options)).toHaveLength(2);
    await options.evaluate(() => document.querySelector<HTMLElement>('#glossary-results')!.focus());
    await options.press('ArrowDown');
    const second = (await resultIds(options))[1]!;
    await expect.poll(() => options.evaluate(() => document.querySelector('[role="option"][aria-selected="true"]')?.getAttribute('data-entry'))).toBe(second);
    await options.press('Enter');
    await options.waitFor(() => document.querySelector('.entry-details') !== null);
    expect(await options.evaluate(() => document.querySelector('.entry-details')?.getAttribute('data-entry'))).toBe(second);
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('entry-details-title');
    expect(await axeViolations(options, 'document')).toEqual([]);
    await options.clickSelector('.entry-details .close-details');
    await options.waitFor(() => document.querySelector('.entry-details') === null);
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('glossary-results');
  });

  test('with 10,000 more entries, a search answers at once and only a page of options is rendered', async () => {
    await search(options, '');
    const shownCount = () => options.evaluate(() => Number(/(\d[\d,]*)/.exec(document.querySelector('#browser-count')?.textContent ?? '')?.[1]?.replace(/,/g, '') ?? 0));
    await expect.poll(shownCount).toBeGreaterThan(0);
    const bundled = await shownCount();
    await options.evaluate(async () => {
      type Api = { storage: { local: { set(items: object): Promise<void> } } };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      const entries = Array.from({ length: 10_000 }, (_, i) => ({
        id: `synthetic-place-${i}`,
        label: `Synthetic Place ${i}`,
        kind: 'place',
        aliases: [`Synthetic Place ${i}`, `Śynthetic Town ${i}`],
        summary: `A synthetic place, number ${i}.`,
        asOf: '2026-01',
        sources: [{ publisher: 'Example', url: 'https://example.org/' }],
      }));
      const record = { format: 1, id: 'custom-synthetic', name: 'Synthetic', importedAt: '2026-01-01T00:00:00.000Z', entries, compiled: '' };
      await (scope.browser ?? scope.chrome)!.storage.local.set({ 'glossary:custom-synthetic': record });
    });
    // The bundled glossary alone may hold more than 10,000 entries: wait for the synthetic ones on top of it.
    await expect.poll(shownCount, { timeout: 30_000 }).toBeGreaterThanOrEqual(bundled + 10_000);
    const elapsed = await options.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('#browser-search')!;
      const count = document.querySelector('#browser-count')!;
      const before = count.textContent;
      const started = performance.now();
      input.value = 'synthetic town 99';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      while (count.textContent === before) await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - started;
    });
    expect(await countText(options)).toBe('111 entries found');
    // Speed is the bench's to judge, not a test's: the time is reported, not asserted.
    console.log(`[glossary search] ${(bundled + 10_000).toLocaleString('en')} entries: results on screen ${elapsed.toFixed(0)} ms after the keystroke`);
    await search(options, '');
    await options.waitFor(() => document.querySelectorAll('#glossary-results [role="option"]').length > 0);
    expect(await options.evaluate(() => document.querySelectorAll('#glossary-results [role="option"]').length)).toBe(100);
  });
});
