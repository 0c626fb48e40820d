/**
 * In the top frame: ask the background to put the full content script into
 * the subframes whose text has arrived (issue #14). Subframes run only a
 * main-world probe until then (src/content/frame-probe.ts), which posts
 * FRAME_TEXT_SIGNAL to this window; the background finds which frames hold
 * text and injects into exactly those (src/background/frame-injection.ts).
 */
import { FRAME_TEXT_SIGNAL } from '../shared/frame-text-signal.ts';
import { sendToBackground } from '../shared/messages.ts';

/** Signals arriving together (a page filling several frames at once) make one request. */
const GATHER_MS = 100;

export interface FrameRequests {
  /** Ask now: the page has frames whose signal may have come before this script listened. */
  check(): void;
}

/**
 * Listen for frames' signals until `signal` aborts. `wanted` says whether
 * frames should be read now (Backgrounder is on for this page); when it is
 * not, signals are dropped and the next `check()` catches up. One request at
 * a time: signals that come while one is under way make one more after it,
 * so a page posting the signal in a loop costs the background one look at a time.
 */
export function watchFrameRequests(signal: AbortSignal, wanted: () => boolean): FrameRequests {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asking = false;
  let askAgain = false;
  const ask = async () => {
    timer = undefined;
    if (signal.aborted || !wanted()) return;
    if (asking) {
      askAgain = true;
      return;
    }
    asking = true;
    // A failed request (background restarting, extension updated) is left for the next signal.
    await sendToBackground('content:inject-frames', {}).catch(() => {});
    asking = false;
    if (askAgain) {
      askAgain = false;
      soon();
    }
  };
  const soon = () => {
    timer ??= setTimeout(() => void ask(), GATHER_MS);
  };
  window.addEventListener('message', (event) => event.data === FRAME_TEXT_SIGNAL && event.source !== window && soon(), { signal });
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return {
    // Nested frames sit inside a frame of this document: with none here, there is nothing to ask about.
    check: () => document.querySelector('iframe, frame') !== null && soon(),
  };
}
