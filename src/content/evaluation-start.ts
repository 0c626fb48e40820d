/**
 * When this script's modules began to run: imported first by index.ts, so
 * its top level runs before every other module's (Preact's, floating-ui's
 * and each module's constants; until the fifth pass also the polyfill's API
 * wrappers and the settings' valibot schemas). The time from here to the
 * content script's start is work every page pays before marking begins,
 * which the page's timing did not count (docs/page-work.md, fourth pass).
 * Compiling the script comes before even this, and only a trace sees it.
 */
export const evaluationStartedAt = performance.now();
