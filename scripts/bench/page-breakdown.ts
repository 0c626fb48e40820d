/**
 * Where the marking's time goes, measured in the page with the extension's
 * own modules (bundled for the page, run in the main world where
 * Backgrounder does not run). The content script now only reads the blocks
 * and selects; decoding and matching run in the background, and are timed
 * here as a cold context would run them: decoding the glossary, reading the
 * blocks (collectBlocks), matching every block (Matcher.scanBlocks, as the
 * content script does, but in one call rather than in slices) cold (first
 * call on this page, as the content script's always is) and warm (fastest
 * of five more), and selecting. It also returns the block texts, the exact
 * input of the Node comparison of matchers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { COMPILED_GLOSSARY_FILE } from '../../src/shared/packaged-files.ts';
import { ROOT } from './config.ts';
import { sourceFunction } from './page-source.ts';

export interface Breakdown {
  readonly decodeMs: number;
  /** The longest of its steps (the content script runs each in a task of its own). */
  readonly decodeStepMs: number;
  readonly readBlocksMs: number;
  readonly scanColdMs: number;
  readonly scanWarmMs: number;
  readonly selectMs: number;
  readonly texts: string[];
}

const ENTRY = `
import { collectBlocks } from './src/content/scan/collect-blocks.ts';
import { base64ToBytes, decodeGlossarySteps } from './src/core/glossary/binary.ts';
import { Matcher } from './src/core/match/matcher.ts';
globalThis.__benchBreakdown = (base64) => {
  // Decoded as the content script decodes: the bytes, then each step, each in a task of its own there.
  const t0 = performance.now();
  const bytes = base64ToBytes(base64);
  let decodeStepMs = performance.now() - t0;
  const steps = decodeGlossarySteps(bytes);
  let matcher;
  for (;;) {
    const started = performance.now();
    const step = steps.next();
    if (step.done) matcher = new Matcher([step.value]); // in the last step's task there too
    decodeStepMs = Math.max(decodeStepMs, performance.now() - started);
    if (step.done) break;
  }
  const t1 = performance.now();
  const blocks = collectBlocks(document.body);
  const t2 = performance.now();
  const texts = blocks.map((block) => block.text);
  const scans = matcher.scanBlocks(texts);
  const t3 = performance.now();
  matcher.select(scans, { density: 'first' });
  const t4 = performance.now();
  let scanWarmMs = Infinity;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    matcher.scanBlocks(texts);
    scanWarmMs = Math.min(scanWarmMs, performance.now() - started);
  }
  return { decodeMs: t1 - t0, decodeStepMs, readBlocksMs: t2 - t1, scanColdMs: t3 - t2, selectMs: t4 - t3, scanWarmMs, texts };
};`;

/** The built glossary's bytes in base64 (the argument the page function needs). */
export function builtGlossaryBase64(): string {
  return readFileSync(path.join(ROOT, 'dist/chrome', COMPILED_GLOSSARY_FILE)).toString('base64');
}

/** A page function: run the breakdown on the loaded page with the glossary given as its argument. */
export async function breakdownFunction(): Promise<(base64: string) => Breakdown> {
  const result = await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]!.text;
  return sourceFunction(`function (base64) {\n${code}\n;return globalThis.__benchBreakdown(base64); }`) as unknown as (base64: string) => Breakdown;
}
