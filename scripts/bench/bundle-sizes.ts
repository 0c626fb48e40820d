/**
 * Bundle sizes of each built script, as built and gzip-compressed (zlib,
 * level 9, as stores and servers compress), and of the compiled glossary
 * (glossary.bin.gz, compressed by the build, which the background hands to
 * content scripts). content.js holds code only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { COMPILED_GLOSSARY_FILE } from '../../src/shared/packaged-files.ts';

export interface BundleSize {
  readonly build: string;
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

const gzip = (data: Buffer): number => gzipSync(data, { level: 9 }).byteLength;

export function bundleSizes(build: string, dir: string): BundleSize[] {
  const files = readdirSync(dir).filter((name) => name.endsWith('.js') || name === COMPILED_GLOSSARY_FILE);
  return files.sort().map((file) => {
    const data = readFileSync(path.join(dir, file));
    return { build, file, bytes: data.byteLength, gzipBytes: gzip(data) };
  });
}
