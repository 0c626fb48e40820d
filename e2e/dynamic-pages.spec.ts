/**
 * Pages that change under us, in each browser: an app that re-renders its text
 * every 100 ms, a feed that appends stories on scroll, a single-page app that
 * navigates with pushState, frames, a web component's open shadow root, and
 * editable regions that must never be marked or disturbed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { bundleFixture } from './support/bundle-fixture.ts';
import type { TestPage } from '../scripts/harness/browsers.ts';
import { resetStorage } from '../scripts/harness/extension-storage.ts';
import { highlightedTexts } from '../scripts/harness/page-actions.ts';
import { waitForReport } from '../scripts/harness/page-report.ts';
import { inEachBrowser } from './support/suite.ts';

const DIR = path.resolve(import.meta.dirname, 'fixtures/dynamic');
const BASE = 'https://www.theguardian.com/backgrounder-fixture/';
const FILES = ['preact-app.html', 'infinite-scroll.html', 'spa.html', 'frames.html', 'frame-same.html', 'frame-tiny.html', 'shadow.html', 'editors.html'];

const app = bundleFixture(path.join(DIR, 'preact-app.tsx'));

/**
 * The texts of our highlights, polled until `predicate` holds. Generous: the
 * first page of a fresh browser waits for the background's first load of the
 * glossary, which one full run found slow while the page re-rendered every
 * 100 ms (a check of what is marked, not of how fast; speed is the bench's).
 */
async function waitForHighlights(page: TestPage, predicate: (texts: string[]) => boolean): Promise<string[]> {
  let texts: string[] = [];
  await expect.poll(async () => predicate((texts = await highlightedTexts(page))), { timeout: 30_000 }).toBe(true);
  return texts;
}

inEachBrowser('pages that change', (suite) => {
  let extensionPage: TestPage;

  test.beforeAll(async () => {
    const { proxy, browser } = suite();
    for (const file of FILES) proxy.serve(BASE + file, { body: readFileSync(path.join(DIR, file)) });
    proxy.serve(`${BASE}preact-app.js`, { body: app, contentType: 'text/javascript; charset=utf-8' });
    proxy.serve('https://www.aljazeera.com/backgrounder-fixture/frame-cross.html', { body: readFileSync(path.join(DIR, 'frame-cross.html')) });
    extensionPage = await browser.extensionPage('popup.html');
    await resetStorage(extensionPage);
  });

  test('an app re-rendering its text every 100 ms keeps working, and its marks follow the text', async () => {
    test.setTimeout(90_000);
    const page = await suite().browser.newPage();
    await page.goto(`${BASE}preact-app.html`);
    await page.waitFor(() => (window as unknown as { appReady?: boolean }).appReady === true);
    await waitForHighlights(page, (texts) => texts.includes('Lin Jian'));
    // The app keeps updating with Backgrounder on.
    const ticker = () => page.evaluate(() => document.getElementById('ticker')!.textContent);
    const before = await ticker();
    await expect.poll(ticker).not.toBe(before);
    // Stopped on each headline in turn, the marks settle on exactly that text's names: none is left on replaced text.
    const headlines: Array<readonly string[]> = [['Fatah', 'Hamas', 'Beijing'], ['Chatham House'], ['Palestinian Authority', 'West Bank']];
    for (const [index, names] of headlines.entries()) {
      await page.evaluate((at: number) => (window as unknown as { stopTicker: (at: number) => void }).stopTicker(at), index + 30);
      const expected = ['Lin Jian', 'Chinese Foreign Ministry', ...names].sort();
      await expect.poll(async () => (await highlightedTexts(page)).sort()).toEqual(expected);
    }
    expect(page.errors.filter((error) => !error.startsWith('Failed to load resource'))).toEqual([]);
    await page.close();
  });

  test('stories appended while the reader scrolls are marked', async () => {
    const page = await suite().browser.newPage();
    await page.goto(`${BASE}infinite-scroll.html`);
    await waitForHighlights(page, (texts) => texts.includes('Hamas'));
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitFor((count: number) => document.querySelectorAll('article').length > count, i + 1);
    }
    const texts = await waitForHighlights(page, (found) => ['Chatham House', 'Palestinian Authority', 'Moscow'].every((name) => found.includes(name)));
    expect(texts.filter((text) => text === 'Hamas')).toHaveLength(1);
    await page.close();
  });

  test('a pushState navigation starts a fresh page: first mentions are marked again', async () => {
    const page = await suite().browser.newPage();
    await page.goto(`${BASE}spa.html`);
    await waitForHighlights(page, (texts) => texts.includes('Hamas') && texts.includes('Beijing'));
    await page.evaluate(() => (window as unknown as { navigateTo: (path: string) => void }).navigateTo('/backgrounder-fixture/spa/two'));
    const texts = await waitForHighlights(page, (found) => found.includes('Moscow'));
    expect(texts).toContain('Hamas');
    expect(texts).not.toContain('Beijing');
    await page.close();
  });

  test('frames with text are marked, same-origin and cross-origin; a frame with almost no text is left alone', async () => {
    const page = await suite().browser.newPage();
    await page.goto(`${BASE}frames.html`);
    await waitForHighlights(page, (texts) => texts.includes('Chatham House'));
    const inFrame = (part: string) => page.evaluateInFrame(part, () => {
      const texts: string[] = [];
      CSS.highlights.forEach((highlight, name) => {
        if (String(name).startsWith('backgrounder')) highlight.forEach((range) => void texts.push((range as Range).toString()));
      });
      return texts;
    });
    await expect.poll(() => inFrame('frame-same')).toContain('Palestinian Authority');
    await expect.poll(() => inFrame('frame-cross')).toContain('Gaza Strip');
    // The tiny frame holds a glossary name but too little text to be worth reading.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await inFrame('frame-tiny')).toEqual([]);
    await page.close();
  });

  test("a web component's open shadow root is read, including text added later", async () => {
    const page = await suite().browser.newPage();
    await page.goto(`${BASE}shadow.html`);
    await waitForHighlights(page, (texts) => texts.includes('Chatham House'));
    await page.evaluate(() => (document.getElementById('thread') as HTMLElement & { addComment(text: string): void }).addComment('What does the Palestinian Authority say?'));
    await waitForHighlights(page, (texts) => texts.includes('Palestinian Authority'));
    await page.close();
  });

  test('editable regions and form fields are never marked, and typing there is unaffected', async () => {
    const page = await suite().browser.newPage();
    await page.goto(`${BASE}editors.html`);
    const report = await waitForReport(extensionPage, `${BASE}editors.html`);
    expect(report.mentions.map((mention) => mention.text)).toEqual(['Fatah']);
    await page.evaluate(() => {
      const editor = document.getElementById('editor')!;
      editor.focus();
      const range = document.createRange();
      range.selectNodeContents(editor);
      range.collapse(false);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.type(' about Hamas in Gaza');
    await page.evaluate(() => {
      const textarea = document.getElementById('textarea') as HTMLTextAreaElement;
      textarea.focus();
      textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    });
    await page.type(' and Hamas');
    await new Promise((resolve) => setTimeout(resolve, 300)); // give a mutation batch time to run
    // Editors keep typed spaces as no-break spaces; that is the browser's doing, with or without us.
    expect(await page.evaluate(() => document.getElementById('editor')!.textContent!.replace(/\u00a0/g, ' '))).toBe('Draft: Hamas and Chatham House about Hamas in Gaza');
    expect(await page.evaluate(() => (document.getElementById('textarea') as HTMLTextAreaElement).value)).toBe('Notes on Hamas and the Palestinian Authority and Hamas');
    expect(await highlightedTexts(page)).toEqual(['Fatah']);
    await page.close();
  });
});
