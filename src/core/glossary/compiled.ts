/**
 * The compiled glossary: what the matcher runs on. Aliases are normalised,
 * rules resolved and the automaton built, so a page pays for none of that.
 *
 * Tables are columns of typed arrays (one index per entry, alias, context
 * term or pattern) so that a glossary loads as array views, without parsing
 * or allocating an object per alias. Strings live once in `strings` and are
 * referred to by index. The card text (summaries, facts, sources) is
 * not here: the content script never needs it to mark a page.
 */
import type { Automaton } from '../automaton/automaton.ts';
import { KINDS, type Kind } from './kinds.ts';

/** `aliasFlags` bits. */
export const CASE_SENSITIVE = 1;
export const BLOCK_SCOPE = 2;
/** Contexts count only within NEAR_WINDOW_WORDS words of the mention, in its block. */
export const NEAR_SCOPE = 4;
/** A place's name that is also a given name: not counted before a surname ("Virginia Woolf"); see match/name-gates.ts. */
export const GIVEN_NAME_GATE = 8;
/** One word of a person's name ("McCain"): not counted after another given name ("Meghan McCain"); see match/name-gates.ts. */
export const NAME_PART_GATE = 16;
/** A place's one-word name: not counted inside another name ("USS Arizona", "Liverpool Street"); see match/inside-name.ts. */
export const INSIDE_NAME_GATE = 32;
/** A person's name of several words: not counted after another person's given name ("Adut Salva Kiir"); see match/inside-name.ts. */
export const FULL_NAME_GATE = 64;
/** A one-word name of a thing that is no person or place ("Saab"): not counted after a given name or a title ("Alex Saab", "Mr Saab"); see match/namesake-gate.ts. */
export const NAMESAKE_GATE = 128;

/**
 * Words either side of a mention that a `near` context may be: about a
 * sentence of news prose each way. In scripts written without spaces each
 * letter counts as a word.
 */
export const NEAR_WINDOW_WORDS = 20;

/**
 * Strings by index: an array when compiled, or the packed table a glossary
 * file is read into (binary.ts), which decodes each string on first use.
 */
export interface StringList {
  readonly length: number;
  at(index: number): string | undefined;
}

export interface CompiledGlossary {
  readonly name: string;
  readonly strings: StringList;

  /** Per entry: id, label (string indexes) and kind (index into KINDS). */
  readonly entryId: Uint32Array;
  readonly entryLabel: Uint32Array;
  readonly entryKind: Uint8Array;

  /** Per alias: its entry, its text as written, its normalised text with case kept, its flags. */
  readonly aliasEntry: Uint32Array;
  readonly aliasText: Uint32Array;
  readonly aliasCased: Uint32Array;
  readonly aliasFlags: Uint8Array;
  /** Context terms gating alias a: aliasContexts[aliasContextStart[a] .. aliasContextStart[a + 1]). */
  readonly aliasContextStart: Uint32Array;
  readonly aliasContexts: Uint32Array;
  /** Context terms cancelling alias a, laid out the same way. */
  readonly aliasNotContextStart: Uint32Array;
  readonly aliasNotContexts: Uint32Array;

  /** Per context term: its text as written. */
  readonly contextText: Uint32Array;

  /** Per automaton pattern: the alias forms it stands for (formAlias/formSuffix[patternFormStart[p] ..]). */
  readonly patternFormStart: Uint32Array;
  readonly formAlias: Uint32Array;
  /** Units at the end of the pattern that are a plural suffix. */
  readonly formSuffix: Uint8Array;
  /** The context term this pattern is, or -1. */
  readonly patternContext: Int32Array;
  /** 1 when the pattern is a longer name that blocks a shorter alias inside it ("Fatah al-Islam"). */
  readonly patternBlocker: Uint8Array;

  readonly automaton: Automaton;

  /**
   * The name gates' word lists, worked out at build time (match/glossary-names.ts):
   * string indexes of the given names, person-name words, place words and
   * thing words, each list one string of folded words joined by NAME_WORDS_SEPARATOR.
   * A background started again reads them as four strings instead of
   * normalising every name of the glossary before its first page. Absent in
   * glossaries compiled before they were stored: then they are worked out when
   * first needed.
   */
  readonly nameWords?: Uint32Array;
  /**
   * The countries a government body or a place is related to (CSR by entry:
   * string indexes of country ids of the same glossary), so that "Jamaica's
   * National Security Ministry" is not read as Israel's, nor "Luanda, a village
   * in Kenya" as Angola's capital (match/country-possessive.ts,
   * match/place-appositive.ts).
   * Absent in glossaries compiled before it was stored: then the rule is off.
   */
  readonly entryCountryStart?: Uint32Array;
  readonly entryCountries?: Uint32Array;
  /**
   * The kinds of office each person's card names, as bits (match/office-titles.ts),
   * so that "President Zelensky" marks the surname alone. Absent in glossaries
   * compiled before it was stored: then a title counts for nothing.
   */
  readonly entryOffices?: Uint32Array;
}

/** Slots of `nameWords`. */
export const NAME_WORDS = { given: 0, person: 1, place: 2, thing: 3 } as const;
/** Between the words of a stored list: no folded word holds it. */
export const NAME_WORDS_SEPARATOR = '\n';

/** What the page and the popup need to know of an entry without its card. */
export interface EntryRef {
  readonly id: string;
  readonly label: string;
  readonly kind: Kind;
}

export const entryRef = (glossary: CompiledGlossary, entry: number): EntryRef => ({
  id: glossary.strings.at(glossary.entryId[entry]!)!,
  label: glossary.strings.at(glossary.entryLabel[entry]!)!,
  kind: KINDS[glossary.entryKind[entry]!]!,
});

/** Slice of a CSR column: the values for row `row`. */
export const rowOf = (start: Uint32Array, values: Uint32Array, row: number): Uint32Array => values.subarray(start[row]!, start[row + 1]!);
