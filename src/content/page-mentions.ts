/**
 * The names marked on the page, with the indexes hover needs: from a Range
 * (what `highlightsFromPoint` returns) and from a text node (what
 * `caretPositionFromPoint` returns) to the name.
 */
import type { EntryRef } from '../core/glossary/compiled.ts';
import type { MatchRule } from '../core/match/types.ts';

export interface PageMention {
  readonly entry: EntryRef;
  readonly alias: string;
  readonly rule: MatchRule;
  readonly range: Range;
  /** The exact page text of the mention. */
  readonly text: string;
}

/** A possible match: a name several entries fit equally, shown (when the reader asks for it) with a chooser. */
export interface PossibleMention {
  /** Each entry the name may stand for, with its alias that matched. */
  readonly candidates: ReadonlyArray<{ readonly entry: EntryRef; readonly alias: string }>;
  readonly range: Range;
  readonly text: string;
}

/** Anything marked that hover, touch and the keyboard reach. */
export type MarkedName = PageMention | PossibleMention;

export const isPossible = (name: MarkedName): name is PossibleMention => 'candidates' in name;

/** Marked names by range and by text node. */
export class RangeIndex<M extends { readonly range: Range }> {
  readonly all: readonly M[];
  readonly #byRange = new Map<AbstractRange, M>();
  readonly #byNode = new Map<Node, M[]>();

  constructor(names: readonly M[]) {
    this.all = names;
    for (const name of names) {
      this.#byRange.set(name.range, name);
      for (const node of [name.range.startContainer, name.range.endContainer]) {
        const list = this.#byNode.get(node) ?? [];
        if (!list.includes(name)) list.push(name);
        this.#byNode.set(node, list);
      }
    }
  }

  byRange(range: AbstractRange): M | undefined {
    return this.#byRange.get(range);
  }

  /** Names that start or end in this text node. */
  inNode(node: Node): readonly M[] {
    return this.#byNode.get(node) ?? [];
  }
}

export class MentionIndex extends RangeIndex<PageMention> {
  /** The first mention of an entry, in document order. */
  firstOf(entryId: string): PageMention | undefined {
    return this.all.find((mention) => mention.entry.id === entryId);
  }
}
