/**
 * mark.js with the glossary's terms on the same page, where Backgrounder
 * does not run (it would race mark.js for the same text). mark.js walks the
 * page once per term and is synchronous, so the terms go in small batches,
 * one page.evaluate each, and the per-page time limit is checked between
 * batches: a slow page is cut off and reported as timed out, with a linear
 * projection; a batch that never returns (a crash, a runaway) is abandoned
 * after the limit plus a margin and reported as an error.
 */
import type { BenchBrowser } from './browser-set.ts';
import type { BenchPage } from './bench-pages.ts';
import { CONFIG } from './config.ts';
import { markTerms } from './page-functions.ts';
import type { MarkRow } from './types.ts';

/** Every distinct alias text of the bundled glossary: "the same terms" Backgrounder matches. */
export function allTerms(entries: ReadonlyArray<{ aliases: ReadonlyArray<string | { text: string }> }>): string[] {
  return [...new Set(entries.flatMap((entry) => entry.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text))))];
}

/** `count` terms at an even stride through the list, so every topic file is represented. */
export function termSubset(terms: readonly string[], count: number): string[] {
  const stride = Math.max(1, Math.floor(terms.length / count));
  return Array.from({ length: Math.min(count, terms.length) }, (_, i) => terms[i * stride]!);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** Run mark.js on the page already loaded in `bench.tab` (installed by `install`). */
export async function measureMarkJs(bench: BenchBrowser, page: BenchPage, install: () => string, terms: readonly string[], allTermCount: number, limitMs: number): Promise<MarkRow> {
  let ms = 0;
  let marks = 0;
  let done = 0;
  const row = (status: MarkRow['status'], error?: string): MarkRow => ({
    page: page.page,
    terms: terms.length,
    allTerms: allTermCount,
    termsDone: done,
    ms,
    marks,
    status,
    limitMs,
    ...(error !== undefined && { error }),
    projectedAllTermsMs: done > 0 ? (ms / done) * allTermCount : Number.NaN,
  });
  try {
    const installed = await bench.tab.evaluate(install);
    if (installed !== 'function') return row('error', `mark.js did not load (typeof Mark = ${installed})`);
    while (done < terms.length) {
      if (ms > limitMs) return row('timeout');
      const batch = terms.slice(done, done + CONFIG.markBatch);
      const result = await withTimeout(bench.tab.evaluate(markTerms, batch), limitMs + 5_000);
      ms += result.ms;
      marks += result.marks;
      done += batch.length;
    }
    return row('done');
  } catch (error) {
    return row('error', (error as Error).message.split('\n')[0]);
  }
}
