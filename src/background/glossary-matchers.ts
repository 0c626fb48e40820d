/**
 * The glossaries, once per browser: the bundled one read from the package
 * (glossary.bin, typed-array views over the file's one ArrayBuffer) and the
 * reader's own from storage.local, behind one Matcher per set of glossaries
 * switched on. Pages send the text of their blocks and get back scans and
 * the rules they need to select (src/shared/match-batch.ts); the background
 * keeps nothing of a page, so a page closed mid-match leaves nothing here.
 *
 * Everything is read again when the background starts (Chrome stops an idle
 * service worker, Firefox suspends an idle event page): the first batch after
 * that waits for the load, which reads glossary.bin from its copy in
 * IndexedDB once there is one (packaged-file-copy.ts).
 */
import { decodeGlossary } from '../core/glossary/binary.ts';
import type { CompiledGlossary } from '../core/glossary/compiled.ts';
import type { EntryCard } from '../core/glossary/schema.ts';
import { Matcher } from '../core/match/matcher.ts';
import browser from '../shared/browser.ts';
import { fetchPackaged } from '../shared/bundled-glossary.ts';
import { BUNDLED_GLOSSARY_ID, watchCustomGlossaries } from '../shared/custom-glossaries.ts';
import { loadCustomMatching } from '../shared/custom-glossary-matching.ts';
import { loadOnce } from '../shared/load-once.ts';
import { matchBatch, type MatchBatch } from '../shared/match-batch.ts';
import { COMPILED_GLOSSARY_FILE } from '../shared/packaged-files.ts';
import { bundledCards } from './bundled-cards.ts';
import { GLOSSARY_DECODE_MEASURE, GLOSSARY_LOAD_MEASURE, MATCH_BATCH_MEASURE } from './glossary-load-measure.ts';
import { indexedDbStore, readWithCopy } from './packaged-file-copy.ts';


/** Sets of glossaries kept at once: one in practice (every page has the same settings); two while they change. */
const MATCHERS_KEPT = 2;

interface LoadedMatcher {
  readonly matcher: Matcher;
  /** Names this matcher to pages: its ids are valid only for the same key. */
  readonly key: string;
  /** The reader's cards, by id (a later glossary's entry overrides an earlier one's). */
  readonly customCards: ReadonlyMap<string, EntryCard>;
}

/** The build's digest of glossary.bin (scripts/build.ts defines it), naming the copy kept in IndexedDB; absent in tests. */
declare const BACKGROUNDER_GLOSSARY_DIGEST: string | undefined;
const glossaryDigest = typeof BACKGROUNDER_GLOSSARY_DIGEST === 'string' ? BACKGROUNDER_GLOSSARY_DIGEST : undefined;

export const bundledGlossary = loadOnce(async (): Promise<CompiledGlossary> => {
  const started = performance.now();
  const readPackaged = async () => (await fetchPackaged(COMPILED_GLOSSARY_FILE)).arrayBuffer();
  const { bytes, from } = await readWithCopy(COMPILED_GLOSSARY_FILE, glossaryDigest, readPackaged, indexedDbStore);
  const read = performance.now();
  const glossary = decodeGlossary(bytes);
  const ended = performance.now();
  performance.measure(GLOSSARY_DECODE_MEASURE, { start: read, end: ended });
  performance.measure(GLOSSARY_LOAD_MEASURE, { start: started, end: ended, detail: { from, bytes: bytes.byteLength } });
  return glossary;
});

const matchers = new Map<string, Promise<LoadedMatcher>>();

/** Forget every matcher (the reader's glossaries changed); pages holding old ids learn it from the next key. */
export function watchGlossaryChanges(signal: AbortSignal): void {
  watchCustomGlossaries(() => matchers.clear(), signal);
}

const disabledKey = (disabled: readonly string[]): string => JSON.stringify([...new Set(disabled)].sort());

async function buildMatcher(disabled: readonly string[]): Promise<LoadedMatcher> {
  const [bundled, custom] = await Promise.all([
    disabled.includes(BUNDLED_GLOSSARY_ID) ? undefined : bundledGlossary(),
    loadCustomMatching(disabled),
  ]);
  const glossaries = bundled ? [bundled, ...custom.glossaries] : custom.glossaries;
  return {
    matcher: new Matcher(glossaries),
    key: `${browser.runtime.getManifest().version}|${disabledKey(disabled)}|${custom.stamp}`,
    customCards: new Map(custom.cards.map((card) => [card.id, card])),
  };
}

/** The matcher over the glossaries not in `disabled`, built once until they change. */
export function matcherFor(disabled: readonly string[]): Promise<LoadedMatcher> {
  const key = disabledKey(disabled);
  let loaded = matchers.get(key);
  if (!loaded) {
    loaded = buildMatcher(disabled);
    const built = loaded;
    built.catch(() => matchers.get(key) === built && matchers.delete(key));
    matchers.set(key, built);
    while (matchers.size > MATCHERS_KEPT) matchers.delete(matchers.keys().next().value!);
  }
  return loaded;
}

/** Scan a page's batch of block texts. */
export async function matchBlocks(texts: readonly string[], disabled: readonly string[]): Promise<MatchBatch> {
  const { matcher, key } = await matcherFor(disabled);
  const started = performance.now();
  const batch = matchBatch(matcher, key, texts);
  performance.measure(MATCH_BATCH_MEASURE, { start: started, end: performance.now(), detail: { texts: texts.length } });
  return batch;
}

/** Card text by id: the reader's glossaries switched on first (they override the bundled ids), then the bundled one. */
export async function cardsFor(ids: readonly string[], disabled: readonly string[]): Promise<EntryCard[]> {
  const [{ customCards }, bundled] = await Promise.all([matcherFor(disabled), bundledCards()]);
  return ids.flatMap((id) => customCards.get(id) ?? bundled.get(id) ?? []);
}
