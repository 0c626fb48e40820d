/**
 * Where the browsers are. Debian's Chromium and Firefox ESR by default (the
 * project's CI installs them with apt); CHROMIUM_PATH and FIREFOX_PATH
 * override; Playwright's own Chromium is the fallback where one is installed.
 */
import { existsSync } from 'node:fs';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Chromium to launch, or undefined to let Playwright use its own. */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

export function firefoxPath(): string {
  const fromEnv = process.env['FIREFOX_PATH'];
  if (fromEnv) return fromEnv;
  const found = FIREFOX_CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'Firefox not found. Install it (Debian: `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH to a Firefox 142 or later.',
    );
  }
  return found;
}
