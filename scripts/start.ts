/**
 * `npm start`: build, then open a browser with Backgrounder loaded on the
 * demo page. With a display it opens a normal window and waits for you to
 * close it; headless (`--headless`, or no DISPLAY) it saves screenshots of the
 * marked article and of the card open on "Chatham House", prints where, and exits.
 *
 *   npm start [-- --headless] [-- --browser chromium|firefox]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, type BrowserName } from './harness/browsers.ts';
import { serveDemo } from './harness/demo-page.ts';
import { FixtureProxy } from './harness/fixture-proxy.ts';
import { hoverText, scrollToText, waitForCard } from './harness/page-actions.ts';
import { waitForReport } from './harness/page-report.ts';

const args = process.argv.slice(2);
const browserName = (args[args.indexOf('--browser') + 1] ?? 'chromium') as BrowserName;
const browserArg = args.includes('--browser') ? browserName : 'chromium';
const headless = args.includes('--headless') || (!process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']);
const OUT = path.resolve(import.meta.dirname, '../artifacts/demo');

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
