/**
 * Firefox with the built extension, through puppeteer-core over WebDriver
 * BiDi (see ../shared/E2E-RECIPE.md of the project's workplace: Playwright's
 * Firefox driver needs a patched build).
 */
import puppeteer from 'puppeteer-core';
import { firefoxPath } from './browser-paths.ts';
import { distDir, type LaunchOptions, type TestBrowser } from './browsers.ts';
import { wrapPage, type DriverPage } from './driver-page.ts';

/** Must match browser_specific_settings.gecko.id in manifest.json. */
const GECKO_ID = 'backgrounder@backgrounder.invalid';
/** A fixed internal UUID, so tests can open moz-extension://…/popup.html. */
export const FIREFOX_EXTENSION_UUID = '6f1d5a52-8f4e-4b7a-9c3e-2d1b0a9e7c41';

/** Every request through the fixture proxy, and none of Firefox's own background fetches. */
export const firefoxProxyPrefs = (proxyPort: number): Record<string, unknown> => ({
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': proxyPort,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': proxyPort,
  'network.proxy.no_proxies_on': '',
  'dom.security.https_first': false,
  'browser.region.network.url': '',
  'app.normandy.enabled': false,
});

export async function launchFirefox(profile: string, options: LaunchOptions): Promise<Omit<TestBrowser, 'name'>> {
  const viewport = options.viewport ?? { width: 1280, height: 900 };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless ?? true,
    userDataDir: profile,
    acceptInsecureCerts: true,
    defaultViewport: viewport,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      ...firefoxProxyPrefs(options.proxyPort),
      ...options.firefoxPrefs,
    },
  });
  await browser.installExtension(options.extensionDir ?? distDir('firefox'));
  return {
    newPage: async () => wrapPage((await browser.newPage()) as unknown as DriverPage),
    extensionPage: async (file) => {
      const page = await browser.newPage();
      // The load event of moz-extension pages is never reported over BiDi: start the navigation and wait for the document instead.
      page.goto(`moz-extension://${FIREFOX_EXTENSION_UUID}/${file}`, { timeout: 5_000 }).catch(() => {});
      const wrapped = wrapPage(page as unknown as DriverPage);
      await wrapped.waitFor(() => document.readyState === 'complete' && location.protocol === 'moz-extension:');
      return wrapped;
    },
    close: () => browser.close(),
  };
}
