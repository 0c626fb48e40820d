/**
 * `npm start`: build, then open a browser with Backgrounder loaded on the
 * demo page. With a display it opens a normal window and waits for you to
 * close it; headless (`--headless`, or no DISPLAY) it saves screenshots of the
 * marked article and of the card open on "Chatham House", prints where, and exits.
 * Before building it makes sure the browser is here, as `npm test` does: on
 * Debian as root a missing one is installed with apt, elsewhere it says what
 * to install.
 *
 *   npm start [-- --headless] [-- --browser chromium|firefox]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, type BrowserName } from './harness/browsers.ts';
import { ensureBrowsers } from './lib/ensure-browsers.ts';
import { serveDemo } from './harness/demo-page.ts';
import { FixtureProxy } from './harness/fixture-proxy.ts';
import { hoverText, scrollToText, waitForCard } from './harness/page-actions.ts';
import { waitForReport } from './harness/page-report.ts';

const args = process.argv.slice(2);
const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];
const browserIndex = args.indexOf('--browser');
const requested = browserIndex === -1 ? 'chromium' : args[browserIndex + 1];
if (!BROWSERS.includes(requested as BrowserName)) {
  console.error(`[start] --browser takes chromium or firefox, not ${requested ?? 'nothing'}.`);
  process.exit(2);
}
const browserArg = requested as BrowserName;
const headless = args.includes('--headless') || (!process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']);
const OUT = path.resolve(import.meta.dirname, '../artifacts/demo');

try {
  ensureBrowsers([browserArg], 'start', `\`npm start${browserArg === 'firefox' ? ' -- --browser firefox' : ''}\` needs`);
} catch (error) {
  console.error(`[start] ${(error as Error).message}`);
  process.exit(1);
}

console.log('Building the extension…');
execFileSync(process.execPath, [...process.execArgv, path.join(import.meta.dirname, 'build.ts')], { stdio: 'inherit' });

const proxy = await FixtureProxy.start();
const url = serveDemo(proxy);
console.log(`Starting ${browserArg}${headless ? ' (headless)' : ''} with Backgrounder on ${url}`);
const browser = await launchBrowser(browserArg, { proxyPort: proxy.port, headless, viewport: { width: 1280, height: 860 } });
try {
  const page = await browser.newPage();
  await page.goto(url);
  if (!headless) {
    console.log('The demo page is open. Hover a dotted name to read its backgrounder; close the browser window to stop.');
    await new Promise<void>((resolve) => {
      process.on('SIGINT', resolve);
      const poll = setInterval(() => {
        page.evaluate(() => document.readyState).catch(() => {
          clearInterval(poll);
          resolve();
        });
      }, 1000);
    });
  } else {
    const extensionPage = await browser.extensionPage('popup.html');
    const report = await waitForReport(extensionPage, url);
    await extensionPage.close();
    await page.bringToFront();
    console.log(`Backgrounder marked ${report.mentions.length} mentions in ${report.timing?.totalMs.toFixed(0)} ms.`);
    mkdirSync(OUT, { recursive: true });
    await scrollToText(page, 'Reconciliation talks');
    await page.evaluate(() => window.scrollTo(0, 0));
    const article = path.join(OUT, `article-${browserArg}.png`);
    await page.screenshot(article);
    await hoverText(page, 'Chatham House');
    await waitForCard(page, true);
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the card's entrance animation finish
    const card = path.join(OUT, `card-${browserArg}.png`);
    await page.screenshot(card);
    console.log(`Screenshots saved in ${OUT}:\n  ${path.basename(article)}  the marked article\n  ${path.basename(card)}  the card for "Chatham House"`);
  }
} finally {
  await browser.close();
  await proxy.close();
}
