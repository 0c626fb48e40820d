/**
 * Names of generated places: ids, the matcher's folded form, and the
 * judgement of whether a name is safe to mark (common words, generic
 * geographic words, names too short to tell apart).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normalisePhrase } from '../../src/core/text/normalise.ts';

/** The form the matcher compares (case, diacritics, dashes folded). */
export const foldName = (text: string): string => normalisePhrase(text).folded;

/** kebab-case id part: folded as the matcher folds (Diyarbakır → diyarbakir), every other non-alphanumeric run a hyphen. */
export function slugify(text: string): string {
  return foldName(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Words that name a kind of division; a name made only of these and directions says nothing. */
const DIVISION_WORDS = new Set([
  'area', 'autonomous', 'capital', 'city', 'county', 'department', 'district', 'federal', 'governorate', 'krai', 'kray',
  'municipality', 'oblast', 'prefecture', 'province', 'region', 'regional', 'republic', 'special', 'state', 'territory',
]);
const DIRECTION_WORDS = new Set([
  'central', 'centre', 'center', 'centro', 'east', 'eastern', 'est', 'lower', 'middle', 'nord', 'north', 'northern', 'ouest',
  'south', 'southern', 'sud', 'upper', 'west', 'western', 'coast', 'coastal', 'islands', 'lakes', 'plateau', 'delta', 'unity',
  'red', 'blue', 'white', 'sea', 'river', 'nile', 'mountain', 'mount', 'valley', 'the', 'and', 'of', 'de', 'del', 'du', 'la', 'le', 'el', 'al',
]);

/** True when every word of the name is a direction, a generic feature or a division type ("Northern District", "Red Sea"). */
export function isGenericName(name: string): boolean {
  const words = foldName(name).split(/[\s']+/).filter(Boolean);
  return words.length > 0 && words.every((word) => DIRECTION_WORDS.has(word) || DIVISION_WORDS.has(word));
}

/** True when the name ends with a division type, so no type word is added to it. */
export function hasDivisionWord(name: string): boolean {
  const words = foldName(name).split(/[\s']+/).filter(Boolean);
  return words.some((word) => DIVISION_WORDS.has(word));
}

/**
 * The name without its trailing division type words ("Kano" of "Kano State",
 * "Tver" of "Tver Oblast"), as written; undefined when the name has none or
 * is nothing but them ("Federal Capital Territory").
 */
export function divisionBareName(name: string): string | undefined {
  const words = name.split(/\s+/);
  let end = words.length;
  while (end > 0 && DIVISION_WORDS.has(foldName(words[end - 1]!))) end -= 1;
  const bare = words.slice(0, end).join(' ');
  return end === words.length || end === 0 || isGenericName(bare) ? undefined : bare;
}

/** GeoNames marks a Russian soft sign with a trailing prime ("Ryazan’"); the news writes "Ryazan". */
export const withoutSoftSign = (name: string): string => name.replace(/[’ʹ']$/u, '');

/** Type words the news drops from a division's name ("Borno" for "Borno State", "Kaluga" for "Kaluga Oblast"). */
const DROPPED_TYPE_WORDS = new Set(['state', 'region', 'province', 'governorate', 'oblast', 'krai', 'kray', 'department', 'prefecture', 'county', 'district']);

/**
 * The name the news uses without its one type word ("Borno" of "Borno State");
 * undefined where the rest is not a name by itself: an adjective before
 * "Republic" or "Autonomous Oblast" ("Chuvash Republic", "Jewish Autonomous
 * Oblast"), a city-state ("Mexico City"), a bracket or a possessive.
 */
export function divisionPlainName(name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2 || !DROPPED_TYPE_WORDS.has(foldName(words.at(-1)!))) return undefined;
  const rest = words.slice(0, -1);
  if (rest.some((word) => DIVISION_WORDS.has(foldName(word))) || !/\p{L}$/u.test(rest.at(-1)!)) return undefined;
  const plain = rest.join(' ');
  return isGenericName(plain) ? undefined : plain;
}

/** Letters only (spaces and marks aside): "Of" is 2, "Kyiv City" is 8. */
export const letterCount = (name: string): number => (name.normalize('NFKD').match(/\p{L}/gu) ?? []).length;

export interface CommonWords {
  /** Folded names that are lower-case words in English: never marked. */
  readonly english: ReadonlySet<string>;
  /** Folded names that are lower-case words in another language the dictionaries cover: gated harder. */
  readonly otherLanguages: ReadonlySet<string>;
  /** Folded names a reviewer found to be also a people, a language, a well-known person or another thing: never marked alone. */
  readonly reviewed: ReadonlySet<string>;
}

export const COMMON_WORDS_FILE = path.resolve(import.meta.dirname, 'data/places-common-words.json');

/** Place names that are common words of a news language by frequency lists (places-frequent-words.ts). */
export const FREQUENT_WORDS_FILE = path.resolve(import.meta.dirname, 'data/places-frequent-words.json');

/**
 * The reviewed lists (see data/README.md for how they are made). A name common
 * in a frequency list counts as a word of another language even where a
 * reviewer judged the dictionary word rare ("Natal", "Lima", "Klang").
 */
export function readCommonWords(file = COMMON_WORDS_FILE, frequentFile = FREQUENT_WORDS_FILE): CommonWords {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { english: string[]; otherLanguages: string[] };
  const frequent = JSON.parse(readFileSync(frequentFile, 'utf8')) as { words: Record<string, string[]> };
  const reviewed = JSON.parse(readFileSync(REVIEWED_NAMES_FILE, 'utf8')) as Record<'peoplesAndLanguages' | 'people' | 'otherThings', string[]>;
  return {
    english: new Set(data.english.map(foldName)),
    otherLanguages: new Set([...data.otherLanguages, ...Object.keys(frequent.words)].map(foldName)),
    reviewed: new Set([...reviewed.peoplesAndLanguages, ...reviewed.people, ...reviewed.otherThings].map(foldName)),
  };
}

export const REVIEWED_NAMES_FILE = path.resolve(import.meta.dirname, 'data/places-reviewed-names.json');

/** Letter-level edit distance of the folded names, at most 2 and both names of 6 letters or more: spellings of one name. */
export function nearlySameName(a: string, b: string): boolean {
  const x = foldName(a).replace(/[^\p{L}]/gu, '');
  const y = foldName(b).replace(/[^\p{L}]/gu, '');
  if (x === y) return true;
  if (x.length < 6 || y.length < 6 || Math.abs(x.length - y.length) > 2) return false;
  return editDistance(x, y) <= 2;
}

/** An Arabic article that one transliteration writes and another leaves out ("Al Fayyūm", "Faiyum"). */
const ARTICLE = /^(?:a[dlnrstz]|adh|ash|el) /;

/**
 * Looser than nearlySameName, for a division and its own seat: short names one
 * letter apart ("Hama", "Ḩamāh"; "Basra", "Basrah"), an article and a "dh"
 * apart ("Aḑ Ḑāli‘", "Dhalie") or two spellings of ё ("Oryol", "Orël") are
 * one name to a reader. Too loose to give a
 * place a name, right for withholding one.
 */
export function maybeSameName(a: string, b: string): boolean {
  if (nearlySameName(a, b)) return true;
  // Russian ё is written "yo" or "ë" ("Oryol", "Orël").
  const key = (name: string) => foldName(name).replace(ARTICLE, '').replace(/[^\p{L}]/gu, '').replace(/dh/g, 'd').replace(/yo/g, 'e');
  const x = key(a);
  const y = key(b);
  return x === y || (x.length >= 4 && y.length >= 4 && editDistance(x, y) <= 1);
}

/** The ways the news names a division with a type word ("state of Puebla", "São Paulo state"). */
export function divisionForms(name: string): string[] {
  return ['state', 'province', 'region', 'department', 'governorate', 'prefecture'].flatMap((term) => [`${term} of ${name}`, `${name} ${term}`]);
}

/** An adjective the news makes of a division type word ("the Okayama prefectural government"). */
const TYPE_ADJECTIVES: Readonly<Record<string, string>> = { prefecture: 'prefectural', province: 'provincial', region: 'regional', department: 'departmental' };

/**
 * The ways the news names a division's government or head ("Okayama
 * prefectural", "Hiroshima governor", "governor of Lagos"): for a division
 * named like a city, these name the division, never the city. Governors head
 * first-level divisions; cities have mayors.
 */
export function divisionOfficeForms(name: string, terms: readonly string[] = Object.keys(TYPE_ADJECTIVES), governed = true): string[] {
  const adjectives = terms.flatMap((term) => (TYPE_ADJECTIVES[term] ? [`${name} ${TYPE_ADJECTIVES[term]}`] : []));
  return governed ? [...adjectives, `${name} governor`, `governor of ${name}`] : adjectives;
}

/** What the generator knows of a division's towns: its bare name where a town has it ("Kano"), its seat's name. */
export interface DivisionTowns {
  readonly bare: string | undefined;
  /** Whether a town of the country, or its seat, has the division's whole name ("Deir ez-Zor"). */
  readonly namedLikeTown: boolean;
  readonly seat: string | undefined;
}

/**
 * The names a division is claimed by besides its own: its own other names
 * (`natural`) and names made from it (`derived`).
 *
 * - A division named like a town also takes its government's and governor's
 *   names ("Okayama prefectural", "Hiroshima governor"), so that they mark it,
 *   not the town; only where the country's type word is known (a city-state's
 *   head is a mayor). "Kano State" is headed by the "governor of Kano".
 * - "Borno" of "Borno State": the news names a division by its plain name
 *   when no town of the country has it ("Oryol" of "Oryol Oblast" is first
 *   its seat "Orël"), and by the plain name and the country's type words
 *   ("Belgorod region"). GeoNames writes Russia's krais "Kray"; the news
 *   writes "Krai".
 */
export function divisionNameForms(name: string, country: string, towns: DivisionTowns): { natural: string[]; derived: string[] } {
  const terms = DIVISION_TERMS[country] ?? [];
  const governed = !NO_GOVERNOR_COUNTRIES.has(country);
  const local = LOCAL_DIVISION_FORMS[country];
  if (!hasDivisionWord(name)) {
    const office = towns.namedLikeTown ? [...(terms.length > 0 ? divisionOfficeForms(name, terms, governed) : []), ...(local?.(name) ?? [])] : [];
    return { natural: [], derived: [...terms.map((term) => `${name} ${term}`), ...office] };
  }
  const plain = divisionPlainName(name);
  const plainIsTown = towns.bare !== undefined || (towns.seat !== undefined && plain !== undefined && maybeSameName(withoutSoftSign(towns.seat), plain));
  const typed = plain ? terms.map((term) => `${plain} ${term}`).filter((form) => foldName(form) !== foldName(name)) : [];
  const office = towns.bare ? [...divisionOfficeForms(towns.bare, terms, governed), ...(local?.(towns.bare) ?? [])] : [];
  return {
    natural: [...(plain && !plainIsTown ? [plain] : []), ...(/\bKray$/u.test(name) ? [name.replace(/\bKray$/u, 'Krai')] : [])],
    derived: [...typed, ...office],
  };
}

/** A government's or governor's form ("Kano governor", "governor of Kano", "gobernador de Puebla", "Okayama prefectural"). */
export const isDivisionOfficeForm = (name: string): boolean => /(?:^|\s)(?:governor|governadora?|gobernadora?|prefectural|provincial|regional|departmental)(?:\s|$)/iu.test(name);

/**
 * Countries whose first-level divisions have no governor: the Emirates' are
 * ruled by their rulers, and a "governor of Dubai" in the news heads the Dubai
 * International Financial Centre (review 10).
 */
export const NO_GOVERNOR_COUNTRIES: ReadonlySet<string> = new Set(['AE']);

const SPANISH_HEAD = (name: string) => [`gobernador de ${name}`, `gobernadora de ${name}`];
const PORTUGUESE_HEAD = (name: string) => [`governador de ${name}`, `governadora de ${name}`];

/**
 * A division's type-word and governor forms in the language of its country's
 * news, per country ("estado de Puebla", "provincia de Buenos Aires",
 * "governador de São Paulo"): for a division named like a city, they name the
 * division. Countries whose news is in English use divisionOfficeForms alone.
 */
export const LOCAL_DIVISION_FORMS: Readonly<Record<string, (name: string) => string[]>> = {
  MX: (name) => [`estado de ${name}`, ...SPANISH_HEAD(name)],
  VE: (name) => [`estado de ${name}`, ...SPANISH_HEAD(name)],
  AR: (name) => [`provincia de ${name}`, ...SPANISH_HEAD(name)],
  EC: (name) => [`provincia de ${name}`, ...SPANISH_HEAD(name)],
  CO: (name) => [`departamento de ${name}`, ...SPANISH_HEAD(name)],
  BO: (name) => [`departamento de ${name}`, ...SPANISH_HEAD(name)],
  PE: (name) => [`región de ${name}`, `region de ${name}`, ...SPANISH_HEAD(name)],
  BR: (name) => [`estado de ${name}`, `estado do ${name}`, ...PORTUGUESE_HEAD(name)],
};

function editDistance(x: string, y: string): number {
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= y.length; j += 1) {
      row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1)));
    }
    previous = row;
  }
  return previous[y.length] ?? Number.POSITIVE_INFINITY;
}

/**
 * Type words the news adds to a division's bare name, per country: they make
 * aliases ("Kharkiv Oblast", "Aleppo province") that tell a division from its
 * seat of the same name. Never shown as a fact; an alias that no page uses
 * marks nothing.
 */
export const DIVISION_TERMS: Readonly<Record<string, readonly string[]>> = {
  AE: ['emirate'],
  AF: ['province'],
  AR: ['province'],
  BO: ['department'],
  BR: ['state'],
  DZ: ['province'],
  ID: ['province'],
  JO: ['governorate'],
  JP: ['prefecture'],
  KH: ['province'],
  PE: ['region'],
  CO: ['department'],
  ET: ['region'],
  MM: ['state', 'region'],
  VE: ['state'],
  CN: ['province'],
  EG: ['governorate'],
  IQ: ['governorate', 'province'],
  IR: ['province'],
  LB: ['governorate'],
  MX: ['state'],
  NG: ['state'],
  PK: ['province'],
  RU: ['oblast', 'region'],
  SA: ['region', 'province'],
  SD: ['state'],
  SS: ['state'],
  SY: ['governorate', 'province'],
  TR: ['province'],
  UA: ['oblast', 'region'],
  YE: ['governorate'],
};
