/**
 * A weaker gate for the generated places a news reader meets without their
 * country in the same paragraph ("in Nairobi", "Chicago police", "the
 * governor of Louisiana"). The block gate of places-gates.ts stays for every
 * other name; only a name that is prominent (a city of a million people, a
 * national capital, a first-level division) and unique (no other populated
 * place or division of that name, no word of any corpus language, no
 * personal name, no other glossary name) is relaxed:
 * - one word: no context gate. The ambiguity check does not accept a one-word
 *   name gated page-wide (a word anywhere on the page is no evidence for a
 *   short name), and a name that passes every test here needs none;
 * - several words ("South Carolina"): the same contexts, looked for on the
 *   whole page.
 * Both keep exclusions for the longer names of other things that hold a
 * place name by kind (a university, a club, a newspaper).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AliasSpec, Entry } from '../../src/core/glossary/schema.ts';
import type { CommonWords as LanguageWords } from './common-words.ts';
import { DIVISION_TERMS, foldName, hasDivisionWord, isDivisionOfficeForm, isGenericName, letterCount } from './places-names.ts';
import type { CityRecord, PlaceDatasets } from './places-sources.ts';
import type { NameVetter } from './places-vet.ts';
import { abroadNamesakes, onlyTinyNamesakesAbroad } from './places-abroad.ts';
import { apStateForms, readRelaxLists, relaxVet, type RelaxVet } from './places-relax-vet.ts';

/** A city this large, or a national capital, is what its name means in the news. */
export const PROMINENT_CITY_POPULATION = 1_000_000;
/** Another place of the name this large is a meaning a reader may have in mind. */
export const NAMESAKE_POPULATION = 5_000;
/** Records of one name this close in one country are the same place (a city and its sections). */
export const SAME_PLACE_KM = 50;

/**
 * Longer place names holding a name this many times make it a part of names more than a name (Bahia, "Bahía
 * Blanca"); it is also what the schema's 20 exclusions leave room for beside the kinds of institutionExcludes.
 */
export const MAX_LONGER_PLACES = 8;
/** A section of a city under 1/OWN_QUARTER_SHARE of its people is one of its quarters. */
const OWN_QUARTER_SHARE = 10;
/** A longer-named city this large ("Oklahoma City", "Quezon City") is a glossary entry of its own and a rival reading. */
export const RIVAL_CITY_POPULATION = 500_000;
/** Names reviewed by hand as also meaning something else alone ("Kobe", "Lazio"): they keep the block gate. */
export const HELD_NAMES_FILE = path.resolve(import.meta.dirname, 'data/places-held-names.json');

export function readHeldNames(file = HELD_NAMES_FILE): Set<string> {
  const lists = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return new Set(Object.entries(lists).flatMap(([key, list]) => (key !== 'note' && Array.isArray(list) ? list.map((name) => foldName(String(name))) : [])));
}

export const isProminentCity = (city: CityRecord): boolean => city.population >= PROMINENT_CITY_POPULATION || city.featureCode === 'PPLC';

interface LongName {
  readonly written: string;
  readonly country: string;
  readonly population: number;
  /** A town's position; a division has none. */
  readonly position?: { readonly lat: number; readonly lon: number };
  /** GeoNames says it is a section of a populated place (PPLX). */
  readonly section?: boolean;
}

/** A generated place, as far as the weaker gate needs to know it. */
export interface PlaceRef {
  readonly kind: 'city' | 'division';
  readonly country: string;
  /** A city's GeoNames record; a division's GeoNames code. */
  readonly city?: CityRecord;
  readonly divisionCode?: string;
}

export interface Prominence {
  /** Is `name`, claimed by `place`, unique enough to go without a block gate? */
  isUnique(name: string, place: PlaceRef): boolean;
  /** May this short country name ("U.K.", "UK") be a context term? */
  isShortContextSafe(name: string): boolean;
  /**
   * Names of other places that hold this one ("Kansas City" for Kansas, "Bahía Blanca" for Bahia), for its exclusions;
   * given the place, less its own small quarters ("Budapest XIII. kerület"), which are the place.
   */
  longerPlaceNames(name: string, place?: PlaceRef): string[];
  /**
   * The first-level divisions of a weighed city's namesakes abroad ("Indiana" for Warsaw): near the name they say
   * the namesake is meant ("Warsaw, Indiana"). Names a hand-written entry has ("Georgia", "New York") are left
   * out: near the city they are mostly about themselves ("flights from New York to Delhi").
   */
  namesakeDivisions(name: string, place: PlaceRef): string[];
  /** Exact forms that name a weighed city's US namesakes in AP style ("Vienna, Va."), for its exclusions. */
  namesakeForms(name: string, place: PlaceRef): string[];
}

const distanceKm = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): number => {
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  return Math.hypot(x, (b.lat - a.lat) * rad) * 6371;
};

export function prominence(
  data: PlaceDatasets,
  vetter: NameVetter,
  words: Pick<LanguageWords, 'languagesOf' | 'personalName'> & Partial<Pick<LanguageWords, 'isGivenName'>>,
  held = readHeldNames(),
  relax: RelaxVet = relaxVet(data.currentCities, (folded) => words.isGivenName?.(folded) ?? false, readRelaxLists()),
): Prominence {
  const citiesByName = new Map<string, CityRecord[]>();
  for (const city of data.cities) {
    if (city.population < NAMESAKE_POPULATION) continue;
    const folded = foldName(city.name);
    citiesByName.set(folded, [...(citiesByName.get(folded) ?? []), city]);
  }
  // Several-word names of towns and divisions, as written, by folded form (a division counts as no people).
  const longNames = new Map<string, LongName>();
  const places = [
    ...[...citiesByName.values()].flat().map((city) => ({ written: city.name, country: city.country, population: city.population, position: city, section: city.featureCode === 'PPLX' })),
    ...data.divisions.map((division) => ({ written: division.name, country: division.code.slice(0, 2), population: 0 })),
  ];
  for (const place of places) {
    const folded = foldName(place.written);
    const known = longNames.get(folded);
    if (folded.includes(' ') && (!known || place.population > known.population)) longNames.set(folded, place);
  }
  // By word, so a name is compared only with the long names that hold its first word.
  const byWord = new Map<string, string[]>();
  for (const folded of longNames.keys()) for (const word of new Set(folded.split(' '))) byWord.set(word, [...(byWord.get(word) ?? []), folded]);
  const longerPlaces = (name: string): LongName[] => {
    const own = foldName(name);
    const candidates = byWord.get(own.split(' ')[0] ?? '') ?? [];
    return candidates.filter((folded) => folded !== own && ` ${folded} `.includes(` ${own} `)).map((folded) => longNames.get(folded)!);
  };
  const isNear = (other: LongName, place: PlaceRef): boolean =>
    other.position !== undefined && place.city !== undefined && other.country === place.city.country && distanceKm(other.position, place.city) <= SAME_PLACE_KM;
  // A quarter is the place itself; a "section" of a tenth of its people or more (Navi Mumbai) is a city of its own.
  const isOwnQuarter = (other: LongName, place: PlaceRef): boolean =>
    other.section === true && isNear(other, place) && other.population < place.city!.population / OWN_QUARTER_SHARE;
  const longerPlaceNames = (name: string, place?: PlaceRef): string[] =>
    longerPlaces(name)
      .filter((other) => !place || !isOwnQuarter(other, place))
      .map((other) => other.written)
      .sort((a, b) => a.localeCompare(b, 'en'));
  const divisionsByName = new Map<string, string[]>();
  for (const division of data.divisions) {
    const folded = foldName(division.name);
    divisionsByName.set(folded, [...(divisionsByName.get(folded) ?? []), division.code]);
  }
  const abroad = abroadNamesakes(data);
  const divisionNames = new Map(data.divisions.map((division) => [division.code, division.name]));
  const isSelf = (other: CityRecord, place: PlaceRef): boolean =>
    place.city !== undefined && other.country === place.city.country && distanceKm(other, place.city) <= SAME_PLACE_KM;
  return {
    isUnique(name, place) {
      const folded = foldName(name);
      if (held.has(folded) || vetter.personNamesHolding(name).length > 0) return false;
      // isStrictEvidence: no word of any corpus language, no personal name, no reviewed name, no place of another country;
      // a capital's or a city of a million's namesakes abroad are weighed by size instead ("Warsaw", Indiana: places-abroad.ts).
      const weighed = place.city !== undefined && place.kind === 'city' && isProminentCity(place.city) ? place.city : undefined;
      const namesakes = weighed ? abroad(weighed, name) : [];
      if (weighed ? !vetter.isPlainName(name) || !onlyTinyNamesakesAbroad(weighed, namesakes) : !vetter.isStrictEvidence(name, place.country)) return false;
      // Review 12's kinds (places-relax-vet.ts): a person's name, a word or thing, a river, a namesake of unknown size.
      if (relax.hold(name, namesakes)) return false;
      // The city's own quarters ("Budapest XIII. kerület", within SAME_PLACE_KM in its country) are no second meaning.
      const longer = longerPlaces(name).filter((other) => !isNear(other, place));
      // A part of many other names ("Bahía Blanca" for Bahia) is more than a name, and they would not fit the exclusions;
      // a large city named from it ("Oklahoma City") is a second meaning.
      if (longer.length > MAX_LONGER_PLACES) return false;
      if (longer.some((other) => other.population >= RIVAL_CITY_POPULATION)) return false;
      // A one-word city name inside a longer division name of its country that no type word tells apart ("Minsk City",
      // "Bogota D.C."): nothing near the name could leave the division's mentions undecided, so the block gate stays.
      // The division's own forms with its country's type word ("Bogota D.C. department") count as its names too.
      const divisionsHolding = (place.kind === 'city' && !folded.includes(' ') ? longer.filter((other) => other.population === 0 && other.country === place.country) : [])
        .flatMap((other) => [other.written, ...(DIVISION_TERMS[place.country] ?? []).map((term) => `${other.written} ${term}`)]);
      const ownWords = new Set(folded.split(' '));
      const namesDivision = (other: string): boolean => foldName(other).split(' ').some((word) => !ownWords.has(word) && hasDivisionWord(word));
      if (divisionsHolding.some(namesDivision) && typeWordsBeside(name, divisionsHolding).length === 0) return false;
      if ((citiesByName.get(folded) ?? []).some((other) => !isSelf(other, place) && !(weighed && other.country !== weighed.country))) return false;
      // A division of a city's own country named like it ("Hanoi", the Minsk region) keeps only its longer names
      // (places-build.ts, namedLikeTown): the bare name is the city's with or without the country nearby, where the
      // city is the division's seat; Jilin province, whose seat is Changchun, is what bare "Jilin" mostly means.
      const city = place.kind === 'city' ? place.city : undefined;
      return (divisionsByName.get(folded) ?? []).every((code) => code === place.divisionCode || (city !== undefined && code.startsWith(`${place.country}.`) && relax.isDivisionSeat(city, code)));
    },
    isShortContextSafe(name) {
      // Contexts are matched without case: "US" would be found in "us", "USA" in Spanish "usa".
      if (/^(\p{Lu}\.){2,}$/u.test(name)) return true;
      const folded = foldName(name);
      return /^\p{Lu}{2,3}$/u.test(name) && words.languagesOf(name, folded).length === 0 && !words.personalName(folded);
    },
    longerPlaceNames,
    namesakeDivisions(name, place) {
      if (place.kind !== 'city' || !place.city || !isProminentCity(place.city)) return [];
      const names = abroad(place.city, name)
        .filter((namesake) => namesake.population > 0)
        .flatMap((namesake) => divisionNames.get(namesake.divisionCode) ?? [])
        .filter((division) => vetter.isContextSafe(division) && !vetter.isHandWritten(division));
      return [...new Set(names)].sort((a, b) => a.localeCompare(b, 'en'));
    },
    namesakeForms: (name, place) => (place.kind === 'city' && place.city && isProminentCity(place.city) ? apStateForms(name, abroad(place.city, name)) : []),
  };
}

/** How many of a country's names may gate its places. */
const COUNTRY_TERMS = 8;

/**
 * The country's names that may gate a place: its label, its short forms
 * ("U.S.", "UK") where they are safe, then its other names that carry no
 * context gate of their own and are not common words.
 */
export function countryContextTerms(entry: Entry, vetter: NameVetter, check?: Prominence): string[] {
  const ungated = entry.aliases.flatMap((alias) => {
    if (typeof alias === 'string') return [alias];
    return alias.contexts || alias.relatedContexts || alias.notContexts ? [] : [alias.text];
  });
  const short = check ? ungated.filter((name) => letterCount(name) <= 3 && check.isShortContextSafe(name)) : [];
  const long = ungated.filter((name) => vetter.isContextSafe(name));
  return [...new Set([entry.label, ...short, ...long])].slice(0, COUNTRY_TERMS);
}

/**
 * Longer names that hold a place's name and are something else, by kind:
 * universities, clubs and newspapers; for a city the club forms of the
 * continent's football ("Real", "Inter", "Bayern"), for a division the lakes,
 * rivers, state universities ("Ohio State") and the cities named from it
 * ("Kansas City"), where for a city "<name> City" is the city itself.
 */
export function institutionExcludes(name: string, kind: PlaceRef['kind']): string[] {
  const oneWord = !foldName(name).includes(' ');
  // A one-word name carries the matcher's inside-name gate (src/core/match/inside-name.ts), which already
  // refuses it after a prefix ("Real", "Inter", "Lake", "FC") and before a capitalised word or a club's suffix
  // ("Times", "United", "FC"): listing those here only grows the automaton. Place words ("University",
  // "State", "City", "River") keep a name a place for that gate, so their institutions stay listed.
  const both = oneWord ? [`University of ${name}`, `${name} University`] : [`University of ${name}`, `${name} University`, `${name} FC`, `FC ${name}`, `${name} Times`, `${name} Tribune`, `${name} Post`];
  const city = oneWord ? [] : [`${name} United`, `Real ${name}`, `Inter ${name}`, `AC ${name}`, `Bayern ${name}`];
  const division = oneWord ? [`${name} State`, `${name} City`, `${name} River`] : [`${name} State`, `${name} City`, `Lake ${name}`, `${name} River`];
  return [...both, ...(kind === 'city' ? city : division)];
}

/** The relaxed alias of a prominent unique name, or undefined when its contexts are needed and none are left. */
export function prominentAlias(text: string, place: PlaceRef, contexts: readonly string[], sensitive: boolean, exclude: readonly string[], check: Prominence): AliasSpec | undefined {
  // Other places' names first: they are data; the kinds after them are patterns that may never occur.
  const longer = check.longerPlaceNames(text, place);
  // The type-word forms of `exclude` ("state of Tunis") come last: where they are cut, the type word near the name (below) stands for them.
  // The government's and governor's forms ("governor of Kano") go first: no type word near the name stands for them.
  // A US namesake's AP form ("Vienna, Va.") only ever means the namesake: kept before the type-word forms too.
  const seen = new Set<string>();
  const excludes = [...exclude.filter(isDivisionOfficeForm), ...longer, ...institutionExcludes(text, place.kind), ...check.namesakeForms(text, place), ...exclude]
    .filter((name) => !seen.has(foldName(name)) && Boolean(seen.add(foldName(name))))
    .slice(0, 20);
  const oneWord = !foldName(text).includes(' ');
  if (!oneWord) return contexts.length === 0 ? undefined : { text, ...(sensitive && { case: 'sensitive' as const }), contexts: [...contexts], scope: 'page', exclude: excludes };
  // A city and a division of one name ("Nairobi", "Nairobi County"): a division word next to the name leaves it undecided.
  // And a namesake's division near it leaves it undecided too: "Warsaw, Indiana", "Lisbon, Maine".
  const typeWords = [...typeWordsBeside(text, [...longer, ...exclude]), ...check.namesakeDivisions(text, place)].slice(0, 20);
  return {
    text,
    ...(sensitive && { case: 'sensitive' as const }),
    ...(typeWords.length > 0 && { notContexts: typeWords, scope: 'near' as const }),
    exclude: excludes,
    // Ungated, the name must not be read inside another thing's name: "Chicago Bulls", "Texas Instruments" (the next-word gate).
    givenName: true,
  };
}

/** The division-type words that make another name of a place from this one ("county" of "Nairobi County", "state" of "state of Tunis"). */
function typeWordsBeside(name: string, longer: readonly string[]): string[] {
  const own = ` ${foldName(name)} `;
  const words = longer.flatMap((other) => {
    const rest = ` ${foldName(other)} `.replace(own, ' ').trim();
    // "City" is left to the exclusions ("Texas City"): as a word near the name it is too common to leave the name undecided.
    return rest && isGenericName(rest) ? rest.split(' ').filter((word) => word !== 'city' && hasDivisionWord(word)) : [];
  });
  return [...new Set(words)].sort().slice(0, 20);
}

/** Is this generated alias one the weaker gate made (no contexts, or contexts page-wide)? */
export const isRelaxedAlias = (alias: AliasSpec): boolean =>
  typeof alias !== 'string' && (alias.contexts ? alias.scope === 'page' : (alias.exclude ?? []).includes(`University of ${alias.text}`));
