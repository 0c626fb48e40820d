/**
 * Memory as the issue counts it: after a forced garbage collection, the JS
 * heap (every world of the page's isolate, the content script's included),
 * the embedder's heap (Blink objects: Ranges, highlights) and ArrayBuffer
 * backing stores (where typed arrays keep their bytes), from the DevTools
 * protocol's Runtime.getHeapUsage. performance.memory counted only the first,
 * and before collecting.
 */
import type { TestBrowser, TestPage } from '../harness/browsers.ts';

interface HeapUsage {
  readonly usedSize: number;
  readonly embedderHeapUsedSize?: number;
  readonly backingStorageSize?: number;
}

const total = (usage: HeapUsage): number => usage.usedSize + (usage.embedderHeapUsedSize ?? 0) + (usage.backingStorageSize ?? 0);

/** A tab's memory after garbage collection; null where the browser has no DevTools protocol here. */
export async function tabMemoryAfterGc(browser: TestBrowser, tab: TestPage): Promise<number | null> {
  if (!browser.devtools) return null;
  await browser.devtools.page(tab, 'HeapProfiler.collectGarbage');
  return total((await browser.devtools.page(tab, 'Runtime.getHeapUsage')) as HeapUsage);
}

/** The extension's service worker's memory after garbage collection; null when it is not running. */
export async function workerMemoryAfterGc(browser: TestBrowser): Promise<number | null> {
  if (!browser.devtools) return null;
  if ((await browser.devtools.worker('HeapProfiler.collectGarbage')) === undefined) return null;
  const usage = (await browser.devtools.worker('Runtime.getHeapUsage')) as HeapUsage | undefined;
  return usage ? total(usage) : null;
}

/** The service worker's glossary load on its last start (its performance measure), in ms; null when not running. */
export async function workerGlossaryLoadMs(browser: TestBrowser, measure: string): Promise<number | null> {
  const answer = (await browser.devtools?.worker('Runtime.evaluate', {
    expression: `performance.getEntriesByName(${JSON.stringify(measure)}).map((entry) => entry.duration).at(-1) ?? null`,
    returnByValue: true,
  })) as { result?: { value?: number | null } } | undefined;
  return answer?.result?.value ?? null;
}
