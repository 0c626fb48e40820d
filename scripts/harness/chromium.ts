/** Chromium with the built extension, through Playwright. */
import { chromium, type Page } from 'playwright';
import { chromiumPath } from './browser-paths.ts';
import { distDir, pageExpression, pollUntil, type LaunchOptions, type TestBrowser, type TestPage } from './browsers.ts';

/** Flags for a root user on a closed network: no sandbox, no GPU, no background fetches that would fail noisily. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(profile: string, options: LaunchOptions): Promise<Omit<TestBrowser, 'name'>> {
  const extension = options.extensionDir ?? distDir('chromium');
  const executablePath = chromiumPath();
  const context = await chromium.launchPersistentContext(profile, {
    ...(executablePath && { executablePath }),
    headless: options.headless ?? true,
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...QUIET_FLAGS],
    proxy: { server: `http://127.0.0.1:${options.proxyPort}`, bypass: '<-loopback>' },
    ignoreHTTPSErrors: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ...(options.hasTouch && { hasTouch: true }),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  // The persistent context opens one blank page; keep it so the browser stays up, but do not hand it out.
  return {
    newPage: async () => wrapPage(await context.newPage()),
    extensionPage: async (file) => {
      const page = wrapPage(await context.newPage());
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    close: () => context.close(),
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
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    screenshot: async (file) => {
      await page.screenshot({ path: file });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}
