/**
 * The bundled glossary ships inside the content script, compiled at build time
 * (automaton included) and base64-encoded: no fetch, no web-accessible
 * resource for pages to probe, no compiling per page. Decoding is a few array
 * views and one linear pass.
 */
import { glossaryFromBase64 } from '../core/glossary/binary.ts';
import { Matcher } from '../core/match/matcher.ts';

/** Replaced by the build with the compiled glossary (scripts/build.ts). */
declare const __BUNDLED_GLOSSARY__: string;

export function loadMatcher(): Matcher {
  return new Matcher([glossaryFromBase64(__BUNDLED_GLOSSARY__)]);
}
