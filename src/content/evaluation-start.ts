/**
 * When this script's modules began to run: imported first by index.ts, so
 * its top level runs before every other module's (the polyfill's API
 * wrappers, the settings schema, Preact). The time from here to the
 * content script's start is work every page pays before marking begins,
 * which the page's timing did not count (docs/page-work.md, fourth pass).
 * Compiling the script comes before even this, and only a trace sees it.
 */
export const evaluationStartedAt = performance.now();
