/**
 * Frames are many and mostly empty (ads, trackers, embeds). Before a frame
 * costs anything, it must hold some text; one that grows later (a comment
 * widget filling in) is started then. Used by the frame's probe, which runs
 * before any of our scripts is put there (src/content/frame-probe.ts), and by
 * the full content script in a subframe.
 */
import { frameTextLength, MIN_FRAME_TEXT } from '../shared/frame-text-signal.ts';

/** Resolve once the document holds enough text to be worth reading (never, if the signal aborts first). */
export function waitForText(document: Document, signal: AbortSignal): Promise<void> {
  if (frameTextLength(document) >= MIN_FRAME_TEXT) return Promise.resolve();
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      // Checked after a pause, not on every change: textContent of a busy frame is not free.
      timer ??= setTimeout(() => {
        timer = undefined;
        if (frameTextLength(document) < MIN_FRAME_TEXT) return;
        observer.disconnect();
        resolve();
      }, 500);
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(timer);
    });
  });
}
