/**
 * Giving the main thread back to the page between slices of work.
 *
 * A message to ourselves: a new task, queued behind the page's own (its
 * timers, input, rendering). Not `scheduler.yield()`, whose continuation runs
 * ahead of the page's tasks: on a 5 MB page it starved a page's 10 ms timer
 * for the whole first read (measured in e2e/hostile.spec.ts). Not
 * setTimeout(0), which is clamped to 4 ms after a few nestings and throttled
 * in background tabs.
 */

export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Work budget of one slice: well under the 50 ms that makes a long task. */
export const SLICE_MS = 8;

/**
 * A task right after the browser's next rendering update, when style and
 * layout are fresh, so that reading the page (which elements are hidden)
 * forces no style or layout of its own. On a page still settling after load,
 * the first such read otherwise pulls the page's whole style and layout (66 ms
 * on one corpus page, in a trace) into our task. A hidden page renders no
 * frames: then it waits at most `fallbackMs`.
 */
export function afterNextFrame(view: Window, fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    // The frame callback runs before that frame's style and layout; the message it posts runs after them.
    view.requestAnimationFrame(() => void yieldToPage().then(() => {
      clearTimeout(timer);
      resolve();
    }));
  });
}
