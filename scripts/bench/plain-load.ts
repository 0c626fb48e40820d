/**
 * The page where Backgrounder does not run (a host outside the manifest's
 * list), in the bundled build's browser, one load: the floor on a page no
 * extension has touched, the tab's memory after garbage collection without
 * our content script (baseline for its memory), then where the content script's scan time goes (its own
 * modules, bundled for the page; this also gives the exact block texts it
 * would scan). The breakdown runs after the floor pass on the same load, so
 * its reading of the blocks meets text nodes the main world has seen once.
 */
import type { BenchBrowser } from './browser-set.ts';
import type { BenchPage } from './bench-pages.ts';
import type { Breakdown } from './page-breakdown.ts';
import { floorPass } from './page-functions.ts';
import { tabMemoryAfterGc } from './memory.ts';
import type { PlainRow } from './types.ts';

export interface PlainLoad {
  readonly row: PlainRow;
  readonly blockTexts: string[];
}

export async function measurePlain(bench: BenchBrowser, page: BenchPage, breakdown: (base64: string) => Breakdown, glossaryBase64: string): Promise<PlainLoad> {
  await bench.tab.goto(page.plainUrl);
  const floor = await bench.tab.evaluate(floorPass);
  // Before the breakdown, which loads the extension's modules into this page.
  const heapBytes = await tabMemoryAfterGc(bench.browser, bench.tab);
  const { texts: blockTexts, ...parts } = await bench.tab.evaluate(breakdown, glossaryBase64);
  return {
    row: {
      page: page.page,
      floorMs: floor.ms,
      textNodes: floor.nodes,
      heapBytes,
      blockCount: blockTexts.length,
      blockCharacters: blockTexts.reduce((sum, text) => sum + text.length, 0),
      ...parts,
    },
    blockTexts,
  };
}
