/** Chromium with the built extension, through Playwright. */
import { chromium, type Page } from 'playwright';
import { chromiumPath } from './browser-paths.ts';
import { distDir, type LaunchOptions, type TestBrowser, type TestPage } from './browsers.ts';
import { chromiumDevtools } from './chromium-devtools.ts';
import { wrapPage, type DriverPage } from './driver-page.ts';

/** Flags for a root user on a closed network: no sandbox, no GPU, no background fetches that would fail noisily. */
export const QUIET_FLAGS: readonly string[] = [
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
  const devtools = chromiumDevtools(context, extensionId);
  /** Each handed-out page's Playwright page, for the DevTools protocol. */
  const pages = new WeakMap<TestPage, Page>();
  // The persistent context opens one blank page; keep it so the browser stays up, but do not hand it out.
  return {
    devtools: {
      page: (page, method, params) => {
        const driven = pages.get(page);
        if (!driven) throw new Error('not a page of this browser');
        return devtools.page(driven, method, params);
      },
      worker: devtools.worker,
      stopWorker: devtools.stopWorker,
    },
    newPage: async () => {
      const page = await context.newPage();
      const wrapped = wrapPage(page as unknown as DriverPage);
      pages.set(wrapped, page);
      return wrapped;
    },
    extensionPage: async (file) => {
      const page = wrapPage((await context.newPage()) as unknown as DriverPage);
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    close: () => context.close(),
  };
}
