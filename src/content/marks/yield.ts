/**
 * Giving the main thread back to the page between slices of work.
 * `scheduler.yield()` where the browser has it (it keeps our place in the
 * queue); otherwise a message to ourselves, which, unlike setTimeout(0), is
 * not clamped to 4 ms after a few nestings or throttled in background tabs.
 */

type SchedulerWithYield = { yield?: () => Promise<void> };

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Work budget of one slice: well under the 50 ms that makes a long task. */
export const SLICE_MS = 8;
