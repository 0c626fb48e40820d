/** Shapes shared by the matcher's scan and selection steps. */
import type { EntryRef } from '../glossary/compiled.ts';

export type CaseMode = 'sensitive' | 'insensitive';

/** A possible mention found by the automaton, before contexts and overlaps are decided. */
export interface Candidate {
  /** Offsets in the scanned text (original, not normalised). */
  readonly start: number;
  readonly end: number;
  /** Global alias ids this span may be a form of (several when entries share an alias). */
  readonly forms: ReadonlyArray<{
    readonly alias: number;
    readonly suffix: number;
    /** The office title before a person's surname alone, which stands in for its contexts ("President Zelensky"). */
    readonly title?: string;
  }>;
  /** A span that blocks shorter aliases inside it and marks nothing itself. */
  readonly blocker: boolean;
  /**
   * Ordinals, in its block, of the span's first and last words: read only
   * when the glossary has `near` aliases (see NEAR_WINDOW_WORDS).
   */
  readonly words?: readonly [first: number, last: number];
}

/** The result of scanning one block of text: its candidates and the context terms it contains. */
export interface BlockScan {
  readonly candidates: readonly Candidate[];
  /** Global context ids found in the block. */
  readonly contexts: ReadonlySet<number>;
  /** Where each context term starts, as word ordinals in the block (when the glossary has `near` aliases). */
  readonly contextWords?: ReadonlyMap<number, readonly number[]>;
}

/** Why a mention was marked, for the card's "why highlighted". */
export interface MatchRule {
  readonly case: CaseMode;
  readonly plural: boolean;
  /** The context term that allowed a gated alias. */
  readonly context?: string;
}

/** A mention: a span of the caller's text that stands for one glossary entry. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly entryId: string;
  /** The alias as the glossary writes it. */
  readonly alias: string;
  readonly rule: MatchRule;
}

/** One entry an undecided span fits, with the alias of it that matched. */
export interface UndecidedCandidate {
  readonly entryId: string;
  /** The alias as the glossary writes it. */
  readonly alias: string;
  readonly rule: MatchRule;
}

/**
 * A span that two or more entries' aliases fit equally, every gate of each
 * met and none deciding between them: selection marks nothing there (it does
 * not guess), and reports it apart from the mentions so that the reader may
 * see it as a possible match and choose.
 */
export interface UndecidedSpan {
  readonly start: number;
  readonly end: number;
  /** Each entry once, in glossary order. */
  readonly candidates: readonly UndecidedCandidate[];
}

export type Density = 'first' | 'all';

export interface SelectOptions {
  /** First mention of each entry on the page, or every mention. */
  readonly density: Density;
  /** Entries the reader has switched off (muted, or a category turned off). */
  readonly isEnabled?: (entry: EntryRef) => boolean;
}

/** One alias's rules, with global ids. */
export interface AliasInfo {
  readonly entry: number;
  readonly text: string;
  readonly caseMode: CaseMode;
  readonly scope: 'page' | 'block' | 'near';
  readonly contexts: readonly number[];
  readonly notContexts: readonly number[];
}
