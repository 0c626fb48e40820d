/**
 * A small glossary for the content-script DOM tests: names split across
 * inline elements in the scan-scope requirements ("Palestinian Authority",
 * "Chatham House"), a gated acronym, an exclusion, and plain one-word names.
 * Not a test file: imported by the tests under src/content.
 */
import { compileGlossary } from '../../core/glossary/compile.ts';
import type { AliasSpec, Entry, Kind } from '../../core/glossary/schema.ts';
import { Matcher } from '../../core/match/matcher.ts';
import { matchBatch } from '../../shared/match-batch.ts';
import type { BlockMatcher } from '../marks/background-matcher.ts';

/** A test entry: its id as label, one summary line, a source. */
export function entry(id: string, kind: Kind, aliases: AliasSpec[]): Entry {
  return {
    id,
    label: id,
    kind,
    aliases,
    summary: `Test entry ${id}.`,
    asOf: '2025-01',
    sources: [{ publisher: 'Wikipedia', url: `https://en.wikipedia.org/wiki/${id}` }],
  };
}

export const TEST_ENTRIES: readonly Entry[] = [
  entry('chatham-house', 'organisation', ['Chatham House']),
  entry('fatah', 'group', [{ text: 'Fatah', exclude: ['Fatah al-Islam'] }]),
  entry('hamas', 'group', ['Hamas']),
  entry('palestinian-authority', 'government', ['Palestinian Authority', { text: 'PA', contexts: ['Palestinian', 'Ramallah'] }]),
  entry('united-nations', 'organisation', ['United Nations', 'UN']),
  entry('west-bank', 'place', ['West Bank']),
];

/** Every alias text of the test glossary (for generators). */
export const TEST_ALIASES: readonly string[] = TEST_ENTRIES.flatMap((e) => e.aliases.map((a) => (typeof a === 'string' ? a : a.text)));

export function testMatcher(): Matcher {
  return new Matcher([compileGlossary('test', TEST_ENTRIES)]);
}

/**
 * A BlockMatcher that answers as the background does, from `matcher`, with
 * the answer passed through JSON as Chrome's messages are.
 */
export function blockMatcherOver(matcher: Matcher, matcherKey = 'test'): BlockMatcher {
  return { match: async (texts) => JSON.parse(JSON.stringify(matchBatch(matcher, matcherKey, texts))) };
}
