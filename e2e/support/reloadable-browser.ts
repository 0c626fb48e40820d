/**
 * A browser running a copy of the built extension that a test may reload or
 * update (edit the copy's manifest, then `runtime.reload()`), as a developer
 * or the store's update would. Firefox is the harness's own launch pointed at
 * the copy. Chromium is launched here, because two of Playwright's defaults
 * stand in the way:
 * - `--disable-back-forward-cache`: Playwright disables the back/forward
 *   cache, so `history.back()` would load a fresh document instead of
 *   restoring the old one; it is dropped from the default arguments.
 * - Chromium 156 disables an unpacked extension loaded from the command line
 *   when it reloads unless developer mode is on (disable reason
 *   DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION in chrome://extensions-internals);
 *   developer mode is switched on through chrome://extensions, as a
 *   developer does before clicking Reload.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright';
import { chromiumPath } from '../../scripts/harness/browser-paths.ts';
import { distDir, launchBrowser, type BrowserName, type TestBrowser, type TestPage } from '../../scripts/harness/browsers.ts';
import { wrapPage, type DriverPage } from '../../scripts/harness/driver-page.ts';
import { QUIET_FLAGS } from '../../scripts/harness/chromium.ts';
import { chromiumDevtools } from '../../scripts/harness/chromium-devtools.ts';

export interface ReloadableBrowser extends TestBrowser {
  /** Write `version` into the copy's manifest: the next reload is then an update. */
  setManifestVersion(version: string): void;
  /**
   * Keep the background busy for `ms`, so that a content script's request
   * stays in flight meanwhile (a background waking up or slow to answer).
   * Firefox needs one of the extension's open pages to do it with, which is
   * busy too meanwhile. Resolves once the background is busy.
   */
  stallBackground(ms: number, extensionPage: TestPage): Promise<void>;
  /**
   * Stop the background as the browser stops an idle one, and resolve once it
   * is stopped. Chromium: the DevTools protocol's Target.closeTarget on the
   * worker's target, as Puppeteer's WebWorker.close() does
   * (scripts/harness/chromium-devtools.ts), until the target is gone.
   * Firefox has no such command for a test: launched with `backgroundIdleMs`,
   * it suspends an idle event page itself after that long, so this waits
   * twice that with nothing sent to the background.
   */
  stopBackground(): Promise<void>;
  /**
   * Names the running background, and changes each time it starts again.
   * Asking starts it if it was stopped.
   */
  backgroundIdentity(extensionPage: TestPage): Promise<string>;
}

/** Run on the background's thread: do nothing else for `ms`. */
const busyFor = (ms: number): void => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // busy
  }
};

export async function launchReloadable(
  name: BrowserName,
  options: {
    readonly proxyPort: number;
    /** The build to copy, instead of dist/. */
    readonly extensionDir?: string;
    /** Firefox: suspend the idle event page after this long (extensions.background.idle.timeout, 30 s by default). */
    readonly backgroundIdleMs?: number;
  },
): Promise<ReloadableBrowser> {
  const copy = mkdtempSync(path.join(os.tmpdir(), `backgrounder-extension-${name}-`));
  cpSync(options.extensionDir ?? distDir(name), copy, { recursive: true });
  const browser = name === 'chromium' ? await launchChromium(copy, options.proxyPort) : await launchFirefox(copy, options.proxyPort, options.backgroundIdleMs);
  return {
    ...browser,
    setManifestVersion: (version) => {
      const file = path.join(copy, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { version: string };
      writeFileSync(file, JSON.stringify({ ...manifest, version }, null, 2));
    },
    close: async () => {
      await browser.close();
      rmSync(copy, { recursive: true, force: true });
    },
  };
}

type Launched = TestBrowser & Pick<ReloadableBrowser, 'stallBackground' | 'stopBackground' | 'backgroundIdentity'>;

async function launchFirefox(extension: string, proxyPort: number, backgroundIdleMs?: number): Promise<Launched> {
  const browser = await launchBrowser('firefox', {
    proxyPort,
    extensionDir: extension,
    ...(backgroundIdleMs !== undefined && { firefoxPrefs: { 'extensions.background.idle.timeout': backgroundIdleMs } }),
  });
  return {
    ...browser,
    stopBackground: async () => {
      if (backgroundIdleMs === undefined) throw new Error('launch Firefox with backgroundIdleMs to have its background stopped');
      await new Promise((resolve) => setTimeout(resolve, 2 * backgroundIdleMs));
    },
    // The event page is a window of the extension: runtime.getBackgroundPage() returns it, starting it if suspended,
    // and its time origin is when it started.
    backgroundIdentity: (extensionPage) =>
      extensionPage.evaluate(async () => {
        type Api = { runtime: { getBackgroundPage(): Promise<Window> } };
        return `started at ${(await (globalThis as unknown as { browser: Api }).browser.runtime.getBackgroundPage()).performance.timeOrigin}`;
      }),
    // Firefox runs the background page and the extension's tabs on one thread of the extension process:
    // keeping one of its pages busy keeps the background busy.
    stallBackground: async (ms, extensionPage) => {
      void extensionPage.evaluate(busyFor, ms).catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 100));
    },
  };
}

async function launchChromium(extension: string, proxyPort: number): Promise<Launched> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'backgrounder-chromium-reloadable-'));
  const executablePath = chromiumPath();
  const context = await chromium.launchPersistentContext(profile, {
    ...(executablePath && { executablePath }),
    headless: true,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...QUIET_FLAGS],
    proxy: { server: `http://127.0.0.1:${proxyPort}`, bypass: '<-loopback>' },
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const settings = await context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(async () => {
    type DeveloperPrivate = { updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void> };
    await (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true });
  });
  await settings.close();
  const backgroundWorker = () => context.serviceWorkers().find((candidate) => candidate.url().startsWith(`chrome-extension://${extensionId}/`));
  /** How many times stopBackground stopped the worker: part of its identity, since Playwright does not report a restart. */
  let stops = 0;
  const devtools = chromiumDevtools(context, extensionId);
  return {
    name: 'chromium',
    stallBackground: async (ms) => {
      const worker = backgroundWorker();
      if (!worker) throw new Error('the background service worker is not running');
      void worker.evaluate(busyFor, ms).catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 100));
    },
    stopBackground: async () => {
      if (await devtools.stopWorker()) stops++;
    },
    // Asking through an extension page starts a stopped worker (a message wakes it). Playwright does not report a
    // worker that starts again, so the identity is its DevTools target and how many stops it has lived through.
    backgroundIdentity: async (extensionPage) => {
      await extensionPage.evaluate(async () => {
        type Api = { runtime: { sendMessage(message: object): Promise<unknown> } };
        await (globalThis as unknown as { chrome: Api }).chrome.runtime.sendMessage({ type: 'backgrounder-test:wake', params: {} }).catch(() => {});
      });
      const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
      try {
        for (let attempt = 0; attempt < 100; attempt++) {
          const { targetInfos } = await cdp.send('Target.getTargets');
          const target = targetInfos.find((info) => info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${extensionId}/`));
          if (target) return `${target.targetId} after ${stops} stops`;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      } finally {
        await cdp.detach().catch(() => {});
      }
      throw new Error('the background service worker did not start');
    },
    newPage: async () => wrapPage((await context.newPage()) as unknown as DriverPage),
    extensionPage: async (file) => {
      const page = await context.newPage();
      try {
        await page.goto(`chrome-extension://${extensionId}/${file}`);
      } catch (error) {
        await page.close();
        throw error;
      }
      return wrapPage(page as unknown as DriverPage);
    },
    close: async () => {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

type ExtensionApi = {
  runtime: { id?: string; reload(): void };
  storage: { session: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
};

/** A key in storage.session, which the browser empties when the extension reloads or updates. */
const OLD_INSTANCE = 'backgrounder-test-old-instance';

/**
 * Reload the extension from one of its pages (which the reload closes) and
 * return a page of the new instance. Until the new instance is up Chromium
 * refuses its URLs (ERR_BLOCKED_BY_CLIENT) and Firefox shows an error page,
 * and a page opened too early may still belong to the old instance; a mark
 * left in storage.session tells them apart.
 */
export async function reloadExtension(browser: TestBrowser, extensionPage: TestPage, file = 'popup.html', timeoutMs = 30_000): Promise<TestPage> {
  await extensionPage.evaluate(async (key: string) => {
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = (scope.browser ?? scope.chrome)!;
    await api.storage.session.set({ [key]: true });
    // The page goes away with the extension: reload after this call has answered.
    setTimeout(() => api.runtime.reload(), 0);
  }, OLD_INSTANCE);
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    let page: TestPage | undefined;
    try {
      page = await browser.extensionPage(file);
      const fresh = await page.evaluate(async (key: string) => {
        const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
        const api = scope.browser ?? scope.chrome;
        if (typeof api?.runtime?.id !== 'string') return false;
        return !(key in (await api.storage.session.get(key)));
      }, OLD_INSTANCE);
      if (fresh) return page;
    } catch (error) {
      lastError = error;
    }
    await page?.close().catch(() => {});
  }
  throw new Error(`no page of the reloaded extension within ${timeoutMs} ms${lastError ? ` (last error: ${String(lastError)})` : ''}`);
}
