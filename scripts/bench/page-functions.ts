/**
 * Functions run in the page's main world through the harness. They are sent
 * as source text, so they use nothing from this module's scope: data comes in
 * as the argument.
 */

export interface FloorResult {
  readonly ms: number;
  readonly nodes: number;
  readonly characters: number;
}

/**
 * The floor: one TreeWalker pass over document.body reading every text
 * node's data. The least any reader of the page's text must do; the first
 * pass on a fresh load, as our content script's is.
 */
export function floorPass(): FloorResult {
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let characters = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes++;
    characters += (node as Text).data.length;
  }
  return { ms: performance.now() - started, nodes, characters };
}

export interface MarkBatch {
  readonly ms: number;
  readonly marks: number;
}

/** mark.js over `terms` with the benchmark's options; resolves when mark.js calls done. */
export function markTerms(terms: string[]): Promise<MarkBatch> {
  type MarkJs = new (context: Element) => { mark(terms: string[], options: object): void };
  const Mark = (window as unknown as { Mark: MarkJs }).Mark;
  return new Promise((resolve) => {
    const started = performance.now();
    new Mark(document.body).mark(terms, {
      separateWordSearch: false,
      accuracy: 'exactly',
      diacritics: false,
      done: (marks: number) => resolve({ ms: performance.now() - started, marks }),
    });
  });
}
