/**
 * Glossary compiler: source entries in, a matcher-ready glossary out.
 *
 * Runs at build time for the bundled glossary and in the browser for the
 * reader's own glossaries, so both are matched by exactly the same rules.
 */
import { buildAutomaton } from '../automaton/automaton.ts';
import { normalisePhrase } from '../text/normalise.ts';
import { nameWordLists } from '../match/glossary-names.ts';
import { officeKindsOf } from '../match/office-titles.ts';
import { BLOCK_SCOPE, CASE_SENSITIVE, FULL_NAME_GATE, GIVEN_NAME_GATE, INSIDE_NAME_GATE, NAMESAKE_GATE, NAME_PART_GATE, NEAR_SCOPE, type CompiledGlossary } from './compiled.ts';
import { redundantExcludes } from './redundant-excludes.ts';
import { withRussianForms } from './case-forms.ts';
import { withEnglishForms } from './english-forms.ts';
import { KINDS, type AliasSpec, type Entry, type Kind } from './schema.ts';

/** `auto` case: several words match in any case; one word (or an acronym) as written. */
export function resolveCase(spec: AliasSpec, folded: string): 'sensitive' | 'insensitive' {
  const mode = typeof spec === 'string' ? 'auto' : (spec.case ?? 'auto');
  if (mode !== 'auto') return mode;
  return folded.includes(' ') ? 'insensitive' : 'sensitive';
}

/** English plural suffix for an alias: "es" after a sibilant, else "s". */
export function pluralSuffix(folded: string): string {
  return /(?:s|x|z|ch|sh)$/.test(folded) ? 'es' : 's';
}

/** Kinds whose one-word names get the inside-name gate: states and places. */
const PLACE_KINDS: ReadonlySet<Kind> = new Set(['country', 'place']);

const SCOPE_FLAG = { page: 0, block: BLOCK_SCOPE, near: NEAR_SCOPE } as const;

/**
 * The folded words of a person's names of several words (label and aliases),
 * in scripts with capitals: a one-word alias among them is a part of the
 * person's name ("McCain" of "Cindy McCain"), which the name-part gate keeps
 * from marking a relative ("Meghan McCain"). Undefined for other entries.
 */
function namePartWords(entry: Entry): ReadonlySet<string> | undefined {
  if (entry.kind !== 'person') return undefined;
  const words = new Set<string>();
  for (const name of [entry.label, ...entry.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text))]) {
    const { cased, folded } = normalisePhrase(name.replace(/\([^)]*\)/gu, ' '));
    if (folded.includes(' ') && /\p{Lu}/u.test(cased)) for (const word of folded.split(' ')) words.add(word);
  }
  return words;
}

/** Interns strings: each distinct string is stored once. */
class StringTable {
  readonly strings: string[] = [];
  readonly #index = new Map<string, number>();
  add(value: string): number {
    let index = this.#index.get(value);
    if (index === undefined) {
      index = this.strings.length;
      this.strings.push(value);
      this.#index.set(value, index);
    }
    return index;
  }
}

/** A column built row by row: values[start[r] .. start[r + 1]) belong to row r. */
class RaggedColumn {
  readonly start: number[] = [0];
  readonly values: number[] = [];
  push(row: readonly number[]): void {
    this.values.push(...row);
    this.start.push(this.values.length);
  }
}

/** Kinds whose related countries say whose they are: a state's bodies, places, and groups, peoples and parties. */
const COUNTRY_BOUND: ReadonlySet<Entry['kind']> = new Set(['government', 'place', 'group']);

/**
 * Each government body's, place's and group's related countries (of this
 * glossary), as string indexes of their ids; other entries have none. They
 * tell "Jamaica's National Security Ministry" from Israel's, "Pakistan's
 * Taliban" from Afghanistan's and "Luanda, a village in Kenya" from Angola's
 * capital (match/country-possessive.ts, match/place-appositive.ts).
 */
function bodyCountries(entries: readonly Entry[], strings: StringTable): RaggedColumn {
  const countryIds = new Set(entries.filter((entry) => entry.kind === 'country').map((entry) => entry.id));
  const column = new RaggedColumn();
  for (const entry of entries) {
    const related = COUNTRY_BOUND.has(entry.kind) ? (entry.related ?? []).filter((id) => countryIds.has(id)) : [];
    column.push(related.map((id) => strings.add(id)));
  }
  return column;
}

/**
 * The kinds of office each person's card names (match/office-titles.ts); 0 for
 * other entries, and for a person whose one-word name another person of the
 * glossary also bears: "President Assad" may be Hafez or Bashar, "President
 * Castro" Fidel or Raúl, and a title cannot tell which.
 */
function personsOffices(entries: readonly Entry[], nameWords: ReadonlyArray<ReadonlySet<string> | undefined>): Uint32Array {
  const bearers = new Map<string, number>();
  for (const words of nameWords) for (const word of words ?? []) bearers.set(word, (bearers.get(word) ?? 0) + 1);
  return Uint32Array.from(entries, (entry, index) => {
    const words = nameWords[index];
    if (!words) return 0;
    const oneWordNames = entry.aliases.map((alias) => normalisePhrase(typeof alias === 'string' ? alias : alias.text).folded).filter((name) => words.has(name));
    if (oneWordNames.some((name) => bearers.get(name)! > 1)) return 0;
    return officeKindsOf([entry.label, entry.summary.split(/(?<=\.)\s/u)[0]!, ...(entry.facts ?? []).flatMap((fact) => [fact.label, fact.value])]);
  });
}

interface PatternDraft {
  readonly aliases: number[];
  readonly suffixes: number[];
  context: number;
  blocker: boolean;
}

/** Compile validated entries. Entries keep their order; ids must already be unique. */
export function compileGlossary(name: string, sourceEntries: readonly Entry[]): CompiledGlossary {
  const entries = sourceEntries.map((entry) => withEnglishForms(withRussianForms(entry)));
  const strings = new StringTable();
  const entryId: number[] = [];
  const entryLabel: number[] = [];
  const entryKind: number[] = [];
  const aliasEntry: number[] = [];
  const aliasText: number[] = [];
  const aliasCased: number[] = [];
  const aliasFlags: number[] = [];
  const contexts = new RaggedColumn();
  const notContexts = new RaggedColumn();
  const contextText: number[] = [];
  const contextIndex = new Map<string, number>();
  const drafts = new Map<string, PatternDraft>();

  const draftFor = (folded: string): PatternDraft => {
    let draft = drafts.get(folded);
    if (!draft) {
      draft = { aliases: [], suffixes: [], context: -1, blocker: false };
      drafts.set(folded, draft);
    }
    return draft;
  };
  const contextId = (term: string): number => {
    const folded = normalisePhrase(term).folded;
    let id = contextIndex.get(folded);
    if (id === undefined) {
      id = contextText.length;
      contextText.push(strings.add(term));
      contextIndex.set(folded, id);
      // A term made only of dashes or invisible characters folds to nothing: it can never be found.
      if (folded) draftFor(folded).context = id;
    }
    return id;
  };

  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  /** The names of an entry's related entries in this glossary: the contexts of an alias with `relatedContexts`. */
  const relatedNames = (entry: Entry): string[] =>
    (entry.related ?? []).flatMap((id) => byId.get(id)?.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)) ?? []);

  const isTakenByAnotherName = redundantExcludes(entries, resolveCase);
  const entriesNameParts = entries.map(namePartWords);
  entries.forEach((entry, entryIndex) => {
    const nameParts = entriesNameParts[entryIndex];
    entryId.push(strings.add(entry.id));
    entryLabel.push(strings.add(entry.label));
    entryKind.push(KINDS.indexOf(entry.kind));
    for (const spec of entry.aliases) {
      const text = typeof spec === 'string' ? spec : spec.text;
      const { cased, folded } = normalisePhrase(text);
      if (!folded) continue; // an alias made only of ignorable characters can never match
      const rules = typeof spec === 'string' ? undefined : spec;
      const alias = aliasEntry.length;
      aliasEntry.push(entryIndex);
      aliasText.push(strings.add(text));
      aliasCased.push(strings.add(cased));
      const scope = rules?.scope ?? (rules?.relatedContexts ? 'near' : 'page');
      const isNamePart = !folded.includes(' ') && nameParts?.has(folded) === true && /\p{Lu}/u.test(cased);
      // A place's one-word name written with a capital can stand inside another thing's name.
      const isPlaceWord = PLACE_KINDS.has(entry.kind) && !folded.includes(' ') && /^\p{Lu}/u.test(cased);
      const isFullName = entry.kind === 'person' && folded.includes(' ') && /\p{Lu}/u.test(cased);
      // A thing's one-word name written like a person's ("Saab") may be a person's surname or given name.
      const isNamesake = entry.kind !== 'person' && !PLACE_KINDS.has(entry.kind) && !folded.includes(' ') && /^\p{Lu}\p{Ll}/u.test(cased);
      aliasFlags.push(
        (resolveCase(spec, folded) === 'sensitive' ? CASE_SENSITIVE : 0) |
          SCOPE_FLAG[scope] |
          (rules?.givenName ? GIVEN_NAME_GATE : 0) |
          (isNamePart ? NAME_PART_GATE : 0) |
          (isPlaceWord ? INSIDE_NAME_GATE : 0) |
          (isFullName ? FULL_NAME_GATE : 0) |
          (isNamesake ? NAMESAKE_GATE : 0),
      );
      const terms = [...(rules?.contexts ?? []), ...(rules?.relatedContexts ? relatedNames(entry) : [])];
      contexts.push([...new Set(terms.map(contextId))]);
      notContexts.push((rules?.notContexts ?? []).map(contextId));
      const draft = draftFor(folded);
      draft.aliases.push(alias);
      draft.suffixes.push(0);
      if (rules?.plural) {
        const suffix = pluralSuffix(folded);
        const plural = draftFor(folded + suffix);
        plural.aliases.push(alias);
        plural.suffixes.push(suffix.length);
      }
      for (const excluded of rules?.exclude ?? []) {
        if (isTakenByAnotherName(entryIndex, spec, excluded)) continue;
        const blocker = normalisePhrase(excluded).folded;
        if (blocker) draftFor(blocker).blocker = true;
      }
    }
  });

  const keys = [...drafts.keys()];
  const forms = new RaggedColumn();
  const formSuffix: number[] = [];
  for (const key of keys) {
    const draft = drafts.get(key)!;
    forms.push(draft.aliases);
    formSuffix.push(...draft.suffixes);
  }
  const glossary: CompiledGlossary = {
    name,
    strings: strings.strings,
    entryId: Uint32Array.from(entryId),
    entryLabel: Uint32Array.from(entryLabel),
    entryKind: Uint8Array.from(entryKind),
    aliasEntry: Uint32Array.from(aliasEntry),
    aliasText: Uint32Array.from(aliasText),
    aliasCased: Uint32Array.from(aliasCased),
    aliasFlags: Uint8Array.from(aliasFlags),
    aliasContextStart: Uint32Array.from(contexts.start),
    aliasContexts: Uint32Array.from(contexts.values),
    aliasNotContextStart: Uint32Array.from(notContexts.start),
    aliasNotContexts: Uint32Array.from(notContexts.values),
    contextText: Uint32Array.from(contextText),
    patternFormStart: Uint32Array.from(forms.start),
    formAlias: Uint32Array.from(forms.values),
    formSuffix: Uint8Array.from(formSuffix),
    patternContext: Int32Array.from(keys, (key) => drafts.get(key)!.context),
    patternBlocker: Uint8Array.from(keys, (key) => (drafts.get(key)!.blocker ? 1 : 0)),
    automaton: buildAutomaton(keys),
  };
  // The name gates' word lists, worked out once here rather than by every background that starts (compiled.ts).
  const nameWords = Uint32Array.from(nameWordLists(glossary), (list) => strings.add(list));
  const countries = bodyCountries(entries, strings);
  return {
    ...glossary,
    strings: strings.strings,
    nameWords,
    entryCountryStart: Uint32Array.from(countries.start),
    entryCountries: Uint32Array.from(countries.values),
    entryOffices: personsOffices(entries, entriesNameParts),
  };
}
