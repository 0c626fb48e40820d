/**
 * The test browsers without the extension: the baseline of what Chromium and
 * Firefox request on their own (Chromium's component updater, Firefox's
 * remote settings) while visiting the same pages. Launched with the same
 * flags and preferences as scripts/harness/chromium.ts and firefox.ts, minus
 * the extension, so that any difference in traffic is the extension's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright';
import puppeteer from 'puppeteer-core';
import { chromiumPath, firefoxPath } from '../../scripts/harness/browser-paths.ts';
import type { BrowserName, TestPage } from '../../scripts/harness/browsers.ts';
import { QUIET_FLAGS } from '../../scripts/harness/chromium.ts';
import { wrapPage, type DriverPage } from '../../scripts/harness/driver-page.ts';
import { firefoxProxyPrefs } from '../../scripts/harness/firefox.ts';

export interface PlainBrowser {
  readonly name: BrowserName;
  newPage(): Promise<TestPage>;
  close(): Promise<void>;
}

const VIEWPORT = { width: 1280, height: 900 };

export async function launchPlainBrowser(name: BrowserName, options: { readonly proxyPort: number }): Promise<PlainBrowser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), `backgrounder-plain-${name}-`));
  const cleanUp = () => rmSync(profile, { recursive: true, force: true });
  if (name === 'chromium') {
    const executablePath = chromiumPath();
    const context = await chromium.launchPersistentContext(profile, {
      ...(executablePath && { executablePath }),
      headless: true,
      args: [...QUIET_FLAGS],
      proxy: { server: `http://127.0.0.1:${options.proxyPort}`, bypass: '<-loopback>' },
      ignoreHTTPSErrors: true,
      viewport: VIEWPORT,
    });
    return {
      name,
      newPage: async () => wrapPage((await context.newPage()) as unknown as DriverPage),
      close: async () => {
        await context.close().catch(() => {});
        cleanUp();
      },
    };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    acceptInsecureCerts: true,
    defaultViewport: VIEWPORT,
    extraPrefsFirefox: firefoxProxyPrefs(options.proxyPort),
  });
  return {
    name,
    newPage: async () => wrapPage((await browser.newPage()) as unknown as DriverPage),
    close: async () => {
      await browser.close().catch(() => {});
      cleanUp();
    },
  };
}
