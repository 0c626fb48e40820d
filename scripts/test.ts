/**
 * `npm test`: everything, in the order that fails fastest. Type check, lint,
 * glossary check, unit tests, build, web-ext lint of the Firefox build, then
 * the end-to-end tests in real Chromium and Firefox (installing them with apt
 * first on a fresh Debian machine when run as root).
 *
 *   npm test [-- --skip-e2e]
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureBrowsers } from './lib/ensure-browsers.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'node_modules/.bin');
const skipE2e = process.argv.includes('--skip-e2e');

interface Step {
  readonly name: string;
  readonly command: readonly string[];
  /** Hard limit, so a hung browser cannot stall the run (the step fails with a message instead). */
  readonly timeoutMinutes: number;
}

const tsx = (script: string, ...args: string[]): string[] => [path.join(BIN, 'tsx'), path.join('scripts', script), ...args];

const STEPS: Step[] = [
  { name: 'typecheck', command: [path.join(BIN, 'tsc'), '--noEmit'], timeoutMinutes: 5 },
  { name: 'lint', command: [path.join(BIN, 'eslint'), '.'], timeoutMinutes: 5 },
  { name: 'glossary check', command: tsx('glossary-check.ts'), timeoutMinutes: 2 },
  { name: 'unit tests', command: [path.join(BIN, 'vitest'), 'run'], timeoutMinutes: 20 },
  { name: 'build', command: tsx('build.ts'), timeoutMinutes: 3 },
  { name: 'web-ext lint (Firefox build)', command: [path.join(BIN, 'web-ext'), 'lint', '--source-dir', 'dist/firefox', '--no-input'], timeoutMinutes: 3 },
];
if (!skipE2e) STEPS.push({ name: 'end-to-end tests (Chromium and Firefox)', command: [path.join(BIN, 'playwright'), 'test'], timeoutMinutes: 45 });

const results: Array<{ name: string; ok: boolean; seconds: number }> = [];
for (const step of STEPS) {
  if (step.name.startsWith('end-to-end')) {
    try {
      ensureBrowsers();
    } catch (error) {
      console.error(`\n[test] ${(error as Error).message}`);
      process.exit(1);
    }
  }
  console.log(`\n[test] ── ${step.name} ──`);
  const started = performance.now();
  const [command, ...args] = step.command;
  const run = spawnSync(command!, args, { cwd: ROOT, stdio: 'inherit', timeout: step.timeoutMinutes * 60_000, killSignal: 'SIGKILL' });
  const seconds = (performance.now() - started) / 1000;
  const ok = run.status === 0;
  results.push({ name: step.name, ok, seconds });
  if (!ok) {
    const why = run.error ? run.error.message : run.signal ? `killed by ${run.signal} after ${step.timeoutMinutes} min` : `exit code ${run.status}`;
    console.error(`\n[test] ${step.name} failed (${why}). Fix it and run \`npm test\` again; the steps after it did not run.`);
    break;
  }
}

console.log('\n[test] summary');
for (const result of results) console.log(`  ${result.ok ? 'ok  ' : 'FAIL'} ${result.name} (${result.seconds.toFixed(1)} s)`);
process.exit(results.every((result) => result.ok) && results.length === STEPS.length ? 0 : 1);
