/**
 * Makes sure the browsers the end-to-end tests need are here. On Debian as
 * root, missing ones are installed with apt (saying so); anywhere else the
 * message says exactly what to install or which variable to set.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, firefoxPath } from '../harness/browser-paths.ts';

function hasFirefox(): boolean {
  try {
    firefoxPath();
    return true;
  } catch {
    return false;
  }
}

function hasChromium(): boolean {
  if (chromiumPath()) return true;
  // Playwright's own Chromium, where `npx playwright install chromium` could run.
  try {
    const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('playwright').chromium.executablePath())"], { encoding: 'utf8' });
    return probe.status === 0 && existsSync(probe.stdout.trim());
  } catch {
    return false;
  }
}

export function ensureBrowsers(): void {
  const missing: string[] = [];
  if (!hasChromium()) missing.push('chromium');
  if (!hasFirefox()) missing.push('firefox-esr');
  if (missing.length === 0) return;

  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`[test] installing ${missing.join(' and ')} with apt-get (about 3 minutes)…`);
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return;
  }
  throw new Error(
    [
      `The end-to-end tests need ${missing.join(' and ')}, which this machine lacks.`,
      'Debian/Ubuntu: sudo apt-get install -y chromium firefox-esr',
      'Elsewhere: install Chromium (or run `npx playwright install chromium`) and Firefox 142 or later,',
      'or point CHROMIUM_PATH and FIREFOX_PATH at them.',
    ].join('\n'),
  );
}
