/**
 * Loads the compiled bundled glossary (one fetch of a binary file, no
 * compiling) and builds the matcher.
 */
import { decodeGlossary } from '../core/glossary/binary.ts';
import { Matcher } from '../core/match/matcher.ts';
import browser from '../shared/browser.ts';

let bundled: Promise<ReturnType<typeof decodeGlossary>> | undefined;

/** The bundled glossary, fetched once per page even when sessions restart. */
function loadBundled(): Promise<ReturnType<typeof decodeGlossary>> {
  bundled ??= fetch(browser.runtime.getURL('glossary.bin'))
    .then((response) => {
      if (!response.ok) throw new Error(`glossary.bin: HTTP ${response.status}`);
      return response.arrayBuffer();
    })
    .then(decodeGlossary);
  return bundled;
}

export async function loadMatcher(): Promise<Matcher> {
  return new Matcher([await loadBundled()]);
}
