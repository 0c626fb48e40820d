/**
 * Firefox with the built extension, through puppeteer-core over WebDriver
 * BiDi (see ../shared/E2E-RECIPE.md of the project's workplace: Playwright's
 * Firefox driver needs a patched build).
 */
import puppeteer, { type Page } from 'puppeteer-core';
import { firefoxPath } from './browser-paths.ts';
import { distDir, pageExpression, pollUntil, type LaunchOptions, type TestBrowser, type TestPage } from './browsers.ts';

/** Must match browser_specific_settings.gecko.id in manifest.json. */
const GECKO_ID = 'backgrounder@backgrounder.invalid';
/** A fixed internal UUID, so tests can open moz-extension://…/popup.html. */
export const FIREFOX_EXTENSION_UUID = '6f1d5a52-8f4e-4b7a-9c3e-2d1b0a9e7c41';

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
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.proxyPort,
      'network.proxy.no_proxies_on': '',
      'dom.security.https_first': false,
      'browser.region.network.url': '',
      'app.normandy.enabled': false,
    },
  });
  await browser.installExtension(options.extensionDir ?? distDir('firefox'));
  return {
    newPage: async () => wrapPage(await browser.newPage()),
    extensionPage: async (file) => {
      const page = await browser.newPage();
      // The load event of moz-extension pages is never reported over BiDi: start the navigation and wait for the document instead.
      page.goto(`moz-extension://${FIREFOX_EXTENSION_UUID}/${file}`, { timeout: 5_000 }).catch(() => {});
      const wrapped = wrapPage(page);
      await wrapped.waitFor(() => document.readyState === 'complete' && location.protocol === 'moz-extension:');
      return wrapped;
    },
    close: () => browser.close(),
  };
}

function wrapPage(page: Page): TestPage {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    errors,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(pageExpression(fn, arg)) as never,
    evaluateSource: (source) => page.evaluate(source),
    evaluateInFrame: async (urlPart, fn, arg) => {
      const frame = page.frames().find((candidate) => candidate.url().includes(urlPart));
      if (!frame) throw new Error(`no frame with ${urlPart} in its URL`);
      return frame.evaluate(pageExpression(fn, arg)) as never;
    },
    waitFor: (fn, arg, timeoutMs = 15_000) => pollUntil(() => page.evaluate(pageExpression(fn, arg)), timeoutMs, fn.toString().slice(0, 80)),
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    click: (x, y) => page.mouse.click(x, y),
    clickSelector: async (selector) => {
      await page.waitForSelector(selector, { timeout: 10_000 });
      await page.click(selector);
    },
    tap: (x, y) => page.touchscreen.tap(x, y),
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png` });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}
