/**
 * The keyboard panel's command, as the background sends it. Headless browsers
 * deliver no command shortcuts, so a test sends the same message from one of
 * the extension's own pages to the tab showing `url`.
 */
import type { TestPage } from '../../scripts/harness/browsers.ts';

export function togglePanelIn(extensionPage: TestPage, url: string): Promise<void> {
  return extensionPage.evaluate(async (pageUrl: string) => {
    type Api = { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; sendMessage(id: number, m: object, o: object): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (scope.browser ?? scope.chrome)!;
    const tab = (await api.tabs.query({})).find((candidate) => candidate.url === pageUrl);
    // The top frame: subframes hold no panel.
    await api.tabs.sendMessage(tab!.id!, { type: 'background:toggle-panel', params: {} }, { frameId: 0 });
  }, url);
}
