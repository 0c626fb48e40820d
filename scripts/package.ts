/**
 * `npm run package`: build, then zip each browser's extension into
 * artifacts/ (backgrounder-chrome-VERSION.zip, backgrounder-firefox-VERSION.zip),
 * files at the zip root, ready for the Chrome Web Store and addons.mozilla.org.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as { version: string };
const webExt = path.join(ROOT, 'node_modules/.bin/web-ext');

execFileSync(process.execPath, [...process.execArgv, path.join(import.meta.dirname, 'build.ts')], { stdio: 'inherit' });
for (const browser of ['chrome', 'firefox']) {
  const filename = `backgrounder-${browser}-${version}.zip`;
  execFileSync(
    webExt,
    ['build', '--source-dir', path.join(ROOT, 'dist', browser), '--artifacts-dir', path.join(ROOT, 'artifacts'), '--filename', filename, '--overwrite-dest', '--no-input'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`[package] artifacts/${filename}`);
}
