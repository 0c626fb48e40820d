/**
 * Asking the extension what it found on a page, the way the popup does: an
 * extension page sends `popup:get-page-report` to the page's tab. Used by the
 * annotate CLI, the tests and the benchmark, so they read the shipped
 * extension's own answer rather than guessing from the page.
 */
import type { PageReport } from '../../src/shared/messages.ts';
import type { TestPage } from './browsers.ts';

/** Ask once; undefined when the page has no content script (yet). */
export function requestReport(extensionPage: TestPage, pageUrl: string): Promise<PageReport | undefined> {
  return extensionPage.evaluate(async (url: string) => {
    type Api = {
      tabs: {
        query(q: object): Promise<Array<{ id?: number; url?: string }>>;
        sendMessage(id: number, message: object, options: object): Promise<unknown>;
      };
    };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (scope.browser ?? scope.chrome)!;
    const strip = (u: string) => u.replace(/#.*$/, '');
    const tab = (await api.tabs.query({})).find((t) => t.url !== undefined && strip(t.url) === strip(url));
    if (tab?.id === undefined) return undefined;
    try {
      return (await api.tabs.sendMessage(tab.id, { type: 'popup:get-page-report', params: {} }, { frameId: 0 })) as never;
    } catch {
      return undefined; // no content script listening yet
    }
  }, pageUrl);
}

/** Poll until the content script has marked the page (or says it is off), or give up after `timeoutMs`. */
export async function waitForReport(extensionPage: TestPage, pageUrl: string, timeoutMs = 20_000): Promise<PageReport> {
  const deadline = Date.now() + timeoutMs;
  let last: PageReport | undefined;
  while (Date.now() < deadline) {
    last = await requestReport(extensionPage, pageUrl);
    if (last?.timing) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no report from the content script on ${pageUrl} within ${timeoutMs} ms${last ? ` (last: active=${last.active})` : ''}`);
}
