/**
 * The bundled glossary is compiled at build time (automaton included) and
 * comes from the background gzip-compressed, in base64
 * (src/background/bundled-matching.ts):
 * no web-accessible resource for pages to probe, no compiling per page, and
 * nothing for frames without text to parse. Decoding is a few array views,
 * widened id columns and linear passes over the automaton. The reader's own
 * glossaries come from storage.local, compiled when they were imported.
 */
import type { EntryCard } from '../core/glossary/schema.ts';
import { base64ToBytes, decodeGlossarySteps } from '../core/glossary/binary.ts';
import type { CompiledGlossary } from '../core/glossary/compiled.ts';
import { Matcher } from '../core/match/matcher.ts';
import { runStepsWithPauses } from '../core/steps.ts';
import { BUNDLED_GLOSSARY_ID } from '../shared/custom-glossaries.ts';
import { loadCustomMatching } from '../shared/custom-glossary-matching.ts';
import { sendToBackground } from '../shared/messages.ts';
import { gunzip } from '../shared/gunzip.ts';
import { loadOnce } from '../shared/load-once.ts';
import { yieldToPage } from './marks/yield.ts';

export interface LoadedGlossaries {
  readonly matcher: Matcher;
  /** The card text of the reader's entries (the background serves only the bundled ones). */
  readonly cards: readonly EntryCard[];
}

/**
 * The matcher over the glossaries switched on (`disabled` lists the others,
 * "bundled" for the bundled one). The reader's glossaries come after the
 * bundled one, so their entries override bundled entries with the same id.
 */
export async function loadMatcher(disabled: readonly string[]): Promise<LoadedGlossaries> {
  // Both at once: the bundled glossary waits on the background, the reader's on storage.
  const [glossaries, custom] = await Promise.all([
    disabled.includes(BUNDLED_GLOSSARY_ID) ? [] : decodeBundled().then((glossary) => [glossary]),
    loadCustomMatching(disabled),
  ]);
  const matcher = new Matcher([...glossaries, ...custom.glossaries]);
  await yieldToPage(); // reading the page starts in a task of its own
  return { matcher, cards: custom.cards };
}

/**
 * The bundled glossary, decoded once per page in several tasks (the bytes, the
 * tables, then each pass over the automaton's states) so that none is long: on
 * the first page after the browser starts, decoding in one task took 60 ms.
 */
const decodeBundled = loadOnce(async (): Promise<CompiledGlossary> => {
  const base64 = await sendToBackground('content:get-glossary', {});
  if (typeof base64 !== 'string') throw new Error('the background sent no glossary');
  const bytes = await gunzip(base64ToBytes(base64));
  await yieldToPage();
  return runStepsWithPauses(decodeGlossarySteps(bytes), yieldToPage);
});
