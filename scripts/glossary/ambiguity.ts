/**
 * The ambiguity check: every alias against every other name in the glossary,
 * the common words of the languages it is written in, the names of cities,
 * and the known kinds of collision (issue 16). An alias that could mean
 * something else must carry a gate that answers its risk, or go.
 *
 * Which gates answer which risk:
 * - a name another entry also has, or a part of a person's name: `contexts`
 *   or `notContexts` (case cannot tell two names apart);
 * - a name inside a longer name of something else: `exclude` too;
 * - a place that is also a given name: `givenName` too (the next word tells);
 * - an ordinary word: case (in a script with capitals, for an alias not
 *   written in capitals throughout, which a headline could match);
 * - for a one-word alias or a descriptive phrase ("trade war"), `contexts`
 *   count as a gate only with scope `near` or `block`, or when every context
 *   term is one of the entry's own names
 *   (a surname gated by the full name the page gives first).
 */
import { resolveCase } from '../../src/core/glossary/compile.ts';
import type { AliasSpec } from '../../src/core/glossary/schema.ts';
import { matchesCase } from '../../src/core/match/case-rule.ts';
import { isUnspacedChar } from '../../src/core/text/char-class.ts';
import { normalisePhrase } from '../../src/core/text/normalise.ts';
import { cjkPersonNamesStarting, hasCloseContexts, kindRisks, type KindReason } from './ambiguity-kinds.ts';
import type { CommonWords } from './common-words.ts';
import { aliasText, foldName, indexNames, namesOf, subNames, type Name, type PlacedEntry } from './name-index.ts';
import { DIVISION, placeRelation } from './place-words.ts';

export type Reason =
  | 'shared-name'
  | 'inside-label'
  | 'city-and-region'
  | 'place-inside-place'
  | 'own-name-part'
  | 'other-person-name'
  | 'personal-name'
  | 'common-word'
  | 'city-name'
  | 'wide-context'
  | 'void-context'
  | KindReason;

/**
 * `scope` is carried by a one-word alias whose contexts are near or in its block, or name the entry itself.
 * `own-name` is carried by contexts that all name the entry itself ("Olaf Scholz" for "Scholz").
 */
export type Gate = 'contexts' | 'notContexts' | 'exclude' | 'case' | 'scope' | 'own-name' | 'givenName' | 'close-contexts';

/** The gates that answer each risk. */
export const ANSWERS: Record<Reason, readonly Gate[]> = {
  'shared-name': ['contexts', 'notContexts'],
  'inside-label': ['exclude', 'contexts', 'notContexts'],
  'city-and-region': ['contexts', 'notContexts'],
  'place-inside-place': ['exclude', 'contexts', 'notContexts'],
  // A surname alone is decided by the person's full name on the page, never by the country: many of a
  // country's people share a surname ("Colombian senator Miguel Uribe" is not Álvaro Uribe), and news names
  // a person in full before it uses the surname alone.
  'own-name-part': ['own-name'],
  'other-person-name': ['contexts', 'notContexts', 'exclude'],
  // A place that is also a given name: the given-name gate reads the next word ("Virginia Woolf").
  'personal-name': ['givenName', 'contexts', 'notContexts', 'exclude'],
  'common-word': ['case', 'contexts', 'notContexts'],
  'city-name': ['contexts', 'notContexts', 'exclude'],
  'wide-context': ['scope'],
  // Only taking the term out answers it.
  'void-context': [],
  // The kinds of ambiguity-kinds.ts: only contexts near the mention or in its block (its full name, its country, its body).
  'short-cjk-person': ['close-contexts'],
  'generic-institution': ['close-contexts'],
  'numbered-document': ['close-contexts'],
};

export interface Risk {
  readonly reason: Reason;
  readonly detail: string;
}

export interface AliasFinding {
  readonly file: string;
  readonly entryId: string;
  readonly alias: string;
  readonly risks: readonly Risk[];
  /** The gates the alias carries, described for the report ("contexts (near): oblast, region"). */
  readonly gates: readonly string[];
  /** Risks no gate of the alias answers: the check fails on these. */
  readonly unanswered: readonly Risk[];
  /** Set when a one-word alias relies on contexts looked for anywhere on the page. */
  readonly wideContext: boolean;
}

/** Cities by folded name, with the largest population of that name. */
export type CityPopulations = ReadonlyMap<string, number>;

/** A city this large is a meaning a reader may have in mind. */
const CITY_POPULATION = 100_000;
const PLACE_KINDS = new Set(['place', 'country']);
/** Words that make a title, not a name ("Emperor Naruhito" is still one name). */
const TITLES = new Set(
  ['president', 'prime', 'minister', 'emperor', 'empress', 'king', 'queen', 'pope', 'ayatollah', 'sheikh', 'mr', 'mrs', 'ms', 'dr', 'chancellor', 'sultan', 'prince', 'emir', 'general', 'premier', 'pm'],
);

type AddRisk = (name: Name, reason: Reason, detail: string) => void;

export function findAmbiguities(entries: readonly PlacedEntry[], words: CommonWords, cities: CityPopulations): AliasFinding[] {
  const index = indexNames(entries);
  const risks = new Map<Name, Risk[]>();
  const add: AddRisk = (name, reason, detail) => {
    const list = risks.get(name) ?? [];
    if (!list.some((risk) => risk.reason === reason && risk.detail === detail)) list.push({ reason, detail });
    risks.set(name, list);
  };
  findSharedNames(index, add);
  for (const owner of entries) findNamesInside(owner, index, add);
  for (const names of index.values()) for (const name of names) if (name.alias) findOwnRisks(name, words, cities, add);
  const startsOthers = cjkPersonNamesStarting([...index.values()].flat());
  for (const names of index.values()) for (const name of names) if (name.alias) for (const risk of kindRisks(name, startsOthers)) add(name, risk.reason, risk.detail);
  return [...risks]
    .map(([name, list]) => judge(name, list, words))
    .sort((a, b) => a.file.localeCompare(b.file) || a.entryId.localeCompare(b.entryId) || a.alias.localeCompare(b.alias));
}

/** An alias that another entry has too, as an alias or as its label. */
function findSharedNames(index: ReadonlyMap<string, readonly Name[]>, add: AddRisk): void {
  for (const names of index.values()) {
    for (const name of names) {
      if (!name.alias) continue;
      for (const other of names) if (other.owner !== name.owner) add(name, 'shared-name', `also ${describe(other)}`);
    }
  }
}

/** The aliases inside each of an entry's longer names: its own name parts, and other entries' names. */
function findNamesInside(owner: PlacedEntry, index: ReadonlyMap<string, readonly Name[]>, add: AddRisk): void {
  const own = namesOf(owner);
  const ownFolded = new Set(own.map((name) => name.folded));
  for (const longer of own) {
    for (const sub of subNames(longer.folded)) {
      for (const inner of index.get(sub.folded) ?? []) {
        if (!inner.alias) continue;
        if (inner.owner === owner) {
          if (owner.entry.kind === 'person' && !sub.folded.includes(' ') && sub.rest.some((word) => !TITLES.has(word))) {
            add(inner, 'own-name-part', `a part of ${owner.entry.id}'s full name`);
          }
          continue;
        }
        if (ownFolded.has(sub.folded)) continue; // the owner has the short name too: shared-name covers it
        const relation = PLACE_KINDS.has(owner.entry.kind) ? placeRelation(sub.rest) : undefined;
        if (!longer.alias) add(inner, 'inside-label', `inside "${longer.folded}", the label of ${owner.entry.id}, which that entry does not match`);
        else if (relation === 'division') add(inner, 'city-and-region', `inside "${longer.folded}" (${owner.entry.id})`);
        else if (relation === 'position') add(inner, 'place-inside-place', `inside "${longer.folded}" (${owner.entry.id})`);
        else if (owner.entry.kind === 'person' && !sub.folded.includes(' ') && longer.folded.includes(' ') && sameCase(inner, longer, sub.folded)) {
          add(inner, 'other-person-name', `${sub.last ? 'the surname' : 'a first name'} of ${owner.entry.id} ("${longer.folded}")`);
        }
      }
    }
  }
}

/** Risks of one alias on its own: its contexts, the word lists, the cities. */
function findOwnRisks(name: Name, words: CommonWords, cities: CityPopulations, add: AddRisk): void {
  const text = aliasText(name.alias!);
  if (hasWideContext(name)) add(name, 'wide-context', `${isShort(name.folded) ? 'one word' : 'a descriptive phrase'}, gated by contexts looked for anywhere on the page`);
  if (typeof name.alias === 'object' && name.alias.contexts?.some((term) => foldName(term) === name.folded)) {
    add(name, 'void-context', 'a context term is the alias itself, so the gate is always open');
  }
  if (isNamePartInAnotherScript(name, text, words)) add(name, 'own-name-part', `one word of ${name.owner.entry.id}'s name, in a script with capitals`);
  const single = !name.folded.includes(' ');
  const languages = single ? words.languagesOf(text, name.folded) : allWordsCommon(text, name.folded, words);
  if (languages.length > 0) add(name, 'common-word', `a common word in ${languages.join(', ')}`);
  const personal = single && name.owner.entry.kind !== 'person' ? words.personalName(name.folded) : undefined;
  if (personal) add(name, 'personal-name', `an English ${personal}`);
  const population = cities.get(name.folded) ?? 0;
  if (population >= CITY_POPULATION) {
    const entry = name.owner.entry;
    const region = entry.kind === 'place' && foldName(entry.label).split(/[ ()]/u).some((word) => DIVISION.has(word));
    if (region) add(name, 'city-and-region', `also a city of ${population.toLocaleString('en')} people`);
    else if (!PLACE_KINDS.has(entry.kind)) add(name, 'city-name', `also a city of ${population.toLocaleString('en')} people`);
  }
}

function describe(name: Name): string {
  return name.alias ? `an alias of ${name.owner.entry.id}` : `the label of ${name.owner.entry.id}`;
}

/** Multi-word aliases made only of common words of one language ("Blue and White"): those languages. */
function allWordsCommon(text: string, folded: string, words: CommonWords): string[] {
  const [first = [], ...others] = folded.split(' ').map((part) => words.languagesOf(text, part));
  // Common in one language throughout: "UN chief" mixes French "un" and English "chief".
  return first.filter((language) => others.every((languages) => languages.includes(language)));
}

/** The gates an alias carries, and which of its risks they answer. */
function judge(name: Name, risks: readonly Risk[], words: CommonWords): AliasFinding {
  const spec = name.alias!;
  const rules: Exclude<AliasSpec, string> = typeof spec === 'string' ? { text: spec } : spec;
  const text = rules.text;
  const scope = rules.scope ?? (rules.relatedContexts ? 'near' : 'page');
  const wideContext = hasWideContext(name);
  const carried = new Set<Gate>(wideContext ? [] : ['scope']);
  const gates: string[] = [];
  if (rules.contexts || rules.relatedContexts) {
    const terms = [...(rules.contexts ?? []), ...(rules.relatedContexts ? ['the names of its related entries'] : [])];
    // A term that is the alias itself is found wherever the alias is: no gate at all.
    const void_ = (rules.contexts ?? []).some((term) => foldName(term) === name.folded);
    gates.push(`contexts (${scope}): ${terms.join(', ')}${void_ ? ' (void: one is the alias itself)' : ''}`);
    if (!wideContext && !void_) carried.add('contexts');
    if (!void_ && rules.contexts?.length && rules.contexts.every((term) => isOwnName(name, foldName(term)))) carried.add('own-name');
  }
  if (hasCloseContexts(spec, name.folded)) carried.add('close-contexts');
  if (rules.notContexts) {
    gates.push(`notContexts (${scope}): ${rules.notContexts.join(', ')}`);
    carried.add('notContexts');
  }
  if (rules.exclude) {
    gates.push(`exclude: ${rules.exclude.join(', ')}`);
    carried.add('exclude');
  }
  if (rules.givenName) {
    gates.push('givenName: not before a surname or after a given name');
    carried.add('givenName');
  }
  // An acronym among words in capitals is not decided by case (src/core/match/case-rule.ts): case answers for it too.
  if (resolveCase(spec, name.folded) === 'sensitive' && words.isCased(text)) {
    gates.push('case: sensitive');
    carried.add('case');
  }
  const unanswered = risks.filter((risk) => !ANSWERS[risk.reason].some((gate) => carried.has(gate)));
  return { file: name.owner.file, entryId: name.owner.entry.id, alias: text, risks, gates, unanswered, wideContext };
}

/** One word, or two letters or fewer in a script written without spaces ("北约"): a name that is easily something else. */
export const isShort = (folded: string): boolean => !folded.includes(' ') && !(isUnspacedChar(folded.codePointAt(0) ?? -1) && [...folded].length > 2);

/**
 * Several words of which one is written in lower case ("trade war", "Parti
 * démocrate", "right of return"): a description that fits other things of the
 * kind, not a name; another country's trade war or democratic party is as
 * likely on a page that names the entry's country somewhere.
 */
export const isDescriptive = (text: string): boolean => {
  const words = text.split(/\s+/u).filter(Boolean);
  // A division word ("Oryol oblast") or an elided particle ("Côte d'Azur") is part of a proper name.
  const describes = (word: string): boolean => word.length > 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !DIVISION.has(foldName(word));
  return words.length > 1 && words.some(describes);
};

/** A one-word alias or a descriptive phrase whose contexts are looked for on the whole page, and not all of them name the entry itself. */
function hasWideContext(name: Name): boolean {
  const spec = name.alias;
  if (typeof spec !== 'object' || !(isShort(name.folded) || isDescriptive(spec.text))) return false;
  if (spec.relatedContexts) return spec.scope === 'page';
  if (!spec.contexts || (spec.scope ?? 'page') !== 'page') return false;
  return spec.contexts.some((term) => !isOwnName(name, foldName(term)));
}

/**
 * A one-word alias of a person whose label has several words, written in a
 * script with capitals ("Netanjahu", "Хаменеи"): a surname alone, even where
 * no full name in that script is listed to show it. Transliterations into
 * Arabic or Chinese are left to the word lists: news there renders a foreign
 * leader's surname one way, and namesakes are written otherwise.
 */
function isNamePartInAnotherScript(name: Name, text: string, words: CommonWords): boolean {
  const entry = name.owner.entry;
  if (entry.kind !== 'person' || !isShort(name.folded) || !words.isCased(text)) return false;
  const label = foldName(entry.label.replace(/\([^)]*\)/gu, ' ')).split(' ');
  return label.filter((word) => !TITLES.has(word)).length >= 2 && !label.includes(name.folded);
}

/** Does the word of another person's name, as written, satisfy the alias's case ("Un" in "Kim Jong Un" is not "UN")? */
function sameCase(inner: Name, longer: Name, folded: string): boolean {
  if (resolveCase(inner.alias!, inner.folded) === 'insensitive') return true;
  const written = normalisePhrase(longer.alias ? aliasText(longer.alias) : longer.owner.entry.label).cased.split(' ');
  const position = longer.folded.split(' ').indexOf(folded);
  return matchesCase(written[position] ?? '', normalisePhrase(aliasText(inner.alias!)).cased);
}

/**
 * May a one-word alias be decided by this context term anywhere on the page?
 * Yes when the term names the same thing: one of the entry's own names, a run
 * of words of one ("Abdel Fattah"), or the alias with a title ("President Xi").
 */
export function isOwnName(name: Name, term: string): boolean {
  // A title alone ("Ayatollah", "President") names many people.
  if (term.split(' ').every((word) => TITLES.has(word))) return false;
  const padded = ` ${term} `;
  if (padded.includes(` ${name.folded} `)) return true;
  return namesOf(name.owner).some((own) => ` ${own.folded} `.includes(padded));
}

/** One line per unanswered risk, naming the file, the entry, the alias, the reason and what would answer it. */
export function formatFinding(finding: AliasFinding): string[] {
  return finding.unanswered.map(
    (risk) =>
      `${finding.file}: entry "${finding.entryId}": alias "${finding.alias}": ${risk.reason}: ${risk.detail}; ` +
      (ANSWERS[risk.reason].length > 0 ? `needs ${ANSWERS[risk.reason].join(' or ')}` : 'take that term out') +
      (finding.wideContext ? ' (contexts that do not name the entry count only with scope "near" or "block")' : ''),
  );
}
