/**
 * Bundle sizes of each built script and of the compiled glossary
 * (glossary.bin, which the background hands to content scripts), as built
 * and gzip-compressed (zlib, level 9, as stores and servers compress).
 * content.js holds code only: the glossary is not inside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  readonly build: string;
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export const COMPILED_GLOSSARY_FILE = 'glossary.bin';

const gzip = (data: Buffer): number => gzipSync(data, { level: 9 }).byteLength;

export function bundleSizes(build: string, dir: string): BundleSize[] {
  const files = readdirSync(dir).filter((name) => name.endsWith('.js') || name === COMPILED_GLOSSARY_FILE);
  return files.sort().map((file) => {
    const data = readFileSync(path.join(dir, file));
    return { build, file, bytes: data.byteLength, gzipBytes: gzip(data) };
  });
}
