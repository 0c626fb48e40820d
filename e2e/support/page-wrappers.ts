/**
 * The harness's TestPage over a Playwright page or a puppeteer page, for the
 * browsers this folder launches itself (a baseline browser without the
 * extension, a browser whose extension can be reloaded). The same behaviour as
 * the wrappers in scripts/harness/chromium.ts and firefox.ts, which are not
 * exported; keep them in step.
 */
import type { Page as PlaywrightPage } from 'playwright';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { pageExpression, pollUntil, type TestPage } from '../../scripts/harness/browsers.ts';

export function wrapPlaywrightPage(page: PlaywrightPage): TestPage {
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

export function wrapPuppeteerPage(page: PuppeteerPage): TestPage {
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
