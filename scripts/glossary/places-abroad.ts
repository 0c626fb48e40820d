/**
 * Namesakes abroad too small to be meant (issue #17). "He flew to Warsaw"
 * means the Polish capital, not Warsaw, Indiana (14,472 people beside 1.7
 * million): a national capital or a city of a million whose only namesakes
 * are in other countries and tiny beside it is what its name means in world
 * news, and may take the weaker gate of places-prominent.ts. A namesake that
 * is large, or large beside the city, keeps the block gate: Athens, Georgia
 * (116,714 beside 664,046), Kingston, Ontario, Tripoli, Lebanon, Colombo in
 * Paraná, Perth in Scotland.
 *
 * Both limits were chosen by measuring the largest namesake abroad of every
 * prominent city the generator makes (docs/data-sources.md, "Namesakes abroad
 * too small to be meant"): the shares fall into a group under 2% (Warsaw
 * 0.9%, Vienna 1.0%, Rome 1.6%, Lisbon 1.8%) and a spread above it (Ottawa
 * 2.3%, Perth 2.5%, Monrovia 4.0%, Dublin 5.6%, Athens 17.6%); the ceiling
 * keeps a town the English-language news writes about on its own (Melbourne,
 * Florida, 80,127; Dublin, California, 57,721) gated whatever its share.
 */
import { foldName } from './places-names.ts';
import type { CityRecord, PlaceDatasets } from './places-sources.ts';

/** A namesake abroad under this share of the city's people is too small to be meant. */
export const TINY_NAMESAKE_SHARE = 0.02;
/** And under this many people: a town this large is written about on its own, whatever the city's size. */
export const TINY_NAMESAKE_CEILING = 50_000;
/** Records of one name within this distance in one country are one place (a town listed in both releases). */
const SAME_PLACE_KM = 30;

export interface AbroadNamesake {
  readonly country: string;
  /**
   * People in the 2020 release; 0 for a place only the 2026 release lists. That
   * release lists places of 500 people or more, the 2020 one (cities1000) those
   * of 1,000 or more, so a place missing from the 2020 list is taken at its word
   * as one of under 1,000 (the data's own statement; a town GeoNames left out of
   * both is unknown to this check, as to every other).
   */
  readonly population: number;
  /** Its first-level division's code ("US.IN"), in the numbering of the release that gave its size. */
  readonly divisionCode: string;
}

const distanceKm = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): number => {
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  return Math.hypot(x, (b.lat - a.lat) * rad) * 6371;
};

/** A finder of a city's namesakes in other countries (both releases, every size), indexed once by folded name. */
export function abroadNamesakes(data: PlaceDatasets): (city: CityRecord, name: string) => AbroadNamesake[] {
  type Place = { country: string; admin1: string; population: number; lat: number; lon: number };
  const byName = new Map<string, Place[]>();
  const add = (name: string, place: Place): void => {
    const key = foldName(name);
    const list = byName.get(key);
    if (list) list.push(place);
    else byName.set(key, [place]);
  };
  for (const city of data.cities) add(city.name, city);
  for (const place of data.currentCities) add(place.name, { ...place, population: 0 });
  return (city, name) => {
    const kept: Place[] = [];
    for (const place of byName.get(foldName(name)) ?? []) {
      if (place.country === city.country) continue;
      // One town listed in both releases is one namesake, counted at its 2020 size.
      const same = kept.find((other) => other.country === place.country && distanceKm(other, place) <= SAME_PLACE_KM);
      if (same && place.population > same.population) Object.assign(same, { population: place.population, admin1: place.admin1 });
      else if (!same) kept.push({ ...place });
    }
    return kept.map(({ country, population, admin1 }) => ({ country, population, divisionCode: `${country}.${admin1}` }));
  };
}

/** Is every namesake abroad too small beside this city to be what its name means? (None at all is too.) */
export const onlyTinyNamesakesAbroad = (city: CityRecord, namesakes: readonly AbroadNamesake[]): boolean =>
  namesakes.every((namesake) => namesake.population < TINY_NAMESAKE_CEILING && namesake.population < city.population * TINY_NAMESAKE_SHARE);

/** A namesake across a border this near is written about with the place's country too ("near the border with Cameroon"). */
export const BORDER_NAMESAKE_KM = 300;
/** And this large, or a first-level division: a village of a few hundred across the border is not written about. */
export const BORDER_NAMESAKE_POPULATION = 5_000;

/**
 * A finder of namesakes in a neighbouring country (review 9's Adamawa: a region
 * of Cameroon and a state of Nigeria "near the border with Cameroon"): a place of
 * BORDER_NAMESAKE_POPULATION or more, or a first-level division with a town within
 * reach, of another country within BORDER_NAMESAKE_KM of the place. Such a name
 * takes neither country as its gate; its region or a neighbouring town decides.
 */
export function borderNamesakes(data: PlaceDatasets): (country: string, name: string, at: { lat: number; lon: number }) => boolean {
  const points = new Map<string, Array<{ country: string; lat: number; lon: number }>>();
  const add = (name: string, point: { country: string; lat: number; lon: number }): void => {
    const key = foldName(name);
    const list = points.get(key);
    if (list) list.push(point);
    else points.set(key, [point]);
  };
  for (const city of data.cities) if (city.population >= BORDER_NAMESAKE_POPULATION) add(city.name, city);
  // A division is placed at its towns (the current release's, by division code), so one near the border is found by any of them.
  const divisionNames = new Map(data.divisions.map((division) => [division.code, division.name]));
  for (const place of data.currentCities) {
    const division = divisionNames.get(`${place.country}.${place.admin1}`);
    if (division) add(division, place);
  }
  return (country, name, at) => (points.get(foldName(name)) ?? []).some((point) => point.country !== country && distanceKm(point, at) <= BORDER_NAMESAKE_KM);
}
