/**
 * One small interface over the two browser drivers: Playwright for Chromium,
 * puppeteer-core over WebDriver BiDi for Firefox (Playwright cannot drive a
 * stock Firefox). Tests, the demo, the annotate CLI and the benchmark all load
 * the built extension from dist/ through it, behind the fixture proxy.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';

export type BrowserName = 'chromium' | 'firefox';

export interface LaunchOptions {
  /** Port of the fixture proxy every request goes through. */
  readonly proxyPort: number;
  /** Headless unless false. */
  readonly headless?: boolean;
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Chromium only: emulate a touch screen. */
  readonly hasTouch?: boolean;
  /** Load the extension from this folder instead of dist/chrome or dist/firefox (the benchmark's builds). */
  readonly extensionDir?: string;
  /** Firefox only: preferences on top of the harness's own (a short background idle timeout, for one). */
  readonly firefoxPrefs?: Readonly<Record<string, unknown>>;
}

/** What the DevTools protocol does for a TestBrowser (./chromium-devtools.ts). */
export interface BrowserDevtools {
  page(page: TestPage, method: string, params?: object): Promise<unknown>;
  worker(method: string, params?: object): Promise<unknown>;
  stopWorker(): Promise<boolean>;
}

export interface TestPage {
  goto(url: string): Promise<void>;
  /** Run a function in the page's main world. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Evaluate a script's source in the page's main world (bypassing the page's CSP, as a debugger does). */
  evaluateSource(source: string): Promise<unknown>;
  /** Run a function in the main world of the first frame whose URL contains `urlPart`. */
  evaluateInFrame<R, A = undefined>(urlPart: string, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** Click the first element matching a CSS selector (waiting for it). */
  clickSelector(selector: string): Promise<void>;
  tap(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  screenshot(file: string): Promise<void>;
  bringToFront(): Promise<void>;
  /** Messages the page logged with console.error, and uncaught errors. */
  readonly errors: string[];
  close(): Promise<void>;
}

export interface TestBrowser {
  readonly name: BrowserName;
  /** Chromium only: the DevTools protocol, for the page or the extension's service worker. */
  readonly devtools?: BrowserDevtools;
  newPage(): Promise<TestPage>;
  /** Open one of the extension's own pages (popup.html, options.html). */
  extensionPage(file: string): Promise<TestPage>;
  close(): Promise<void>;
}

/** The built extension for a browser. */
export const distDir = (browser: BrowserName): string =>
  path.resolve(import.meta.dirname, '../../dist', browser === 'chromium' ? 'chrome' : 'firefox');

export async function launchBrowser(name: BrowserName, options: LaunchOptions): Promise<TestBrowser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), `backgrounder-${name}-`));
  const browser = name === 'chromium' ? await launchChromium(profile, options) : await launchFirefox(profile, options);
  return {
    ...browser,
    name,
    close: async () => {
      await browser.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A function as an expression to evaluate in a page, with its argument.
 * Scripts run through tsx, whose esbuild transform wraps named inner functions
 * in a `__name` helper that does not exist in the page; defining it here keeps
 * any function safe to send. Both drivers evaluate outside the page's CSP.
 */
export function pageExpression(fn: (arg: never) => unknown, arg: unknown): string {
  // Not an async wrapper: a polled predicate must return its value, not a (always truthy) promise.
  return `(() => { var __name = (target) => target; return (${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)}); })()`;
}

/**
 * Poll `evaluate` until it returns a truthy value. Used instead of the drivers'
 * own waitForFunction, whose Firefox (BiDi) implementation fails when the page
 * re-renders under it.
 */
export async function pollUntil(evaluate: () => Promise<unknown>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await evaluate()) return;
    } catch (error) {
      lastError = error; // a navigation in progress; try again
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
}
