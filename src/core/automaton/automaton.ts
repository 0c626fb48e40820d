/**
 * An Aho–Corasick automaton over UTF-16 code units, in flat typed arrays.
 *
 * States are numbered in breadth-first order, so every state but the root is
 * reached by exactly one trie edge and edge i leads to state i + 1: the edge
 * table needs no target column, and a state's edges are found from its child
 * count. Transitions of a state are sorted by code unit and found by binary
 * search. Failure links are computed once, at build time, and stored; the
 * cheap derived tables (edge offsets, outputs, dictionary links, the root's
 * bitmap) are rebuilt in linear passes when a glossary is loaded.
 *
 * Scanning costs O(text length + matches), whatever the number of patterns.
 */
import { runSteps, type Steps } from '../steps.ts';

/** What is stored in a compiled glossary file. */
export interface StoredAutomaton {
  /** Number of trie children of each state. Length: states. */
  readonly childCount: Uint16Array;
  /** Code unit of each edge, states' edges in order, sorted within a state. Length: states - 1. */
  readonly edgeChar: Uint16Array;
  /** Longest proper suffix state. Length: states. */
  readonly fail: Uint32Array;
  /** The state where each pattern ends. */
  readonly patternState: Uint32Array;
  /** Length in code units of each pattern. */
  readonly patternLength: Uint32Array;
}

export interface Automaton extends StoredAutomaton {
  /** For state s, its edges are edgeChar[edgeStart[s] .. edgeStart[s + 1]). Length: states + 1. */
  readonly edgeStart: Uint32Array;
  /** Pattern ending exactly at this state, or -1. */
  readonly output: Int32Array;
  /** Nearest state on the failure chain that has an output, or -1. */
  readonly dictLink: Int32Array;
  /** One bit per code unit: does the root have an edge for it? Lets the scan skip most text quickly. */
  readonly rootBits: Uint32Array;
  /** The root's child for each ASCII unit, or -1: most text is ASCII, and the root has the most edges. */
  readonly rootAscii: Int32Array;
  /**
   * One bit per state: does it report a pattern (its own output or a
   * dictionary link)? Most states do not, and the scan asks after every
   * character; the bits are a thirty-second of the two columns they stand
   * for, so the question seldom leaves the cache, however many patterns.
   */
  readonly reportBits: Uint32Array;
}

interface TrieNode {
  readonly children: Map<number, TrieNode>;
  output: number;
  id: number;
}

/** Build an automaton; pattern i is reported with id i. Patterns must be non-empty and distinct. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const root: TrieNode = { children: new Map(), output: -1, id: 0 };
  const ends: TrieNode[] = [];
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) throw new Error(`pattern ${index} is empty`);
    let node = root;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      let next = node.children.get(unit);
      if (!next) {
        next = { children: new Map(), output: -1, id: 0 };
        node.children.set(unit, next);
      }
      node = next;
    }
    if (node.output !== -1) throw new Error(`pattern ${index} duplicates pattern ${node.output}`);
    node.output = index;
    ends.push(node);
  });

  // Breadth-first numbering, children in code-unit order.
  const order: TrieNode[] = [root];
  const sortedKeys = (node: TrieNode): number[] => [...node.children.keys()].sort((a, b) => a - b);
  for (let head = 0; head < order.length; head++) {
    const node = order[head]!;
    for (const unit of sortedKeys(node)) {
      const next = node.children.get(unit)!;
      next.id = order.length;
      order.push(next);
    }
  }
  const states = order.length;
  const childCount = new Uint16Array(states);
  const edgeChar = new Uint16Array(Math.max(states - 1, 0));
  let edge = 0;
  for (const node of order) {
    childCount[node.id] = node.children.size;
    for (const unit of sortedKeys(node)) edgeChar[edge++] = unit;
  }
  const shape = { childCount, edgeChar, edgeStart: edgeOffsets(childCount) };

  // Failure links in breadth-first order: a state's link comes from its parent's.
  const fail = new Uint32Array(states);
  for (const node of order) {
    for (const [unit, next] of node.children) {
      fail[next.id] = node.id === 0 ? 0 : step(shape, fail, fail[node.id]!, unit);
    }
  }
  return completeAutomaton({
    childCount,
    edgeChar,
    fail,
    patternState: Uint32Array.from(ends, (node) => node.id),
    patternLength: Uint32Array.from(patterns, (pattern) => pattern.length),
  });
}

function edgeOffsets(childCount: Uint16Array): Uint32Array {
  const edgeStart = new Uint32Array(childCount.length + 1);
  for (let s = 0; s < childCount.length; s++) edgeStart[s + 1] = edgeStart[s]! + childCount[s]!;
  return edgeStart;
}

/** Rebuild the derived tables of a stored automaton: linear passes over the states. */
export function completeAutomaton(stored: StoredAutomaton): Automaton {
  return runSteps(completeAutomatonSteps(stored));
}

/**
 * `completeAutomaton` in steps, so that a page can yield between them: on a
 * cold page each pass over the 50,000 states of the bundled glossary takes
 * 10 to 30 ms.
 */
export function* completeAutomatonSteps(stored: StoredAutomaton): Steps<Automaton> {
  const states = stored.childCount.length;
  const edgeStart = edgeOffsets(stored.childCount);
  yield;
  const output = new Int32Array(states).fill(-1);
  stored.patternState.forEach((state, pattern) => (output[state] = pattern));
  // A failure link always points to a shallower state, which breadth-first order numbers earlier.
  const dictLink = new Int32Array(states).fill(-1);
  // The root reports nothing (no pattern is empty), so its bit stays clear.
  const reportBits = new Uint32Array((states + 31) >>> 5);
  for (let s = 1; s < states; s++) {
    const link = stored.fail[s]!;
    dictLink[s] = output[link] !== -1 ? link : dictLink[link]!;
    if (output[s] !== -1 || dictLink[s] !== -1) setBit(reportBits, s);
  }
  const rootBits = new Uint32Array(65536 / 32);
  const rootAscii = new Int32Array(128).fill(-1);
  for (let e = edgeStart[0]!; e < edgeStart[1]!; e++) {
    const unit = stored.edgeChar[e]!;
    rootBits[unit >>> 5]! |= 1 << (unit & 31);
    if (unit < 128) rootAscii[unit] = e + 1;
  }
  return { ...stored, edgeStart, output, dictLink, rootBits, rootAscii, reportBits };
}

export const setBit = (bits: Uint32Array, index: number): void => {
  bits[index >>> 5]! |= 1 << (index & 31);
};

type Transitions = Pick<Automaton, 'edgeStart' | 'edgeChar'>;

/** The trie child of `state` for `unit`, or -1. */
export function child(automaton: Transitions, state: number, unit: number): number {
  let low = automaton.edgeStart[state]!;
  let high = automaton.edgeStart[state + 1]! - 1;
  const chars = automaton.edgeChar;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = chars[mid]!;
    if (value === unit) return mid + 1;
    if (value < unit) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

function step(automaton: Transitions, fail: Uint32Array, state: number, unit: number): number {
  for (;;) {
    const next = child(automaton, state, unit);
    if (next !== -1) return next;
    if (state === 0) return 0;
    state = fail[state]!;
  }
}

/**
 * Report every occurrence of every pattern in `text`.
 * `onMatch(pattern, end)` receives the pattern id and the offset just after the match.
 */
export function scanText(automaton: Automaton, text: string, onMatch: (pattern: number, end: number) => void): void {
  const { fail, output, dictLink, rootBits, rootAscii, reportBits, edgeStart, edgeChar } = automaton;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (state === 0) {
      if ((rootBits[unit >>> 5]! & (1 << (unit & 31))) === 0) continue;
      if (unit < 128) {
        state = rootAscii[unit]!;
        if ((reportBits[state >>> 5]! & (1 << (state & 31))) !== 0) reportAt(state, i);
        continue;
      }
    }
    // The transition, inlined: this loop runs once per character of the page, often before the JIT has warmed up.
    for (;;) {
      let low = edgeStart[state]!;
      let high = edgeStart[state + 1]! - 1;
      let next = -1;
      while (low <= high) {
        const mid = (low + high) >>> 1;
        const value = edgeChar[mid]!;
        if (value === unit) {
          next = mid + 1;
          break;
        }
        if (value < unit) low = mid + 1;
        else high = mid - 1;
      }
      if (next !== -1) {
        state = next;
        break;
      }
      if (state === 0) break;
      state = fail[state]!;
    }
    if ((reportBits[state >>> 5]! & (1 << (state & 31))) !== 0) reportAt(state, i);
  }

  function reportAt(at: number, i: number): void {
    let hit = output[at] !== -1 ? at : dictLink[at]!;
    while (hit !== -1) {
      onMatch(output[hit]!, i + 1);
      hit = dictLink[hit]!;
    }
  }
}
