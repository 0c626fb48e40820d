/**
 * Makes sure the browsers a command needs are here, before Playwright or
 * puppeteer launches anything (otherwise a fresh machine gets Playwright's
 * "Executable doesn't exist"). On Debian as root, missing ones are installed
 * with apt (saying so); anywhere else the message says exactly what to
 * install or which variable to set. `npm test` asks for both browsers,
 * `npm start` for the one it opens.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, firefoxPath } from '../harness/browser-paths.ts';
import type { BrowserName } from '../harness/browsers.ts';

// A path named in CHROMIUM_PATH or FIREFOX_PATH counts only if it exists: the launch would fail on it otherwise.
function hasFirefox(): boolean {
  try {
    return existsSync(firefoxPath());
  } catch {
    return false;
  }
}

function hasChromium(): boolean {
  const found = chromiumPath();
  if (found) return existsSync(found);
  // Playwright's own Chromium, where `npx playwright install chromium` could run.
  try {
    const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('playwright').chromium.executablePath())"], { encoding: 'utf8' });
    return probe.status === 0 && existsSync(probe.stdout.trim());
  } catch {
    return false;
  }
}

/** The Debian package that provides each browser. */
const DEBIAN_PACKAGE: Record<BrowserName, string> = { chromium: 'chromium', firefox: 'firefox-esr' };
const IS_PRESENT: Record<BrowserName, () => boolean> = { chromium: hasChromium, firefox: hasFirefox };

/** The browsers of `wanted` that this machine lacks. */
export function missingBrowsers(wanted: readonly BrowserName[]): BrowserName[] {
  return wanted.filter((browser) => !IS_PRESENT[browser]());
}

/**
 * The message for a machine where apt cannot be used: what to install, for
 * each missing browser. `whoNeeds` opens it ("The end-to-end tests need").
 */
export function installAdvice(missing: readonly BrowserName[], whoNeeds: string): string {
  const packages = missing.map((browser) => DEBIAN_PACKAGE[browser]);
  const elsewhere = missing.map((browser) =>
    browser === 'chromium'
      ? 'Chromium (or run `npx playwright install chromium`), or set CHROMIUM_PATH'
      : 'Firefox 142 or later, or set FIREFOX_PATH',
  );
  return [
    `${whoNeeds} ${packages.join(' and ')}, which this machine lacks.`,
    `Debian/Ubuntu: sudo apt-get install -y ${packages.join(' ')}`,
    `Elsewhere: install ${elsewhere.join('; and ')}.`,
  ].join('\n');
}

/**
 * Installs what is missing of `wanted` (Debian, root) or throws with
 * {@link installAdvice}. `tag` prefixes the progress line (`[test]`, `[start]`).
 */
export function ensureBrowsers(wanted: readonly BrowserName[] = ['chromium', 'firefox'], tag = 'test', whoNeeds = 'The end-to-end tests need'): void {
  const missing = missingBrowsers(wanted);
  if (missing.length === 0) return;

  const packages = missing.map((browser) => DEBIAN_PACKAGE[browser]);
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`[${tag}] installing ${packages.join(' and ')} with apt-get (about ${missing.length * 2} minutes)…`);
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const stillMissing = missingBrowsers(missing);
    if (stillMissing.length > 0) throw new Error(`apt-get finished but ${stillMissing.join(' and ')} is still not found.\n${installAdvice(stillMissing, whoNeeds)}`);
    return;
  }
  throw new Error(installAdvice(missing, whoNeeds));
}
