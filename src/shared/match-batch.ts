/**
 * Matching across contexts: the background holds the glossaries and scans the
 * text a page sends; the page keeps selecting (contexts and the first-mention
 * rule are page-wide, and the page re-reads what changes). So the answer to a
 * batch of texts is each block's scan plus the rules of just the aliases,
 * entries and context terms those scans name: enough for `selectMentions`
 * in the page, a few dozen rows where the glossary has hundreds of thousands.
 *
 * Ids are global ids of one matcher, a set of glossaries: `matcherKey` names
 * it, and a page that gets an answer from another matcher (the reader changed
 * their glossaries) must scan again what it had.
 */
import type { EntryRef } from '../core/glossary/compiled.ts';
import type { Matcher } from '../core/match/matcher.ts';
import type { AliasInfo, BlockScan, Candidate } from '../core/match/types.ts';

/** One block's scan as it travels: a plain object (Chrome's messages are JSON, so no Set). */
export interface SentBlockScan {
  readonly candidates: readonly Candidate[];
  readonly contexts: readonly number[];
  /** Where each context term was found, by word ordinal, for aliases gated "near" (no Map in JSON). */
  readonly contextWords?: ReadonlyArray<readonly [context: number, words: readonly number[]]>;
}

/** What selection needs to know of an entry: its card-less reference, and whether its id resolves to it. */
export interface SentEntry {
  readonly ref: EntryRef;
  /** False when a later glossary has an entry with the same id, which wins. */
  readonly current: boolean;
  /** Which glossary it comes from (0: the bundled one): a later one wins a tie. */
  readonly glossary: number;
}

export interface MatchBatch {
  readonly matcherKey: string;
  /** One per text sent, in order. */
  readonly scans: readonly SentBlockScan[];
  /** The rules of every alias named by a candidate of this batch, by global alias id. */
  readonly aliases: ReadonlyArray<readonly [id: number, info: AliasInfo]>;
  /** Every entry those aliases belong to, by global entry id. */
  readonly entries: ReadonlyArray<readonly [id: number, entry: SentEntry]>;
  /** The text of every context term those aliases are gated by. */
  readonly contextTerms: ReadonlyArray<readonly [id: number, term: string]>;
}

/** Scan `texts` as one batch and gather the rules the page needs to select from the scans. */
export function matchBatch(matcher: Matcher, matcherKey: string, texts: readonly string[]): MatchBatch {
  const scans = matcher.scanBlocks(texts);
  const aliases = new Map<number, AliasInfo>();
  const entries = new Map<number, SentEntry>();
  const contextTerms = new Map<number, string>();
  for (const scan of scans) {
    for (const candidate of scan.candidates) {
      for (const { alias } of candidate.forms) {
        if (aliases.has(alias)) continue;
        const info = matcher.aliasInfo(alias);
        aliases.set(alias, info);
        if (!entries.has(info.entry)) entries.set(info.entry, { ref: matcher.entryRef(info.entry), current: matcher.isCurrent(info.entry), glossary: matcher.glossaryOf(info.entry) });
        // Only the gating terms are shown (the card's "why"); notContexts need ids alone.
        for (const context of info.contexts) if (!contextTerms.has(context)) contextTerms.set(context, matcher.contextTerm(context));
      }
    }
  }
  return {
    matcherKey,
    scans: scans.map(({ candidates, contexts, contextWords }) => (contextWords ? { candidates, contexts: [...contexts], contextWords: [...contextWords] } : { candidates, contexts: [...contexts] })),
    aliases: [...aliases],
    entries: [...entries],
    contextTerms: [...contextTerms],
  };
}

/** A sent scan as `selectMentions` takes it. */
export const receivedScan = (sent: SentBlockScan): BlockScan =>
  sent.contextWords
    ? { candidates: sent.candidates, contexts: new Set(sent.contexts), contextWords: new Map(sent.contextWords) }
    : { candidates: sent.candidates, contexts: new Set(sent.contexts) };
