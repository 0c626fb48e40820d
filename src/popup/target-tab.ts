/**
 * The tab the popup acts on: the active tab of the current window, or the
 * tab named by `?tab=<id>` (the tests open the popup as a tab of its own, so
 * "active" would be the popup itself). Its URL is known where Backgrounder
 * has host access, or activeTab access after a click on the toolbar button;
 * elsewhere only its id is.
 */
import browser from '../shared/browser.ts';

export interface TargetTab {
  readonly id: number;
  /** The page's URL, when the browser tells the extension. */
  readonly url: URL | undefined;
}

const parseUrl = (url: string | undefined): URL | undefined => {
  try {
    return url ? new URL(url) : undefined;
  } catch {
    return undefined;
  }
};

export async function findTargetTab(search: string = location.search): Promise<TargetTab | undefined> {
  const named = Number(new URLSearchParams(search).get('tab'));
  const tab = Number.isInteger(named) && named > 0 ? await browser.tabs.get(named).catch(() => undefined) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? undefined : { id: tab.id, url: parseUrl(tab.url) };
}

/** Did the popup open as a tab for a test (and so must not close itself)? */
export const isOpenedAsTab = (search: string = location.search): boolean => new URLSearchParams(search).has('tab');
