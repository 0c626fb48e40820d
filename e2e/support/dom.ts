/** Serialising a page's DOM for the "page unchanged" invariant, leaving out our one host element. */
import type { TestPage } from '../../scripts/harness/browsers.ts';

export function serialisedDom(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll('backgrounder-ui')) host.remove();
    return clone.outerHTML;
  });
}

/** How many elements of ours are in the page (0 or 1). */
export function hostCount(page: TestPage): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('backgrounder-ui').length);
}
