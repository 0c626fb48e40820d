/**
 * Did each name in an article get a card? A name counts once per page, and
 * is covered when any of its occurrences overlaps a mention the matcher
 * selects in the article (every mention, not only the first). A surname met
 * alone after the full name ("Volker" after "Kurt Volker") is that person,
 * not a second name; names in the byline or the publication's own name are
 * not names the reader came to have explained.
 */
import type { FoundName, NameKind } from './coverage-names.ts';

export interface BlockMention {
  readonly entryId: string;
  readonly start: number;
  readonly end: number;
}

export interface NameCoverage {
  readonly name: string;
  readonly kind: NameKind;
  readonly occurrences: number;
  /** The entry whose card the name got, if any. */
  readonly entryId?: string;
}

/** Case, diacritics and white space folded, for telling one name from another. */
export const foldName = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export interface CoverageInput {
  readonly names: readonly FoundName[];
  /** Per block, the mentions the matcher selected. */
  readonly mentions: ReadonlyArray<readonly BlockMention[]>;
  /** Byline and publication name: their words are not names to explain. */
  readonly excluded: readonly string[];
}

export function measureCoverage({ names, mentions, excluded }: CoverageInput): NameCoverage[] {
  const excludedWords = new Set(excluded.flatMap((text) => foldName(text).split(/[^\p{L}\p{M}]+/u)).filter((word) => word.length > 1));
  const kept = names.filter((name) => !foldName(name.text).split(' ').every((word) => excludedWords.has(word)));
  // Each multi-word name's last word stands for it when met alone.
  const byLastWord = new Map<string, string>();
  for (const name of kept) {
    const words = foldName(name.text).split(' ');
    if (words.length > 1) byLastWord.set(words.at(-1)!, foldName(name.text));
  }
  const groups = new Map<string, { name: string; kind: NameKind; occurrences: number; entryId?: string }>();
  for (const name of kept) {
    const folded = foldName(name.text);
    const key = (!folded.includes(' ') && byLastWord.get(folded)) || folded;
    let group = groups.get(key);
    if (!group) {
      group = { name: name.text, kind: name.kind, occurrences: 0 };
      groups.set(key, group);
    }
    if (key === folded && name.text.length > group.name.length) group.name = name.text;
    group.occurrences++;
    const hit = (mentions[name.block] ?? []).find((mention) => mention.start < name.end && name.start < mention.end);
    if (hit && !group.entryId) group.entryId = hit.entryId;
  }
  return [...groups.values()].map(({ entryId, ...rest }) => (entryId ? { ...rest, entryId } : rest));
}
