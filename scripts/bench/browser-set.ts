/**
 * The browsers of one benchmark run: one headless Chromium per build
 * (bundled glossary, 10,000 and 100,000 names), all behind one fixture
 * proxy, all up at once so each page is measured with every build in the
 * same minute: ratios between builds are then taken within one run, as the
 * machine's speed drifts.
 */
import { launchBrowser, type TestBrowser, type TestPage } from '../harness/browsers.ts';
import { setSettings } from '../harness/extension-storage.ts';
import type { FixtureProxy } from '../harness/fixture-proxy.ts';
import type { Variant } from './types.ts';

export interface BenchBrowser {
  readonly variant: Variant;
  readonly browser: TestBrowser;
  /** An extension page, to ask the content script for its report as the popup does. */
  readonly extensionPage: TestPage;
  /** The one tab pages are loaded in: same-site reloads reuse its renderer, which keeps loads quick. */
  readonly tab: TestPage;
}

export async function launchBench(proxy: FixtureProxy, variant: Variant, extensionDir: string | undefined, hoverDelay: number): Promise<BenchBrowser> {
  const browser = await launchBrowser('chromium', { proxyPort: proxy.port, ...(extensionDir !== undefined && { extensionDir }) });
  try {
    const extensionPage = await browser.extensionPage('popup.html');
    // A known hover delay, set before any page loads so that no page is re-marked by the change.
    await setSettings(extensionPage, { hoverDelay });
    const tab = await browser.newPage();
    return { variant, browser, extensionPage, tab };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** A fresh tab (after a page was changed by mark.js, or closed by a failure). */
export async function renewTab(bench: BenchBrowser): Promise<BenchBrowser> {
  // A renderer stuck in a runaway script may never confirm the close: do not wait on it for long.
  await Promise.race([bench.tab.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5_000))]);
  return { ...bench, tab: await bench.browser.newPage() };
}

export const chromiumVersion = async (bench: BenchBrowser): Promise<string> =>
  bench.extensionPage.evaluate(() => navigator.userAgent.match(/Chrom(?:e|ium)\/[\d.]+/)?.[0] ?? navigator.userAgent);
