/**
 * Progress on stderr, one line per page and phase, with the time since the
 * start: the run takes minutes, and a silent terminal looks hung.
 */
const started = performance.now();

export const elapsedMs = (): number => performance.now() - started;

export function progress(message: string): void {
  const seconds = (elapsedMs() / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[bench ${seconds}s] ${message}\n`);
}

/** A failure with what to do about it, printed before the process exits non-zero. */
export function fail(message: string, whatToDo: string): never {
  process.stderr.write(`\nbench: ${message}\n  ${whatToDo}\n`);
  process.exit(1);
}
