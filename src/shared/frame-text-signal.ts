/**
 * What a subframe and the top frame agree on about frames' text (issue #14).
 * Subframes get no isolated world of ours until their text has arrived: an
 * isolated world costs a tab about 0.2 MB per frame after GC even for a
 * script of a few hundred bytes (docs/frames.md), and pages have dozens of
 * empty frames. A probe in the frame's main world (src/content/frame-probe.ts)
 * signals the top frame, whose content script asks the background to inject.
 * No imports: the probe bundles this file and must stay a few hundred bytes.
 */

/** Characters of text a frame needs before it is read. */
export const MIN_FRAME_TEXT = 200;

/** Posted to the top window by a subframe's probe when its text has arrived. Anyone can post it: it only asks the background to look. */
export const FRAME_TEXT_SIGNAL = 'backgrounder:frame-text';

/** The trimmed length of a document's text (what MIN_FRAME_TEXT is compared with). */
export const frameTextLength = (document: Document): number => document.body?.textContent?.trim().length ?? 0;
