/**
 * Reusing the synthetic-glossary builds of an earlier run when nothing they
 * are made from has changed: the 100,000-name build takes 20 s on an idle
 * two-core machine and over a minute on a busy one, a large share of the
 * run's budget. The key hashes every input of the build (sources, assets,
 * manifest, build scripts, lockfile) and the synthetic glossary's own text.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './config.ts';

const INPUTS = ['src', 'assets', 'manifest.json', 'scripts/build.ts', 'scripts/lib', 'package-lock.json'];

function addTree(hash: ReturnType<typeof createHash>, file: string): void {
  if (!existsSync(file)) return;
  if (statSync(file).isDirectory()) {
    for (const name of readdirSync(file).sort()) addTree(hash, path.join(file, name));
    return;
  }
  hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
}

/** The cache key of a build of `glossaryDir`. */
export function buildKey(glossaryDir: string): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) addTree(hash, path.join(ROOT, input));
  addTree(hash, glossaryDir);
  return hash.digest('hex');
}

const stampFile = (outDir: string) => path.join(outDir, '.bench-build-key');

/** Is the build in `outDir` made from exactly these inputs? */
export function isBuildCurrent(outDir: string, key: string): boolean {
  try {
    return readFileSync(stampFile(outDir), 'utf8') === key && existsSync(path.join(outDir, 'chrome/content.js'));
  } catch {
    return false;
  }
}

export function stampBuild(outDir: string, key: string): void {
  writeFileSync(stampFile(outDir), key);
}
