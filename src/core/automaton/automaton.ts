/**
 * An Aho–Corasick automaton over UTF-16 code units, in flat typed arrays.
 *
 * States are numbered in breadth-first order, so every state but the root is
 * reached by exactly one trie edge and edge i leads to state i + 1: the edge
 * table needs no target column. Transitions of a state are sorted by code unit
 * and found by binary search; failure and dictionary links are precomputed at
 * build time so the content script never rebuilds anything.
 *
 * Scanning costs O(text length + matches), whatever the number of patterns.
 */

export interface Automaton {
  /** For state s, its edges are edgeChar[edgeStart[s] .. edgeStart[s + 1]). Length: states + 1. */
  readonly edgeStart: Uint32Array;
  /** Code unit of each edge, sorted within a state. Length: states - 1. */
  readonly edgeChar: Uint16Array;
  /** Longest proper suffix state. */
  readonly fail: Uint32Array;
  /** Pattern ending exactly at this state, or -1. */
  readonly output: Int32Array;
  /** Nearest state on the failure chain that has an output, or -1. */
  readonly dictLink: Int32Array;
  /** Length in code units of each pattern. */
  readonly patternLength: Uint32Array;
  /** One bit per code unit: does the root have an edge for it? Lets the scan skip most text quickly. */
  readonly rootBits: Uint32Array;
}

interface TrieNode {
  readonly children: Map<number, TrieNode>;
  output: number;
  id: number;
}

/** Build an automaton; pattern i is reported with id i. Duplicate patterns are the caller's to merge. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const root: TrieNode = { children: new Map(), output: -1, id: 0 };
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
  });

  // Breadth-first numbering, children in code-unit order.
  const order: TrieNode[] = [root];
  for (let head = 0; head < order.length; head++) {
    const node = order[head]!;
    for (const unit of [...node.children.keys()].sort((a, b) => a - b)) {
      const child = node.children.get(unit)!;
      child.id = order.length;
      order.push(child);
    }
  }
  const states = order.length;
  const edgeStart = new Uint32Array(states + 1);
  const edgeChar = new Uint16Array(Math.max(states - 1, 0));
  const output = new Int32Array(states);
  let edge = 0;
  for (const node of order) {
    edgeStart[node.id] = edge;
    output[node.id] = node.output;
    for (const unit of [...node.children.keys()].sort((a, b) => a - b)) edgeChar[edge++] = unit;
  }
  edgeStart[states] = edge;

  const rootBits = new Uint32Array(65536 / 32);
  for (const unit of root.children.keys()) rootBits[unit >>> 5]! |= 1 << (unit & 31);

  const partial = { edgeStart, edgeChar, output, rootBits };
  const fail = new Uint32Array(states);
  const dictLink = new Int32Array(states).fill(-1);
  // Failure links in breadth-first order: a state's link is computed from its parent's.
  for (const node of order) {
    for (const [unit, child] of node.children) {
      let link = node.id === 0 ? 0 : step(partial, fail, fail[node.id]!, unit);
      if (link === child.id) link = 0;
      fail[child.id] = link;
      dictLink[child.id] = output[link] !== -1 ? link : dictLink[link]!;
    }
  }
  const patternLength = Uint32Array.from(patterns, (p) => p.length);
  return { ...partial, fail, dictLink, patternLength };
}

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
  const { fail, output, dictLink, rootBits } = automaton;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (state === 0 && (rootBits[unit >>> 5]! & (1 << (unit & 31))) === 0) continue;
    for (;;) {
      const next = child(automaton, state, unit);
      if (next !== -1) {
        state = next;
        break;
      }
      if (state === 0) break;
      state = fail[state]!;
    }
    if (state === 0) continue;
    let hit = output[state] !== -1 ? state : dictLink[state]!;
    while (hit !== -1) {
      onMatch(output[hit]!, i + 1);
      hit = dictLink[hit]!;
    }
  }
}
