/**
 * The probe: a small inline script placed first in each page's <head>, the
 * only script the page's Content-Security-Policy lets run (by its hash). It
 * starts observing before anything else happens on the page:
 * - Long Tasks and Long Animation Frames (buffered, so nothing is missed);
 * - when our highlights appear in CSS.highlights (polled every task turn),
 *   which brackets the content script's marking task in the page's clock;
 * - for the hover path, the last pointermove and the card host's popover
 *   `toggle` (captured on the document: toggle does not bubble).
 * It is plain JavaScript text, not a stringified TypeScript function, so its
 * hash is stable whatever the TypeScript transform does to functions.
 */
import { createHash } from 'node:crypto';
import type { TestPage } from '../harness/browsers.ts';

export const PROBE_SOURCE = `(() => {
  'use strict';
  const state = { longTasks: [], frames: [], lastEmptyPoll: -1, firstMarked: -1, lastMove: -1, lastMoveFrame: -1, cards: [] };
  Object.defineProperty(window, '__backgrounderBench', { value: state });
  const observe = (type, record) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({ type, buffered: true }); } catch (error) { state[type] = String(error); }
  };
  observe('longtask', (entry) => state.longTasks.push([entry.startTime, entry.duration]));
  observe('long-animation-frame', (entry) => state.frames.push([entry.startTime, entry.duration]));
  const started = performance.now();
  const poll = () => {
    const now = performance.now();
    if (CSS.highlights.size > 0) { state.firstMarked = now; return; }
    state.lastEmptyPoll = now;
    if (now - started < 30000) setTimeout(poll, 0);
  };
  poll();
  // Registered before the content script's listener, so this frame callback runs in the frame where it hit-tests the pointer.
  addEventListener('pointermove', (event) => {
    const move = event.timeStamp;
    state.lastMove = move;
    requestAnimationFrame((time) => { if (state.lastMove === move) state.lastMoveFrame = time; });
  }, { capture: true, passive: true });
  document.addEventListener('toggle', (event) => {
    if (event.target.localName !== 'backgrounder-ui' || event.newState !== 'open') return;
    const card = { lastMove: state.lastMove, lastMoveFrame: state.lastMoveFrame, shown: event.timeStamp, frame: -1 };
    state.cards.push(card);
    requestAnimationFrame((time) => { card.frame = time; });
  }, true);
})();`;

/** The policy every benchmark page is served with: only the probe runs; nothing is fetched but inline styles and data: images. */
export const PAGE_CSP = [
  `script-src 'sha256-${createHash('sha256').update(PROBE_SOURCE).digest('base64')}'`,
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
].join('; ');

export interface ProbeState {
  readonly longTasks: ReadonlyArray<readonly [start: number, duration: number]>;
  readonly frames: ReadonlyArray<readonly [start: number, duration: number]>;
  readonly lastEmptyPoll: number;
  readonly firstMarked: number;
  readonly lastMove: number;
  readonly lastMoveFrame: number;
  readonly cards: ReadonlyArray<{ readonly lastMove: number; readonly lastMoveFrame: number; readonly shown: number; readonly frame: number }>;
  readonly heapBytes: number | null;
  /** End of DOMContentLoaded: the content script (document_idle) starts after it. */
  readonly contentLoaded: number;
}

export function readProbe(page: TestPage): Promise<ProbeState | undefined> {
  return page.evaluate(() => {
    const scope = window as unknown as { __backgrounderBench?: Omit<ProbeState, 'heapBytes' | 'contentLoaded'> };
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const state = scope.__backgrounderBench;
    return state
      ? { ...structuredClone(state), heapBytes: memory ? memory.usedJSHeapSize : null, contentLoaded: navigation?.domContentLoadedEventEnd ?? 0 }
      : undefined;
  });
}

/**
 * The longest entry in the window of the content script's work: from the end
 * of DOMContentLoaded (the content script runs at document_idle, after it, in
 * tasks of its own) to all marked (at most `totalMs` after our first highlight
 * appeared: the first read is sliced, and marks appear after the first slice).
 * The page's own scripts do not run, so what is in the window is ours or the
 * browser's work that ours caused (style, layout) or could not avoid: the
 * figure is an upper bound.
 *
 * A Long Task counts when it starts in the window: one already running when
 * DOMContentLoaded ended is the parser's, finishing the document (in a trace,
 * the 54 to 74 ms tasks that merely overlapped the window on one page were
 * all the parser's). A Long Animation Frame counts when it overlaps the
 * window: a frame holds several tasks and its rendering, so one that began
 * before the window may still hold our first task.
 */
export function longestDuring(entries: ProbeState['longTasks'], kind: 'task' | 'frame', probe: ProbeState, totalMs: number): number | null {
  if (probe.firstMarked < 0) return null;
  const from = probe.contentLoaded;
  const to = probe.firstMarked + totalMs;
  let longest: number | null = null;
  for (const [start, duration] of entries) {
    const inWindow = kind === 'task' ? start >= from && start < to : start < to && start + duration > from;
    if (inWindow) longest = Math.max(longest ?? 0, duration);
  }
  return longest;
}
