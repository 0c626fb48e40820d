/**
 * Frames cost a tab nothing of ours until they hold text (issue #14,
 * docs/frames.md): subframes run only a main-world probe, and the full
 * content script is injected into a frame once its text has arrived. Checked
 * in each browser by asking every frame of the tab for its report, as the
 * popup asks the top frame: a frame without our content script answers
 * nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { TestPage } from '../scripts/harness/browsers.ts';
import { resetStorage } from '../scripts/harness/extension-storage.ts';
import { highlightedTexts } from '../scripts/harness/page-actions.ts';
import { inEachBrowser } from './support/suite.ts';

const DIR = path.resolve(import.meta.dirname, 'fixtures/frames');
const BASE = 'https://www.theguardian.com/backgrounder-fixture/frames/';
const FILES = ['frames-later.html', 'frame-comments.html', 'frame-pixel.html'];
/** As strict as news sites get: no script of the page's own may run, and the probe must work all the same. */
const STRICT_CSP = "default-src 'none'; frame-src 'self'";
const COMMENT =
  'Readers ask what the Palestinian Authority will do next, after officials who spoke on condition of anonymity ' +
  'described the reconciliation talks held this spring and the plans for elections that were postponed again.';

/** Each frame of the tab (by its URL) and whether a content script of ours answers there. */
function framesWithScript(extensionPage: TestPage, pageUrl: string): Promise<Record<string, boolean>> {
  return extensionPage.evaluate(async (url: string) => {
    type Api = {
      tabs: {
        query(q: object): Promise<Array<{ id?: number; url?: string }>>;
        sendMessage(id: number, message: object, options: object): Promise<unknown>;
      };
      scripting: { executeScript(injection: object): Promise<Array<{ frameId: number; result?: unknown }>> };
    };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (scope.browser ?? scope.chrome)!;
    const tab = (await api.tabs.query({})).find((each) => each.url === url);
    if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
    const tabId = tab.id;
    // Read in the frames' main world: an isolated world of ours would be one more script in the frame.
    const frames = await api.scripting.executeScript({ target: { tabId, allFrames: true }, world: 'MAIN', func: () => `${frameElement?.id ?? 'top'}` });
    const answers = await Promise.all(
      frames.map(async ({ frameId, result }) => {
        const answer = await api.tabs.sendMessage(tabId, { type: 'popup:get-page-report', params: {} }, { frameId }).then(
          (report) => report !== undefined,
          () => false,
        );
        return [String(result), answer] as const;
      }),
    );
    return Object.fromEntries(answers);
  }, pageUrl);
}

/** The texts of our highlights in the frame whose URL contains `part`. */
const inFrame = (page: TestPage, part: string) =>
  page.evaluateInFrame(part, () => {
    const texts: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (String(name).startsWith('backgrounder')) highlight.forEach((range) => void texts.push((range as Range).toString()));
    });
    return texts;
  });

inEachBrowser('frames', (suite) => {
  let extensionPage: TestPage;

  test.beforeAll(async () => {
    const { proxy, browser } = suite();
    for (const file of FILES) proxy.serve(BASE + file, { body: readFileSync(path.join(DIR, file)), headers: { 'content-security-policy': STRICT_CSP } });
    extensionPage = await browser.extensionPage('popup.html');
    await resetStorage(extensionPage);
  });

  test('empty frames get no content script of ours; a frame whose text arrives later gets it and is marked, under a strict CSP', async () => {
    const page = await suite().browser.newPage();
    const url = `${BASE}frames-later.html`;
    await page.goto(url);
    await expect.poll(() => highlightedTexts(page), { timeout: 30_000 }).toContain('Chatham House');
    // The top frame asks for frames with text once it has marked; give that request time to be answered.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await framesWithScript(extensionPage, url)).toEqual({ top: true, later: false, blank: false, pixel: false });

    await page.evaluateInFrame('frame-comments', (comment: string) => {
      document.getElementById('status')!.textContent = comment;
    }, COMMENT);
    await expect.poll(() => inFrame(page, 'frame-comments'), { timeout: 10_000 }).toContain('Palestinian Authority');
    expect(await framesWithScript(extensionPage, url)).toEqual({ top: true, later: true, blank: false, pixel: false });
    await page.close();
  });
  test('the browser takes the registrations of a site the reader enables: the full script top-only, the probe in every frame\'s main world', async () => {
    // The shapes of src/background/site-access.ts (siteScripts), for a listed host this test may register for.
    const pattern = 'https://www.theguardian.com/backgrounder-fixture/registered/*';
    const registered = await extensionPage.evaluate(async (matches: string) => {
      type Api = {
        scripting: {
          registerContentScripts(scripts: object[]): Promise<void>;
          getRegisteredContentScripts(filter: object): Promise<Array<{ id: string; allFrames?: boolean; world?: string }>>;
          unregisterContentScripts(filter: object): Promise<void>;
        };
      };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (scope.browser ?? scope.chrome)!;
      const ids = ['test-site', 'test-site-frames'];
      const common = { matches: [matches], runAt: 'document_idle', persistAcrossSessions: true };
      await api.scripting.registerContentScripts([
        { id: ids[0], js: ['content.js'], css: ['content.css'], allFrames: false, ...common },
        { id: ids[1], js: ['frame-probe.js'], allFrames: true, world: 'MAIN', ...common },
      ]);
      const found = await api.scripting.getRegisteredContentScripts({ ids });
      await api.scripting.unregisterContentScripts({ ids });
      return found.map(({ id, allFrames, world }) => ({ id, allFrames, world: world ?? 'ISOLATED' })).sort((a, b) => a.id.localeCompare(b.id));
    }, pattern);
    expect(registered).toEqual([
      { id: 'test-site', allFrames: false, world: 'ISOLATED' },
      { id: 'test-site-frames', allFrames: true, world: 'MAIN' },
    ]);
  });
});
