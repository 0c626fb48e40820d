/**
 * The extension builds the benchmark loads: dist/ as `npm run build` makes
 * it, and one build per synthetic glossary in the work folder, made by the
 * same build script (`--glossary`, `--out`) so they differ only in glossary.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './config.ts';

/** Run scripts/build.ts with `args`; resolves with its output, rejects with it on failure. */
export function runBuild(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/build.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`build ${args.join(' ')} exited with ${code}:\n${output.slice(-3000)}`))));
  });
}

/** The Chromium build inside an --out folder. */
export const chromeDir = (outDir: string): string => path.join(outDir, 'chrome');
