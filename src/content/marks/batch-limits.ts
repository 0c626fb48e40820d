/** How the page's text is cut into messages to the background (page-marks.ts). */

/**
 * The most characters sent to the background in one message: about 0.4 MB of
 * JSON at most, against Chrome's 64 MiB message limit, and small enough that
 * the page's serialising and the background's scan each stay a few ms.
 */
export const MAX_BATCH_CHARS = 200_000;
/**
 * A page with at most this much text is matched in one message, without
 * first asking which blocks are on screen: the background scans it in a few
 * ms (Matcher.scan takes 4 ms on the corpus's worst 10,000-character page),
 * less than the rendering update that answers "what is on screen" and the
 * second round trip that ordering costs (docs/page-work.md). Every corpus page
 * is under it; a longer page is still marked on screen first.
 */
export const ONE_BATCH_CHARS = 20_000;
