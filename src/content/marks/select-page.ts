/**
 * A page's selection, block by block: the mentions, with the reader's
 * corrections applied, and the possible matches (names several entries fit
 * equally, which selection leaves unmarked), which those corrections may
 * decide. Possible matches are looked for only when the reader shows them or
 * has corrections that may decide them: otherwise a page pays nothing for them.
 */
import type { EntryRef } from '../../core/glossary/compiled.ts';
import { selectMentions, undecidedSpans } from '../../core/match/select.ts';
import type { BlockScan, Density, Mention, SelectOptions, UndecidedSpan } from '../../core/match/types.ts';
import type { PossibleMention } from '../page-mentions.ts';
import { rangeFor, type TextBlock } from '../scan/text-block.ts';
import type { RuleTable } from './rule-table.ts';

type EntryOf = (id: string) => EntryRef | undefined;

export interface PageSelectOptions extends SelectOptions {
  /** Mark possible matches (the `showPossibleMatches` setting); off when absent. */
  readonly showPossible?: boolean;
  /**
   * The reader's corrections of wrong links, applied to each block's selected
   * mentions. `entryOf` knows the entries the background's answers named: a
   * name's other meanings among them, since entries sharing a name come together.
   */
  readonly correct?: (mentions: readonly Mention[], entryOf: EntryOf) => readonly Mention[];
  /** The possible matches the reader's corrections decide, as mentions (corrected by `correct` next), and the rest. */
  readonly decide?: (spans: readonly UndecidedSpan[], entryOf: EntryOf) => { decided: readonly Mention[]; undecided: readonly UndecidedSpan[] };
}

export interface BlockSelection {
  /** Every mention, whatever the density (the popup counts them all). */
  readonly mentions: readonly Mention[];
  /** Possible matches left undecided; empty unless they are shown. */
  readonly possible: readonly UndecidedSpan[];
}

export function selectPage(rules: RuleTable, scans: readonly BlockScan[], options: PageSelectOptions): BlockSelection[] {
  const entryOf: EntryOf = (id) => rules.entry(id);
  const every = { ...options, density: 'all' } as const;
  const selected = selectMentions(rules, scans, every);
  const undecided = options.showPossible || options.decide ? undecidedSpans(rules, scans, every) : undefined;
  return selected.map((found, i) => {
    let mentions: readonly Mention[] = found;
    let possible: readonly UndecidedSpan[] = undecided?.[i] ?? [];
    if (options.decide && possible.length > 0) {
      const { decided, undecided: left } = options.decide(possible, entryOf);
      if (decided.length > 0) mentions = [...found, ...decided].sort((a, b) => a.start - b.start);
      possible = left;
    }
    return { mentions: options.correct?.(mentions, entryOf) ?? mentions, possible: options.showPossible === true ? possible : [] };
  });
}

/** The possible matches as marks: each set of candidates once with density "first", like an entry. */
export function placePossible(
  selection: readonly BlockSelection[],
  blocks: readonly TextBlock[],
  rules: RuleTable,
  density: Density,
): PossibleMention[] {
  const placed: PossibleMention[] = [];
  const seen = new Set<string>();
  selection.forEach(({ possible }, i) => {
    const block = blocks[i]!;
    for (const span of possible) {
      const key = span.candidates.map((candidate) => candidate.entryId).sort().join('\u0000');
      if (density === 'first' && seen.has(key)) continue;
      const candidates = span.candidates.flatMap(({ entryId, alias }) => {
        const entry = rules.entry(entryId);
        return entry ? [{ entry, alias }] : [];
      });
      const range = rangeFor(block, span.start, span.end);
      // The page shortened this block since it was matched; it is queued to be read again.
      if (!range || candidates.length === 0) continue;
      seen.add(key);
      placed.push({ candidates, range, text: block.text.slice(span.start, span.end) });
    }
  });
  return placed;
}
