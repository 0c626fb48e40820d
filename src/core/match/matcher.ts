/**
 * The matcher: one or more compiled glossaries (bundled and the reader's own)
 * behind a single interface, with entry, alias and context ids made global.
 *
 * `scan` reads one block of text and reports candidates and context terms;
 * `select` decides mentions over a whole page's blocks, because contexts and
 * the first-mention rule are page-wide. `findMentions` does both for one text.
 */
import { scanText } from '../automaton/automaton.ts';
import { BLOCK_SCOPE, CASE_SENSITIVE, FULL_NAME_GATE, NAME_PART_GATE, NEAR_SCOPE, entryRef, rowOf, type CompiledGlossary, type EntryRef } from '../glossary/compiled.ts';
import { normalise } from '../text/normalise.ts';
import { KINDS } from '../glossary/kinds.ts';
import { isEndBoundary, isStartBoundary } from './boundaries.ts';
import { hasCapital, isCapitalsAlias, isInCapitalsRun, isNameOfSeveralWords, matchesCase } from './case-rule.ts';
import { blockCaseReader } from './block-case.ts';
import { dropOtherCountrysBodies, type BodyCountries } from './country-possessive.ts';
import { dropPlacesOfOtherCountries } from './place-appositive.ts';
import { dropRelativesNames, type PersonLabels } from './generation-suffix.ts';
import { NAME_GATES, NameGateCheck } from './name-gate-check.ts';
import { selectMentions, type SelectionTables } from './select.ts';
import { fitsTones, hasThirdTone } from './tone-marks.ts';
import { isUnspacedWordMatch } from './unspaced-words.ts';
import { isDottedNamePart } from './dotted-name.ts';
import { isVenueAfter } from './named-after.ts';
import type { AliasInfo, BlockScan, Candidate, Mention, SelectOptions } from './types.ts';
import { blockAt, wordOrdinal, wordStartsBefore } from './word-ordinals.ts';
import { isListedPair } from './listed-pair.ts';
import { BLOCK_SEPARATOR } from '../text/word-shape.ts';

/** Does the alias carry contexts (its own or its related entries' names)? */
/** The organisation kind's index in the compiled entries' kinds. */
const ORGANISATION = KINDS.indexOf('organisation');

const isGated = (glossary: CompiledGlossary, alias: number): boolean => glossary.aliasContextStart[alias + 1]! > glossary.aliasContextStart[alias]!;

interface Part {
  readonly glossary: CompiledGlossary;
  readonly entryBase: number;
  readonly aliasBase: number;
  readonly contextBase: number;
}

export class Matcher implements SelectionTables, BodyCountries, PersonLabels {
  readonly #parts: readonly Part[];
  /**
   * Ids of the glossaries after the first (the reader's own, small) to the
   * entry that wins each: the first glossary (the bundled one, which may hold
   * hundreds of thousands of entries) is indexed only if an id is looked up.
   */
  readonly #laterById = new Map<string, number>();
  #firstById: Map<string, number> | undefined;
  /** Rules and entries are looked up for every candidate; most pages use a few dozen of each. */
  readonly #aliasInfo = new Map<number, AliasInfo>();
  readonly #entryRef = new Map<number, EntryRef>();
  /** Total number of entries across glossaries. */
  readonly entryCount: number;
  /** Word positions are counted only for glossaries that have an alias with `near` contexts. */
  readonly #hasNearScope: boolean;
  /** The name gates' check, with the names it reads from the glossaries when a page first needs them. */
  readonly #nameGates: NameGateCheck;
  /** Whether any glossary stores its bodies' countries (country-possessive.ts); one compiled before has none. */
  readonly #hasBodyCountries: boolean;
  readonly #bodyCountries = new Map<number, ReadonlySet<string> | undefined>();

  constructor(glossaries: readonly CompiledGlossary[]) {
    let entryBase = 0;
    let aliasBase = 0;
    let contextBase = 0;
    this.#parts = glossaries.map((glossary, index) => {
      const part = { glossary, entryBase, aliasBase, contextBase };
      if (index > 0) {
        // A later glossary (the reader's own) overrides an earlier entry with the same id.
        for (let e = 0; e < glossary.entryId.length; e++) this.#laterById.set(glossary.strings.at(glossary.entryId[e]!)!, entryBase + e);
      }
      entryBase += glossary.entryId.length;
      aliasBase += glossary.aliasEntry.length;
      contextBase += glossary.contextText.length;
      return part;
    });
    this.entryCount = entryBase;
    this.#nameGates = new NameGateCheck(this.#parts);
    this.#hasNearScope = glossaries.some((glossary) => glossary.aliasFlags.some((flags) => (flags & NEAR_SCOPE) !== 0));
    this.#hasBodyCountries = glossaries.some((glossary) => (glossary.entryCountries?.length ?? 0) > 0);
  }

  countryOf(alias: number): string | undefined {
    const ref = this.entryRef(this.aliasInfo(alias).entry);
    return ref.kind === 'country' ? ref.id : undefined;
  }

  personLabelOf(alias: number): string | undefined {
    const ref = this.entryRef(this.aliasInfo(alias).entry);
    return ref.kind === 'person' ? ref.label : undefined;
  }

  bodyCountriesOf(alias: number): ReadonlySet<string> | undefined {
    const entry = this.aliasInfo(alias).entry;
    if (!this.#bodyCountries.has(entry)) {
      const { glossary, entryBase } = this.#part(entry, (p) => p.entryBase);
      const { entryCountryStart: start, entryCountries: values } = glossary;
      const row = start && values ? rowOf(start, values, entry - entryBase) : undefined;
      this.#bodyCountries.set(entry, row && row.length > 0 ? new Set(Array.from(row, (id) => glossary.strings.at(id)!)) : undefined);
    }
    return this.#bodyCountries.get(entry);
  }

  /** The glossary part holding global id `id` of the kind whose base `base` gives. */
  #part(id: number, base: (part: Part) => number): Part {
    let found = this.#parts[0]!;
    for (const part of this.#parts) if (base(part) <= id) found = part;
    return found;
  }

  entryRef(entry: number): EntryRef {
    let ref = this.#entryRef.get(entry);
    if (!ref) {
      const part = this.#part(entry, (p) => p.entryBase);
      ref = entryRef(part.glossary, entry - part.entryBase);
      this.#entryRef.set(entry, ref);
    }
    return ref;
  }

  entryId(entry: number): string {
    return this.entryRef(entry).id;
  }

  /** An entry by id (the one that wins when glossaries share an id). */
  entry(id: string): EntryRef | undefined {
    const index = this.#laterById.get(id) ?? this.#firstIndex().get(id);
    return index === undefined ? undefined : this.entryRef(index);
  }

  /** Is this entry the one its id resolves to (not shadowed by a later glossary)? */
  isCurrent(entry: number): boolean {
    const winner = this.#laterById.get(this.entryId(entry));
    return winner === undefined || winner === entry;
  }

  glossaryOf(entry: number): number {
    return this.#parts.indexOf(this.#part(entry, (p) => p.entryBase));
  }

  /** The first glossary's ids, indexed on the first lookup by id. */
  #firstIndex(): Map<string, number> {
    if (!this.#firstById) {
      this.#firstById = new Map();
      const first = this.#parts[0];
      if (first) for (let e = 0; e < first.glossary.entryId.length; e++) this.#firstById.set(first.glossary.strings.at(first.glossary.entryId[e]!)!, e);
    }
    return this.#firstById;
  }

  aliasInfo(alias: number): AliasInfo {
    let info = this.#aliasInfo.get(alias);
    if (!info) {
      info = this.#readAliasInfo(alias);
      this.#aliasInfo.set(alias, info);
    }
    return info;
  }

  #readAliasInfo(alias: number): AliasInfo {
    const part = this.#part(alias, (p) => p.aliasBase);
    const { glossary, entryBase, contextBase } = part;
    const local = alias - part.aliasBase;
    const flags = glossary.aliasFlags[local]!;
    return {
      entry: entryBase + glossary.aliasEntry[local]!,
      text: glossary.strings.at(glossary.aliasText[local]!)!,
      caseMode: flags & CASE_SENSITIVE ? 'sensitive' : 'insensitive',
      scope: flags & NEAR_SCOPE ? 'near' : flags & BLOCK_SCOPE ? 'block' : 'page',
      contexts: Array.from(rowOf(glossary.aliasContextStart, glossary.aliasContexts, local), (c) => contextBase + c),
      notContexts: Array.from(rowOf(glossary.aliasNotContextStart, glossary.aliasNotContexts, local), (c) => contextBase + c),
    };
  }

  contextTerm(context: number): string {
    const part = this.#part(context, (p) => p.contextBase);
    return part.glossary.strings.at(part.glossary.contextText[context - part.contextBase]!)!;
  }

  /** Find candidates and context terms in one block of text. */
  scan(text: string): BlockScan {
    return this.scanBlocks([text])[0]!;
  }

  /**
   * Find candidates and context terms in several blocks at once. The blocks are
   * read as one text with a separator no pattern contains, so one normalising
   * pass and one automaton pass serve them all (a page is read in a few long
   * loops, which the JIT optimises early, instead of hundreds of short ones).
   * Offsets in each result are relative to its own block.
   */
  scanBlocks(texts: readonly string[]): BlockScan[] {
    const blockStarts: number[] = [];
    let joined = '';
    for (const text of texts) {
      blockStarts.push(joined.length);
      joined += text;
      joined += BLOCK_SEPARATOR;
    }
    const results = texts.map((): { candidates: Candidate[]; contexts: Set<number>; contextWords?: Map<number, number[]> } =>
      this.#hasNearScope ? { candidates: [], contexts: new Set(), contextWords: new Map() } : { candidates: [], contexts: new Set() },
    );
    const wordStarts = this.#hasNearScope ? wordStartsBefore(joined) : undefined;
    const blockOf = (offset: number): number => blockAt(blockStarts, offset);
    const { folded, cased, starts, ends } = normalise(joined);
    const blockCase = blockCaseReader(texts);
    // Pinyin with tone marks is read only as aliases written with the same marks (tone-marks.ts).
    const pageHasTones = hasThirdTone(joined);
    for (const { glossary, entryBase, aliasBase, contextBase } of this.#parts) {
      const { automaton, patternFormStart, formAlias, formSuffix, aliasFlags, aliasCased, strings } = glossary;
      scanText(automaton, folded, (pattern, end) => {
        const start = end - automaton.patternLength[pattern]!;
        if (!isStartBoundary(folded, start) || !isEndBoundary(folded, end)) return;
        // A match must start and end on whole source characters, not inside one that folding
        // expanded (a Hangul syllable's jamo, a ligature): 러시아 is not in 러시안.
        if ((start > 0 && starts[start] === starts[start - 1]) || (end < folded.length && starts[end] === starts[end - 1])) return;
        // Chinese and Japanese have no spaces to find a word's end by: a dictionary does (南非 is not in 湖南非法).
        if (!isUnspacedWordMatch(folded, start, end)) return;
        // A part of a longer name that an interpunct joins (萨达姆·哈夫塔尔, Saddam Haftar) is not this name.
        if (isDottedNamePart(joined, starts[start]!, ends[end - 1]!)) return;
        const block = blockOf(starts[start]!);
        const result = results[block]!;
        const offset = blockStarts[block]!;
        const first = wordStarts && wordOrdinal(wordStarts, offset, starts[start]!);
        const context = glossary.patternContext[pattern]!;
        if (context !== -1) {
          result.contexts.add(contextBase + context);
          if (result.contextWords && first !== undefined) {
            const at = result.contextWords.get(contextBase + context);
            if (at) at.push(first);
            else result.contextWords.set(contextBase + context, [first]);
          }
        }
        const forms: Array<Candidate['forms'][number]> = [];
        const tonedSpan = pageHasTones ? joined.slice(starts[start], ends[end - 1]) : undefined;
        const toned = tonedSpan !== undefined && hasThirdTone(tonedSpan) ? tonedSpan : undefined;
        // Another person's full name ("Adut Salva Kiir") holds its span: the surname inside it is not this person either.
        let otherPersonsName = false;
        let venue: boolean | undefined;
        const venueAfter = (): boolean => (venue ??= !blockCase(block).headline() && isVenueAfter({ original: joined, cased, folded }, end, ends[end - 1]!));
        for (let f = patternFormStart[pattern]!; f < patternFormStart[pattern + 1]!; f++) {
          const alias = formAlias[f]!;
          const suffix = formSuffix[f]!;
          const flags = aliasFlags[alias]!;
          if (toned !== undefined && !fitsTones(toned, strings.at(glossary.aliasText[alias]!)!)) continue;
          if ((flags & CASE_SENSITIVE) !== 0) {
            const written = strings.at(aliasCased[alias]!)!;
            const asWritten = matchesCase(cased.slice(start, end - suffix), written);
            if (!asWritten) continue;
            if (isCapitalsAlias(written) && (isInCapitalsRun(cased, start, end) || this.#nameGates.isInsideHyphenatedAcronym(joined, starts[start]!, ends[end - 1]!))) continue;
          } else if (!hasCapital(cased.slice(start, end)) && !isGated(glossary, alias) && isNameOfSeveralWords(strings.at(aliasCased[alias]!)!)) {
            // A name of several words, written with capitals and with no gate, matches in any case but not all in lower
            // case: "a new development bank" is ordinary words there (review 8). A gated one is left to its gate: the
            // Guardian writes "Hong Kong's legislative council".
            continue;
          }
          // "Nissan Stadium", "the Barclays Center": a venue named after a company is not the company.
          if (glossary.entryKind[glossary.aliasEntry[alias]!] === ORGANISATION && venueAfter()) continue;
          let title: string | undefined;
          if ((flags & NAME_GATES) !== 0) {
            const span = { start, end, originalStart: starts[start]!, originalEnd: ends[end - 1]! };
            const entry = entryBase + glossary.aliasEntry[alias]!;
            if (this.#nameGates.shuts(flags, entry, joined, { cased, folded }, span, blockCase(block))) {
              if ((flags & FULL_NAME_GATE) !== 0) otherPersonsName = true;
              continue;
            }
            // A gated surname alone may stand after an office title instead of its context ("President Zelensky").
            if ((flags & NAME_PART_GATE) !== 0 && glossary.aliasContextStart[alias + 1]! > glossary.aliasContextStart[alias]!) {
              title = this.#nameGates.officeTitle(entry, joined, cased, span, blockCase(block));
            }
          }
          forms.push(title === undefined ? { alias: aliasBase + alias, suffix } : { alias: aliasBase + alias, suffix, title });
        }
        // An exclusion "Town, State" does not hold inside a list of places ("Paris, Rome, New York and London").
        const blocker = (glossary.patternBlocker[pattern] === 1 && !isListedPair(joined, starts[start]!, ends[end - 1]!)) || otherPersonsName;
        if (forms.length > 0 || blocker) {
          const candidate = { start: starts[start]! - offset, end: ends[end - 1]! - offset, forms, blocker };
          result.candidates.push(
            wordStarts && first !== undefined ? { ...candidate, words: [first, wordOrdinal(wordStarts, offset, ends[end - 1]! - 1)] } : candidate,
          );
        }
      });
    }
    results.forEach((result, block) => {
      if (result.candidates.length === 0) return;
      const text = texts[block]!;
      result.candidates = dropRelativesNames(text, result.candidates, this);
      if (this.#hasBodyCountries && result.candidates.length > 1) {
        result.candidates = dropOtherCountrysBodies(text, result.candidates, this);
        result.candidates = dropPlacesOfOtherCountries(text, result.candidates, this);
      }
    });
    return results;
  }

  /** Decide the mentions of a page from its blocks' scans, in document order. One list per block. */
  select(blocks: readonly BlockScan[], options: SelectOptions): Mention[][] {
    return selectMentions(this, blocks, options);
  }

  /** Scan and select in one step, for one text or a sequence of chunks read as one text. */
  findMentions(text: string | readonly string[], options: SelectOptions): Mention[] {
    const whole = typeof text === 'string' ? text : text.join('');
    return this.select([this.scan(whole)], options)[0] ?? [];
  }
}
