/**
 * Other names of the generated places (issue #17): how Arabic, Chinese,
 * Russian, French, Spanish and German news write a generated place, and how
 * English news writes one whose GeoNames name it does not use ("Tuva" for
 * "Republic of Tyva", "Yakutia" for "Sakha"), written by hand in
 * data/places-other-names.json and keyed by the generated entry's id (a test
 * checks that every key is one).
 *
 * Each name becomes an alias under a gate that works in its own language: a
 * gate of English country names never opens on an Arabic page. Its contexts
 * are, in this order, the other-language names (in the same script) of the
 * place's division or seat and of its neighbouring towns (the places the
 * English name is gated by), then its country's names in that script from
 * the country entry (all of them: the English gate keeps only eight). A
 * Latin-script name (English, French, Spanish, German) takes the English
 * name's gate after its neighbours' Latin names.
 *
 * A name that is also a common word of its language (Arabic حمص "chickpeas")
 * is marked `"word": true` in the data: the country is no evidence for it, only
 * its division or a neighbour named in the same script is; with none, it is
 * dropped. Russian names are written in the nominative: the compiler adds their
 * case forms, and those of their Cyrillic contexts (case-forms.ts).
 *
 * The country's adjectives in other scripts (Arabic اليمنية "Yemeni", Russian
 * украинский) are written in the data file's `countryTerms`, keyed by the
 * country entry's id: "قال مسؤول في عدن إن الحكومة اليمنية …" names Yemen as
 * surely as اليمن does.
 *
 * A name that a hand-written entry has, or that two generated places are given,
 * is left out: the hand-written card wins, and two places would need gates that
 * tell them apart.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AliasSpec, Entry } from '../../src/core/glossary/schema.ts';
import { MAX_CONTEXTS, PLACE_GATE_SCOPE } from './places-gates.ts';
import { foldName } from './places-names.ts';
import { foldName as foldIndexName, subNames } from './name-index.ts';
import { placeRelation } from './place-words.ts';

export const OTHER_NAMES_FILE = path.resolve(import.meta.dirname, 'data/places-other-names.json');

/** The languages of the data file: Arabic, Chinese (simplified, traditional), Russian, English, French, Spanish, German. */
export const OTHER_LANGUAGES = ['ar', 'zh', 'zh-Hant', 'ru', 'en', 'fr', 'es', 'de'] as const;
export type OtherLanguage = (typeof OTHER_LANGUAGES)[number];

/** One name: the text, and whether it is a common word of its language (gated by its division or neighbours only). */
export interface OtherName {
  readonly text: string;
  readonly word: boolean;
  /** Longer names that hold this one and are something else (上海合作组织, the Shanghai Cooperation Organisation). */
  readonly exclude?: readonly string[];
  /** Words beside which the name is the common word (a dish beside حمص "chickpeas"): the name does not count in their block. */
  readonly notContexts?: readonly string[];
}

export type OtherNames = ReadonlyMap<string, ReadonlyMap<OtherLanguage | 'contexts', readonly OtherName[]>>;
type RawName = string | { text: string; word?: boolean; exclude?: string[]; notContexts?: string[] };

/** Each country entry's adjectives in other scripts (Arabic اليمنية, Russian украинский): gate terms after its names. */
export type CountryTerms = ReadonlyMap<string, readonly string[]>;

type Script = 'arabic' | 'han' | 'cyrillic' | 'latin';

const SCRIPT_OF: Record<OtherLanguage, Script> = { ar: 'arabic', zh: 'han', 'zh-Hant': 'han', ru: 'cyrillic', en: 'latin', fr: 'latin', es: 'latin', de: 'latin' };
const SCRIPT_TEST: Record<Script, RegExp> = {
  arabic: /^[\p{Script=Arabic}\s]+$/u,
  han: /^\p{Script=Han}+$/u,
  cyrillic: /^[\p{Script=Cyrillic}\s-]+$/u,
  latin: /^[\p{Script=Latin}\s'’.-]+$/u,
};

/** The fewest letters a name may have in each script: a Chinese name of one character, an Arabic one of two, a Latin or Cyrillic one of three is a word more often than a place. */
const SHORTEST: Record<Script, number> = { han: 2, arabic: 3, cyrillic: 4, latin: 4 };
const letterCount = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0;

export const scriptOf = (text: string): Script | undefined => (Object.keys(SCRIPT_TEST) as Script[]).find((script) => SCRIPT_TEST[script].test(text));

/** Reads the data file; throws on a name written in another script than its language's. */
export function readOtherNames(file = OTHER_NAMES_FILE): OtherNames {
  return readOtherNamesData(file).names;
}

export function readOtherNamesData(file = OTHER_NAMES_FILE): { names: OtherNames; countryTerms: CountryTerms } {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { countryTerms?: Record<string, string[]>; places: Record<string, Partial<Record<OtherLanguage | 'contexts', RawName[]>>> };
  const byId = new Map<string, Map<OtherLanguage | 'contexts', OtherName[]>>();
  for (const [id, languages] of Object.entries(data.places)) {
    const names = new Map<OtherLanguage | 'contexts', OtherName[]>();
    for (const [language, list] of Object.entries(languages) as Array<[OtherLanguage | 'contexts', RawName[]]>) {
      const parsed = list.map((name) =>
        typeof name === 'string'
          ? { text: name, word: false }
          : { text: name.text, word: name.word === true, ...(name.exclude && { exclude: name.exclude }), ...(name.notContexts && { notContexts: name.notContexts }) },
      );
      // Terms of any script that gate the place's names beside its division's and neighbours' (towns the glossary has by hand).
      if (language === 'contexts') {
        names.set(language, parsed);
        continue;
      }
      if (!OTHER_LANGUAGES.includes(language)) throw new Error(`${id}: unknown language ${language}`);
      for (const name of parsed) {
        if (scriptOf(name.text) !== SCRIPT_OF[language]) throw new Error(`${id}: ${language} name "${name.text}" is not in the ${SCRIPT_OF[language]} script`);
        if (letterCount(name.text) < SHORTEST[SCRIPT_OF[language]]) throw new Error(`${id}: ${language} name "${name.text}" is too short to mark (${SHORTEST[SCRIPT_OF[language]]} letters or more)`);
      }
      names.set(language, parsed);
    }
    byId.set(id, names);
  }
  return { names: byId, countryTerms: new Map(Object.entries(data.countryTerms ?? {})) };
}

/**
 * Whether a hand-written alias sits inside the name as a division or a position
 * form of it (دمشق in محافظة دمشق, دارفور in شمال دارفور, 西伯利亚 in 新西伯利亚)
 * with no gate of its own that tells them apart: the glossary check would flag
 * the hand-written alias, and the reader's page could mark it inside the name.
 * Such a name waits until the hand-written entry carries the gate.
 */
export function handWrittenInside(handWritten: readonly Entry[]): (name: string) => string | undefined {
  const byName = new Map<string, Exclude<AliasSpec, string>[]>();
  for (const entry of handWritten) {
    for (const alias of entry.aliases) {
      const rules = typeof alias === 'string' ? { text: alias } : alias;
      const key = foldIndexName(rules.text);
      byName.set(key, [...(byName.get(key) ?? []), rules]);
    }
  }
  return (name) => {
    const folded = foldIndexName(name);
    for (const sub of subNames(folded)) {
      const relation = placeRelation(sub.rest);
      if (!relation) continue;
      for (const rules of byName.get(sub.folded) ?? []) {
        const gated = Boolean(rules.contexts || rules.notContexts || rules.relatedContexts);
        const excluded = (rules.exclude ?? []).some((term) => foldIndexName(term) === folded);
        if (relation === 'division' ? !gated : !gated && !excluded) return rules.text;
      }
    }
    return undefined;
  };
}

/** Folded names that two places are given: neither takes them. */
function sharedNames(names: OtherNames): Set<string> {
  const owners = new Map<string, Set<string>>();
  for (const [id, languages] of names) {
    for (const [language, list] of languages) for (const name of list) if (language !== 'contexts') owners.set(foldName(name.text), (owners.get(foldName(name.text)) ?? new Set()).add(id));
  }
  return new Set([...owners].filter(([, ids]) => ids.size > 1).map(([name]) => name));
}

export interface OtherNameInput {
  /** The generated entry's id. */
  readonly id: string;
  /** Ids of the place's division or seat, then its neighbouring towns, nearest first. */
  readonly nearIds: readonly string[];
  /** The country entry (its names in every script). */
  readonly country: Entry;
  /** The contexts of the place's English name, for the Latin-script names. */
  readonly englishContexts: readonly string[];
}

export interface OtherNameAliases {
  /** The aliases of one place, and the names left out with the reason. */
  (place: OtherNameInput): { aliases: AliasSpec[]; skipped: Array<{ text: string; reason: 'handWritten' | 'handWrittenInside' | 'shared' | 'ungateable' }> };
}

/**
 * The maker of each place's other-language aliases. `taken`: whether a
 * hand-written entry has the name (folded), or the place's own generated names.
 */
export function otherNameAliases(
  names: OtherNames,
  taken: (name: string) => boolean,
  countryTerms: CountryTerms = new Map(),
  inside: (name: string) => string | undefined = () => undefined,
): OtherNameAliases {
  const shared = sharedNames(names);
  const inScript = (id: string, script: Script): string[] =>
    [...(names.get(id)?.entries() ?? [])].filter(([language]) => language !== 'contexts' && SCRIPT_OF[language] === script).flatMap(([, list]) => list.map((name) => name.text));
  const ownContexts = (id: string, script: Script): string[] => (names.get(id)?.get('contexts') ?? []).map((term) => term.text).filter((text) => scriptOf(text) === script);
  return ({ id, nearIds, country, englishContexts }) => {
    const aliases: AliasSpec[] = [];
    const skipped: ReturnType<OtherNameAliases>['skipped'] = [];
    const seen = new Set<string>();
    for (const [language, list] of names.get(id) ?? []) {
      if (language === 'contexts') continue;
      const script = SCRIPT_OF[language];
      for (const name of list) {
        const folded = foldName(name.text);
        if (seen.has(folded)) continue;
        seen.add(folded);
        if (shared.has(folded)) {
          skipped.push({ text: name.text, reason: 'shared' });
          continue;
        }
        if (taken(name.text)) {
          skipped.push({ text: name.text, reason: 'handWritten' });
          continue;
        }
        if (inside(name.text) !== undefined) {
          skipped.push({ text: name.text, reason: 'handWrittenInside' });
          continue;
        }
        const nearby = [...ownContexts(id, script), ...nearIds.flatMap((near) => inScript(near, script))];
        const ofCountry =
          script === 'latin'
            ? englishContexts
            : [...country.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)), ...(countryTerms.get(country.id) ?? [])].filter((text) => scriptOf(text) === script);
        // The country's few names in the script always fit: the nearby names give way to them under the schema's limit.
        const nearbyRoom = distinct(name.text, nearby).slice(0, Math.max(0, MAX_CONTEXTS - distinct(name.text, ofCountry).length));
        const contexts = distinct(name.text, name.word ? nearby : [...nearbyRoom, ...ofCountry]);
        if (contexts.length === 0) {
          skipped.push({ text: name.text, reason: 'ungateable' });
          continue;
        }
        // One Latin or Cyrillic word is matched in its case by default; a name of several words is a proper name, matched as written.
        const sensitive = script !== 'arabic' && script !== 'han' && folded.includes(' ');
        aliases.push({
          text: name.text,
          ...(sensitive && { case: 'sensitive' as const }),
          contexts,
          ...(name.notContexts && { notContexts: [...name.notContexts] }),
          scope: PLACE_GATE_SCOPE,
          ...(name.exclude && { exclude: [...name.exclude] }),
        });
      }
    }
    return { aliases, skipped };
  };
}

/** Distinct terms, none holding the name or held by it (a name would gate itself), up to the schema's limit. */
function distinct(name: string, terms: readonly string[]): string[] {
  const folded = foldName(name);
  const seen = new Set<string>();
  return terms
    .filter((term) => {
      const key = foldName(term);
      if (!key || seen.has(key) || key.includes(folded) || folded.includes(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_CONTEXTS);
}
