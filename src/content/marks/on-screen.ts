/**
 * Which elements are on screen, without reading geometry ourselves.
 *
 * Asking each block for its rectangle forces the page's pending style and
 * layout into our task, and on a page still settling after load it does so
 * again and again: in a trace of the worst corpus page, ordering the first
 * read by what is visible took 31 ms of one task, eight forced layouts.
 * An IntersectionObserver gets the same answer from the browser's own
 * rendering update, where layout is done anyway, and reports it in a task of
 * its own.
 */

/** At most this many elements are asked about: on a huge page the rest is off screen at first anyway. */
export const MAX_OBSERVED = 2000;

/**
 * The elements of `elements` (the first MAX_OBSERVED) that intersect the
 * viewport, after the next rendering update; undefined when the browser
 * cannot tell (no IntersectionObserver, or a hidden page that renders no
 * frame within `fallbackMs`) or `signal` aborts first.
 */
export function elementsOnScreen(elements: Iterable<Element>, view: Window, signal: AbortSignal, fallbackMs = 100): Promise<Set<Element> | undefined> {
  const Observer = (view as Window & typeof globalThis).IntersectionObserver as typeof IntersectionObserver | undefined;
  if (!Observer || signal.aborted) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const targets = new Set<Element>();
    for (const element of elements) {
      if (targets.size === MAX_OBSERVED) break;
      targets.add(element);
    }
    const visible = new Set<Element>();
    const seen = new Set<Element>();
    const finish = (answer: Set<Element> | undefined): void => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
      resolve(answer);
    };
    const abort = (): void => finish(undefined);
    // The first notification reports every target; it may come in more than one callback.
    const observer = new Observer((entries) => {
      for (const entry of entries) {
        seen.add(entry.target);
        if (entry.isIntersecting) visible.add(entry.target);
      }
      if (seen.size >= targets.size) finish(visible);
    });
    const timer = setTimeout(abort, fallbackMs);
    signal.addEventListener('abort', abort);
    for (const target of targets) observer.observe(target);
    if (targets.size === 0) finish(visible);
  });
}
