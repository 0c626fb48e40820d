/**
 * Running a library's source in a page. The harness sends a function to the
 * page as its source text (Function.prototype.toString), and the page's CSP
 * forbids eval, so a library is sent as a function whose text is the
 * library wrapped in a function expression: no eval in the page, nothing
 * added to the harness. (A harness method to add a script would be cleaner;
 * see the benchmark's notes.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './config.ts';

/** A stand-in function whose source text is `expression` (itself a function expression). */
export function sourceFunction<R>(expression: string): () => R {
  const fn = (): R => {
    throw new Error('sent to a page by its source text; not callable in Node');
  };
  fn.toString = () => expression;
  return fn;
}

/** mark.js (UMD): run in a non-strict function called on window, it defines window.Mark. */
export function markJsInstaller(): () => string {
  const source = readFileSync(path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  return sourceFunction(`function () {\n${source}\n;return typeof window.Mark; }`);
}
