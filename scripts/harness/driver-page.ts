/**
 * The part of a driver's page object the harness uses. Playwright's and
 * puppeteer's pages both have it (their types differ in detail: event maps,
 * key names, screenshot paths), so one adapter serves both.
 */
import { pageExpression, pollUntil, type TestPage } from './browsers.ts';

export interface DriverPage {
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): unknown;
  on(event: 'pageerror', listener: (error: Error) => void): unknown;
  goto(url: string, options: { waitUntil: 'load' }): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  frames(): Array<{ url(): string; evaluate(expression: string): Promise<unknown> }>;
  readonly mouse: { move(x: number, y: number, options: { steps: number }): Promise<void>; click(x: number, y: number): Promise<void> };
  readonly touchscreen: { tap(x: number, y: number): Promise<void> };
  readonly keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  waitForSelector(selector: string, options: { timeout: number }): Promise<unknown>;
  click(selector: string): Promise<void>;
  screenshot(options: { path: string }): Promise<unknown>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export function wrapPage(page: DriverPage): TestPage {
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
