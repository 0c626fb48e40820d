/**
 * Kinds of prominent name that the weaker gate of places-prominent.ts must not
 * relax though its uniqueness tests pass (review 12, docs/review12-r12.md, part
 * 1: 18 of 85 newly relaxed city names were unsafe). Each is a rule for the
 * kind, read from data, not a list of the reviewed names:
 * - `person`: a name of a well-known person that news writes alone ("Osaka
 *   won in three sets", "Houston died in 2012"): compromise reads it as a
 *   person's name, or a check of news text found a surname
 *   (data/places-relax-held.json, "people");
 * - `word`: a word of a corpus language or a thing written with a capital
 *   (Swedish "Medan …" at a sentence start, Muscat grapes, a Manila envelope):
 *   every name the word lists flagged but those a reviewer judged the place
 *   first (`placeFirst`, `rareInEnglish`: "Shanghai", "Caracas", "Pretoria"
 *   are the cities in news far more often than anything else), a Swedish word
 *   (data/places-swedish-words.json), and things found by the check of news
 *   text (data/places-relax-held.json, "otherThings": the Ankara fabric, "the
 *   Dakar" rally, the Muscat grape, a Manila envelope, AGRA);
 * A river of the name is not a hold: the generator cancels such a name near a
 * river's words (places-rivers.ts), and the state or city keeps its mark.
 * - `municipalNamesake`: a namesake abroad of NAMESAKE_POPULATION or more in a
 *   country or state whose GeoNames populated place is often only the centre
 *   of a larger municipality or town (Hamburg, N.Y.: village 9,576, town
 *   60,085; Medellín, Cebu: 11,741, municipality 59,605), so that its size is
 *   unknown rather than small.
 * A same-named division whose seat is another city (Jilin province, seat
 * Changchun) is `isDivisionSeat` below, used by places-prominent.ts; the AP
 * forms of a US namesake ("Vienna, Va.") are `apStateForms`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AbroadNamesake } from './places-abroad.ts';
import { COMMON_WORDS_FILE, foldName } from './places-names.ts';
import type { CityRecord, CurrentCity } from './places-sources.ts';
import { SWEDISH_WORDS_FILE } from './places-swedish-words.ts';

export type RelaxHold = 'person' | 'word' | 'municipalNamesake';

export const RELAX_HOLDS: Record<RelaxHold, string> = {
  person: 'a well-known person\'s name that news writes alone',
  word: 'a word of a corpus language, or a thing written with a capital',
  municipalNamesake: 'a namesake abroad of 5,000+ counted at a town centre inside a larger municipality',
};

/** A namesake this large in a country or state of MUNICIPAL_UNITS has a size the data does not give. */
export const MUNICIPAL_NAMESAKE_POPULATION = 5_000;

/**
 * Where the unit news names is a municipality or town that GeoNames splits into
 * populated places (the centre of a town, a village inside it): the Philippines'
 * municipalities, and the twelve US states whose towns and townships are
 * governments of their own (the Census Bureau's "strong MCD" states).
 */
export const MUNICIPAL_UNITS: ReadonlySet<string> = new Set([
  'PH',
  ...['CT', 'ME', 'MA', 'MI', 'MN', 'NH', 'NJ', 'NY', 'PA', 'RI', 'VT', 'WI'].map((state) => `US.${state}`),
]);

export const RELAX_HELD_FILE = path.resolve(import.meta.dirname, 'data/places-relax-held.json');

/** The folded names each list holds. */
export interface RelaxLists {
  /** Names the word lists flagged that a reviewer did not judge the place first (places-common-words.json), and Swedish words. */
  readonly words: ReadonlySet<string>;
  /** Surnames and stage names found by the check of news text. */
  readonly people: ReadonlySet<string>;
  /** Things other than places found by that check (a fabric, a race). */
  readonly things: ReadonlySet<string>;
}

/** The reviewed lists of places-common-words.json whose names are the place first, and its note. */
const PLACE_FIRST_LISTS: ReadonlySet<string> = new Set(['note', 'placeFirst', 'rareInEnglish']);

const foldedList = (list: unknown): string[] => (Array.isArray(list) ? list.map((name) => foldName(String(name))) : []);

export function readRelaxLists(files = { common: COMMON_WORDS_FILE, swedish: SWEDISH_WORDS_FILE, held: RELAX_HELD_FILE }): RelaxLists {
  const common = JSON.parse(readFileSync(files.common, 'utf8')) as Record<string, unknown>;
  const swedish = JSON.parse(readFileSync(files.swedish, 'utf8')) as { words: unknown };
  const held = JSON.parse(readFileSync(files.held, 'utf8')) as Record<string, unknown>;
  return {
    words: new Set([...Object.entries(common).flatMap(([key, list]) => (PLACE_FIRST_LISTS.has(key) ? [] : foldedList(list))), ...foldedList(swedish.words)]),
    people: new Set(foldedList(held['people'])),
    things: new Set(foldedList(held['otherThings'])),
  };
}

/** Why a name must keep its block gate by what the name is (a person's, a word), or undefined. */
export function nameHold(name: string, lists: RelaxLists, isPersonWord: (folded: string) => boolean): RelaxHold | undefined {
  const folded = foldName(name);
  if (lists.people.has(folded) || (!folded.includes(' ') && isPersonWord(folded))) return 'person';
  if (lists.words.has(folded) || lists.things.has(folded)) return 'word';
  return undefined;
}

/** The first namesake whose size the data does not give (see MUNICIPAL_UNITS), or undefined. */
export const municipalNamesake = (namesakes: readonly AbroadNamesake[]): AbroadNamesake | undefined =>
  namesakes.find((namesake) => namesake.population >= MUNICIPAL_NAMESAKE_POPULATION && (MUNICIPAL_UNITS.has(namesake.country) || MUNICIPAL_UNITS.has(namesake.divisionCode)));

/** Records of one name this close in one country are one city (a release's point and the other's). */
const SAME_CITY_KM = 50;

const distanceKm = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): number => {
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  return Math.hypot(x, (b.lat - a.lat) * rad) * 6371;
};

/**
 * Is the city the seat of this first-level division of its country? GeoNames flags a division's seat `PPLA` and a
 * national capital `PPLC`; the city must also lie in the division, by its own code (the 2020 release's numbering) or
 * by a record of its name in the current release's numbering (Hanoi: 44 in one, 01 in the other). Jilin city is a
 * `PPL` of Jilin province, whose seat is Changchun.
 */
export function divisionSeatTest(currentCities: readonly CurrentCity[]): (city: CityRecord, divisionCode: string) => boolean {
  const byName = new Map<string, CurrentCity[]>();
  for (const place of currentCities) {
    const folded = foldName(place.name);
    byName.set(folded, [...(byName.get(folded) ?? []), place]);
  }
  return (city, divisionCode) => {
    if (city.featureCode !== 'PPLA' && city.featureCode !== 'PPLC') return false;
    if (divisionCode === `${city.country}.${city.admin1}`) return true;
    return (byName.get(foldName(city.name)) ?? []).some((place) => `${place.country}.${place.admin1}` === divisionCode && distanceKm(place, city) <= SAME_CITY_KM);
  };
}

/**
 * The Associated Press abbreviations of US states, as datelines and news copy
 * write a town's state ("VIENNA, Va. (AP) —", "Rome, Ga."); the AP writes the
 * eight others (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah) in full.
 * Postal codes ("VA", "IN") are left out: matched without case, "Warsaw, in"
 * and Italian "Vienna, va" would be cut too.
 */
export const AP_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  AL: 'Ala.', AZ: 'Ariz.', AR: 'Ark.', CA: 'Calif.', CO: 'Colo.', CT: 'Conn.', DE: 'Del.', DC: 'D.C.', FL: 'Fla.', GA: 'Ga.',
  IL: 'Ill.', IN: 'Ind.', KS: 'Kan.', KY: 'Ky.', LA: 'La.', MD: 'Md.', MA: 'Mass.', MI: 'Mich.', MN: 'Minn.', MS: 'Miss.',
  MO: 'Mo.', MT: 'Mont.', NE: 'Neb.', NV: 'Nev.', NH: 'N.H.', NJ: 'N.J.', NM: 'N.M.', NY: 'N.Y.', NC: 'N.C.', ND: 'N.D.',
  OK: 'Okla.', OR: 'Ore.', PA: 'Pa.', RI: 'R.I.', SC: 'S.C.', SD: 'S.D.', TN: 'Tenn.', VT: 'Vt.', VA: 'Va.', WA: 'Wash.',
  WV: 'W.Va.', WI: 'Wis.', WY: 'Wyo.',
};

/**
 * "<name>, <AP abbreviation>" for each US namesake's state, largest namesake first: the exact form means the
 * namesake ("Vienna, Va."), so it goes to the alias's exclusions, at any size of the namesake.
 */
export function apStateForms(name: string, namesakes: readonly AbroadNamesake[]): string[] {
  const states = [...namesakes]
    .filter((namesake) => namesake.country === 'US')
    .sort((a, b) => b.population - a.population || a.divisionCode.localeCompare(b.divisionCode))
    .flatMap((namesake) => AP_STATE_ABBREVIATIONS[namesake.divisionCode.slice(3)] ?? []);
  return [...new Set(states)].map((abbreviation) => `${name}, ${abbreviation}`);
}

/** The kinds above, built once over the data, for places-prominent.ts. */
export interface RelaxVet {
  /** Why this name, claimed by a weighed city with these namesakes abroad (none for any other place), keeps its block gate. */
  hold(name: string, namesakes: readonly AbroadNamesake[]): RelaxHold | undefined;
  /** Is the city the seat of this division of its country (so that the division's bare name is the city's)? */
  isDivisionSeat(city: CityRecord, divisionCode: string): boolean;
}

export function relaxVet(
  currentCities: readonly CurrentCity[],
  isPersonWord: (folded: string) => boolean,
  lists = readRelaxLists(),
): RelaxVet {
  const isDivisionSeat = divisionSeatTest(currentCities);
  return {
    hold: (name, namesakes) =>
      nameHold(name, lists, isPersonWord) ?? (municipalNamesake(namesakes) ? 'municipalNamesake' : undefined),
    isDivisionSeat,
  };
}
