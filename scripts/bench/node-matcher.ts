/**
 * Our matcher against the kept library, modern-ahocorasick, in Node: the
 * same glossary's patterns, the same page texts (the blocks the content
 * script reads, taken from the real pages), the same normalisation. Times
 * per page are medians of repeated passes after a warm-up; matches found are
 * compared (raw automaton hits must equal the library's, or the comparison
 * is not like for like).
 */
import AhoCorasick from 'modern-ahocorasick';
import { scanText, type Automaton } from '../../src/core/automaton/automaton.ts';
import type { CompiledGlossary } from '../../src/core/glossary/compiled.ts';
import { Matcher } from '../../src/core/match/matcher.ts';
import { normalise } from '../../src/core/text/normalise.ts';
import { median } from './stats.ts';
import type { NodeMatcherRow, Variant } from './types.ts';

/** Passes per page: the first ones warm the JIT up, the median of the rest is kept (Node timings are short and noisy). */
const WARM_UPS = 2;
const REPEATS = 9;

/**
 * The pattern strings of an automaton, read back from its trie: states are
 * numbered breadth-first and edge i leads to state i + 1, so each state's
 * parent and code unit are known, and a pattern is the path to its state.
 */
export function patternStrings(automaton: Automaton): string[] {
  const states = automaton.childCount.length;
  const parent = new Uint32Array(states);
  for (let state = 0; state < states; state++) {
    for (let edge = automaton.edgeStart[state]!; edge < automaton.edgeStart[state + 1]!; edge++) parent[edge + 1] = state;
  }
  return Array.from(automaton.patternState, (end) => {
    const units: number[] = [];
    for (let state = end; state !== 0; state = parent[state]!) units.push(automaton.edgeChar[state - 1]!);
    return String.fromCharCode(...units.reverse());
  });
}

/** Median wall time of `fn` over REPEATS runs after WARM_UPS, and its last result. */
function timed<T>(fn: () => T): { ms: number; result: T } {
  let result = fn();
  for (let i = 1; i < WARM_UPS; i++) result = fn();
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const started = performance.now();
    result = fn();
    times.push(performance.now() - started);
  }
  return { ms: median(times), result };
}

export interface PreparedGlossary {
  readonly variant: Variant;
  readonly matcher: Matcher;
  readonly automaton: Automaton;
  readonly library: AhoCorasick;
  readonly patterns: number;
  readonly libraryBuildMs: number;
}

export function prepareGlossary(variant: Variant, glossary: CompiledGlossary): PreparedGlossary {
  const patterns = patternStrings(glossary.automaton);
  const started = performance.now();
  const library = new AhoCorasick(patterns);
  return { variant, matcher: new Matcher([glossary]), automaton: glossary.automaton, library, patterns: patterns.length, libraryBuildMs: performance.now() - started };
}

export function compareOnPage(page: string, blocks: readonly string[], glossary: PreparedGlossary): NodeMatcherRow {
  const folded = blocks.map((text) => normalise(text).folded);
  const matcherScan = timed(() => blocks.reduce((sum, text) => sum + glossary.matcher.scan(text).candidates.length, 0));
  const automaton = timed(() => {
    let hits = 0;
    for (const text of folded) scanText(glossary.automaton, text, () => hits++);
    return hits;
  });
  const library = timed(() => folded.reduce((sum, text) => sum + glossary.library.search(text).length, 0));
  return {
    page,
    glossary: glossary.variant,
    characters: blocks.reduce((sum, text) => sum + text.length, 0),
    matcherScanMs: matcherScan.ms,
    automatonMs: automaton.ms,
    libraryMs: library.ms,
    automatonHits: automaton.result,
    libraryHits: library.result,
    candidates: matcherScan.result,
  };
}
