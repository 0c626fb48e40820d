/**
 * Bundle sizes of each built script, minified (as built) and gzip-compressed
 * (zlib, level 9, as stores and servers compress). The content script
 * carries the compiled glossary as one base64 string literal (esbuild
 * define __BUNDLED_GLOSSARY__); "glossary data excluded" is the same file
 * with that literal emptied, which is the code alone.
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

const gzip = (data: string | Buffer): number => gzipSync(data, { level: 9 }).byteLength;

/** The longest base64 string literal in a script: the embedded glossary (a plain scan: a regex overflows the stack on 18 MB). */
function glossaryLiteral(code: string): string | undefined {
  const isBase64 = (unit: number) =>
    (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122) || (unit >= 48 && unit <= 57) || unit === 43 || unit === 47 || unit === 61;
  let best: [start: number, end: number] | undefined;
  for (let i = code.indexOf('"'); i >= 0 && i < code.length; i = code.indexOf('"', i + 1)) {
    let end = i + 1;
    while (end < code.length && isBase64(code.charCodeAt(end))) end++;
    if (code[end] === '"' && end - i > 256 && (!best || end - i > best[1] - best[0])) best = [i, end + 1];
    i = end - 1;
  }
  return best && code.slice(best[0], best[1]);
}

export function bundleSizes(build: string, dir: string): BundleSize[] {
  const sizes: BundleSize[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js')).sort()) {
    const code = readFileSync(path.join(dir, file));
    sizes.push({ build, file, bytes: code.byteLength, gzipBytes: gzip(code) });
    if (file !== 'content.js') continue;
    const text = code.toString('utf8');
    const literal = glossaryLiteral(text);
    if (!literal) continue;
    const withoutGlossary = text.replace(literal, '""');
    sizes.push({ build, file: 'content.js without glossary data', bytes: Buffer.byteLength(withoutGlossary), gzipBytes: gzip(withoutGlossary) });
    sizes.push({ build, file: 'content.js glossary data (base64)', bytes: literal.length - 2, gzipBytes: gzip(literal.slice(1, -1)) });
  }
  return sizes;
}
