/**
 * The automaton as glossary.bin stores it: what a read can use as views, and
 * what is cheap to rebuild, chosen by measurement (docs/page-work.md).
 *
 * Stored: edge offsets (`edgeStart`) rather than child counts, the edges'
 * code units, failure links, where and how long each pattern is, and the
 * dictionary links as a sparse list (one state in seven has one). Rebuilt on
 * read: the outputs (one write per pattern), the dictionary links (one write
 * per listed state), the bits of the states that report (from both), and the
 * root's bitmap and ASCII row (one pass over the root's edges). Child
 * counts, which a scan never reads, are derived when first asked for.
 *
 * Why not child counts, as `completeAutomaton` rebuilds from: a pass over
 * every state in a background that has just started runs cold, and two such
 * passes over the bundled glossary's 244,000 states took 100–200 ms on the
 * project's busy machine, more than reading the half-megabyte more that
 * storing the offsets costs.
 */
import { setBit, type Automaton } from '../automaton/automaton.ts';

/** The automaton's columns as stored, by name. */
export interface StoredAutomatonColumns {
  readonly edgeStart: Uint32Array;
  readonly edgeChar: Uint16Array;
  readonly fail: Uint32Array;
  readonly patternState: Uint32Array;
  readonly patternLength: Uint32Array;
  /** The states whose dictionary link is not -1, ascending, and their links. */
  readonly dictLinkState: Uint32Array;
  readonly dictLinkTarget: Uint32Array;
}

/** Column name to the type it is read as (binary.ts stores each at the narrowest type that holds it). */
export const AUTOMATON_COLUMN_TYPES = {
  edgeStart: 'u32', edgeChar: 'u16', fail: 'u32', patternState: 'u32', patternLength: 'u32', dictLinkState: 'u32', dictLinkTarget: 'u32',
} as const satisfies Record<keyof StoredAutomatonColumns, string>;

export function storedAutomatonColumns(automaton: Automaton): StoredAutomatonColumns {
  const states: number[] = [];
  const targets: number[] = [];
  automaton.dictLink.forEach((link, state) => {
    if (link !== -1) {
      states.push(state);
      targets.push(link);
    }
  });
  const { edgeStart, edgeChar, fail, patternState, patternLength } = automaton;
  return { edgeStart, edgeChar, fail, patternState, patternLength, dictLinkState: Uint32Array.from(states), dictLinkTarget: Uint32Array.from(targets) };
}

/** The automaton from its stored columns: views kept as they are, the small tables rebuilt. */
export function automatonFromColumns(stored: StoredAutomatonColumns): Automaton {
  const { edgeStart, edgeChar, fail, patternState, patternLength, dictLinkState, dictLinkTarget } = stored;
  const states = fail.length;
  const output = new Int32Array(states).fill(-1);
  for (let pattern = 0; pattern < patternState.length; pattern++) output[patternState[pattern]!] = pattern;
  const dictLink = new Int32Array(states).fill(-1);
  for (let i = 0; i < dictLinkState.length; i++) dictLink[dictLinkState[i]!] = dictLinkTarget[i]!;
  // The states that report: where a pattern ends, and the listed ones (no pass over every state).
  const reportBits = new Uint32Array((states + 31) >>> 5);
  for (let pattern = 0; pattern < patternState.length; pattern++) setBit(reportBits, patternState[pattern]!);
  for (let i = 0; i < dictLinkState.length; i++) setBit(reportBits, dictLinkState[i]!);
  const rootBits = new Uint32Array(65536 / 32);
  const rootAscii = new Int32Array(128).fill(-1);
  for (let e = edgeStart[0] ?? 0; e < (edgeStart[1] ?? 0); e++) {
    const unit = edgeChar[e]!;
    rootBits[unit >>> 5]! |= 1 << (unit & 31);
    if (unit < 128) rootAscii[unit] = e + 1;
  }
  let childCount: Uint16Array | undefined;
  const automaton = { edgeChar, fail, patternState, patternLength, edgeStart, output, dictLink, rootBits, rootAscii, reportBits };
  return Object.defineProperty(automaton, 'childCount', {
    enumerable: true,
    get: (): Uint16Array => (childCount ??= Uint16Array.from({ length: states }, (_, s) => edgeStart[s + 1]! - edgeStart[s]!)),
  }) as typeof automaton & { readonly childCount: Uint16Array };
}
