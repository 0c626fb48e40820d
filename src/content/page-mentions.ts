/**
 * The mentions marked on the page, with the indexes hover needs: from a Range
 * (what `highlightsFromPoint` returns) and from a text node (what
 * `caretPositionFromPoint` returns) to the mention.
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

export class MentionIndex {
  readonly all: readonly PageMention[];
  readonly #byRange = new Map<AbstractRange, PageMention>();
  readonly #byNode = new Map<Node, PageMention[]>();

  constructor(mentions: readonly PageMention[]) {
    this.all = mentions;
    for (const mention of mentions) {
      this.#byRange.set(mention.range, mention);
      for (const node of [mention.range.startContainer, mention.range.endContainer]) {
        const list = this.#byNode.get(node) ?? [];
        if (!list.includes(mention)) list.push(mention);
        this.#byNode.set(node, list);
      }
    }
  }

  byRange(range: AbstractRange): PageMention | undefined {
    return this.#byRange.get(range);
  }

  /** Mentions that start or end in this text node. */
  inNode(node: Node): readonly PageMention[] {
    return this.#byNode.get(node) ?? [];
  }

  /** The first mention of an entry, in document order. */
  firstOf(entryId: string): PageMention | undefined {
    return this.all.find((mention) => mention.entry.id === entryId);
  }
}
