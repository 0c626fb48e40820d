import { afterEach, describe, expect, it } from 'vitest';
import { ensureBrowsers, installAdvice, missingBrowsers } from './ensure-browsers.ts';

const saved = { chromium: process.env['CHROMIUM_PATH'], firefox: process.env['FIREFOX_PATH'] };
afterEach(() => {
  for (const [name, value] of [['CHROMIUM_PATH', saved.chromium], ['FIREFOX_PATH', saved.firefox]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('missingBrowsers', () => {
  it('counts a browser named by a path that does not exist as missing', () => {
    process.env['CHROMIUM_PATH'] = '/nonexistent/chromium';
    process.env['FIREFOX_PATH'] = '/nonexistent/firefox';
    expect(missingBrowsers(['chromium', 'firefox'])).toEqual(['chromium', 'firefox']);
    expect(missingBrowsers(['firefox'])).toEqual(['firefox']);
  });

  it('finds a browser at the path named', () => {
    process.env['FIREFOX_PATH'] = process.execPath; // any file that exists
    expect(missingBrowsers(['firefox'])).toEqual([]);
  });
});

describe('installAdvice', () => {
  it('names the Debian package and the variable for only the browsers missing', () => {
    const advice = installAdvice(['firefox'], '`npm start -- --browser firefox` needs');
    expect(advice).toContain('`npm start -- --browser firefox` needs firefox-esr, which this machine lacks.');
    expect(advice).toContain('sudo apt-get install -y firefox-esr');
    expect(advice).toContain('FIREFOX_PATH');
    expect(advice).not.toContain('chromium');
  });
});

describe('ensureBrowsers', () => {
  it('returns at once when nothing is missing', () => {
    process.env['FIREFOX_PATH'] = process.execPath;
    expect(() => ensureBrowsers(['firefox'], 'start', 'npm start needs')).not.toThrow();
  });
});
