/**
 * End-to-end suites run once per browser, each sharing one browser and one
 * fixture proxy for the whole file (launching is the slow part on 2 cores).
 * BACKGROUNDER_BROWSERS=chromium (or firefox) narrows a run to one browser.
 */
import { test } from '@playwright/test';
import { launchBrowser, type BrowserName, type LaunchOptions, type TestBrowser } from '../../scripts/harness/browsers.ts';
import { FixtureProxy } from '../../scripts/harness/fixture-proxy.ts';

export const BROWSERS: readonly BrowserName[] = (process.env['BACKGROUNDER_BROWSERS'] ?? 'chromium,firefox')
  .split(',')
  .map((name) => name.trim())
  .filter((name): name is BrowserName => name === 'chromium' || name === 'firefox');

export interface Suite {
  readonly name: BrowserName;
  readonly proxy: FixtureProxy;
  readonly browser: TestBrowser;
}

/** Declare tests that run in each browser; `body` receives a getter for the running suite. */
export function inEachBrowser(
  title: string,
  body: (suite: () => Suite) => void,
  options: Omit<LaunchOptions, 'proxyPort'> = {},
): void {
  for (const name of BROWSERS) {
    test.describe(`${title} [${name}]`, () => {
      test.describe.configure({ mode: 'serial' });
      let current: Suite | undefined;
      test.beforeAll(async () => {
        test.setTimeout(60_000);
        const proxy = await FixtureProxy.start();
        const browser = await launchBrowser(name, { ...options, proxyPort: proxy.port });
        current = { name, proxy, browser };
      });
      test.afterAll(async () => {
        await current?.browser.close();
        await current?.proxy.close();
      });
      body(() => {
        if (!current) throw new Error('the browser did not start; see the beforeAll error');
        return current;
      });
    });
  }
}
