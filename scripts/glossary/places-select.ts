/**
 * Which places are generated: every city of 500,000 or more people, every
 * first-level division of the states in DIVISION_COUNTRIES and every
 * division that holds a selected city; with each city's division (by the
 * division release's own city list) and each division's seat.
 */
import { COUNTRIES, DISPUTED_DIVISIONS, DIVISION_COUNTRIES } from './places-countries.ts';
import { foldName, nearlySameName } from './places-names.ts';
import type { CityRecord, CurrentCity, DivisionRecord, PlaceDatasets } from './places-sources.ts';

export const MIN_CITY_POPULATION = 500_000;
/** Towns big enough to serve as a division's or a city's neighbouring context. */
export const MIN_CONTEXT_POPULATION = 150_000;
/** Towns big enough that a division of the same name would take their mentions. */
export const MIN_NAMESAKE_POPULATION = 50_000;

/**
 * GeoNames feature codes of places that stand on their own: capitals, seats
 * of divisions, ordinary populated places. Left out: PPLX (a section of a
 * city: "South Boston"), and historical, abandoned or destroyed places.
 */
const CITY_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC', 'PPLG', 'PPLL']);

export interface LocatedCity {
  readonly city: CityRecord;
  /** "CC.XX" in the division release, when the city was found there. */
  readonly divisionCode: string | undefined;
  /** The division release's name for the city, when it differs ("Odesa" for "Odessa"). */
  readonly currentName: string | undefined;
  /** Whether the division release lists the place at all. */
  readonly found: boolean;
}

export interface SelectedDivision {
  readonly division: DivisionRecord;
  readonly country: string;
  /** The one PPLA city of the division, when there is exactly one. */
  readonly seat: CityRecord | undefined;
  /** Its towns of MIN_CONTEXT_POPULATION or more, largest first. */
  readonly towns: readonly CityRecord[];
}

export interface Selection {
  readonly cities: readonly LocatedCity[];
  readonly divisions: readonly SelectedDivision[];
  /** Towns of MIN_CONTEXT_POPULATION or more, with their division, for neighbour contexts. */
  readonly towns: readonly LocatedCity[];
  readonly unplaced: readonly CityRecord[];
  /** Names of towns of MIN_NAMESAKE_POPULATION or more, by country: a division named like one keeps only its longer forms. */
  readonly townNamesByCountry: ReadonlyMap<string, readonly string[]>;
}

const cellKey = (lat: number, lon: number): string => `${Math.floor(lat * 10)}:${Math.floor(lon * 10)}`;

/** Finds a 2020 city in the division release: same country, nearby, same name preferred. */
function currentCityFinder(current: readonly CurrentCity[]): (city: CityRecord) => CurrentCity | undefined {
  const cells = new Map<string, CurrentCity[]>();
  for (const place of current) {
    const key = `${place.country}|${cellKey(place.lat, place.lon)}`;
    const list = cells.get(key) ?? [];
    list.push(place);
    cells.set(key, list);
  }
  return (city) => {
    const name = foldName(city.name);
    let best: { place: CurrentCity; score: number } | undefined;
    for (let dLat = -1; dLat <= 1; dLat += 1) {
      for (let dLon = -1; dLon <= 1; dLon += 1) {
        const key = `${city.country}|${cellKey(city.lat + dLat / 10, city.lon + dLon / 10)}`;
        for (const place of cells.get(key) ?? []) {
          const distance = Math.hypot(place.lat - city.lat, (place.lon - city.lon) * Math.cos((city.lat * Math.PI) / 180));
          const sameName = foldName(place.name) === name;
          // Within ~10 km under the same name; a renamed place ("Odessa" → "Odesa") only within ~2 km.
          if (distance > (sameName ? 0.1 : 0.02)) continue;
          // A same-name place anywhere within reach beats a nearer place of another name.
          const score = distance + (sameName ? 0 : 1);
          if (!best || score < best.score) best = { place, score };
        }
      }
    }
    return best?.place;
  };
}

/** "Odessa"/"Odesa", "Caloocan"/"Caloocan City": one name; "Baotou"/"Donghe": two. */
function sameNameSpelledAnew(old: string, current: string): boolean {
  const [a, b] = [foldName(old), foldName(current)];
  return nearlySameName(old, current) || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

export function selectPlaces(data: PlaceDatasets): Selection {
  const findCurrent = currentCityFinder(data.currentCities);
  const divisionsByCode = new Map(data.divisions.map((division) => [division.code, division]));
  const locate = (city: CityRecord): LocatedCity => {
    const current = findCurrent(city);
    const code = current ? `${city.country}.${current.admin1}` : undefined;
    // A new spelling is taken ("Odessa" → "Odesa"); a wholly other name may be a neighbourhood next to the old point, so it is not.
    const currentName = current && current.name !== city.name && sameNameSpelledAnew(city.name, current.name) ? current.name : undefined;
    return { city, divisionCode: code && divisionsByCode.has(code) ? code : undefined, currentName, found: current !== undefined };
  };
  const ordered = [...data.cities].sort((a, b) => b.population - a.population || a.geonameId - b.geonameId);
  const standing = ordered.filter((city) => CITY_CODES.has(city.featureCode) && COUNTRIES.has(city.country));
  // Every national capital, whatever its size: readers meet Juba, Manama, Canberra and Tallinn as often as cities of millions.
  const isCapital = (city: CityRecord): boolean => city.featureCode === 'PPLC';
  const towns = standing.filter((city) => city.population >= MIN_CONTEXT_POPULATION || isCapital(city)).map(locate);
  const cities = towns.filter((town) => town.city.population >= MIN_CITY_POPULATION || isCapital(town.city));
  const unplaced = ordered.filter((city) => city.population >= MIN_CITY_POPULATION && CITY_CODES.has(city.featureCode) && !COUNTRIES.has(city.country));

  // Seats (PPLA) and capitals (PPLC) by division. Where the capital lies, GeoNames often flags some other town as
  // the division's seat (Yei for Central Equatoria, which holds Juba): no seat is stated there.
  const wantedCountries = new Set([...DIVISION_COUNTRIES, ...cities.map((c) => c.city.country)]);
  const seats = new Map<string, CityRecord[]>();
  const holdsCapital = new Set<string>();
  for (const city of data.cities) {
    if ((city.featureCode !== 'PPLA' && city.featureCode !== 'PPLC') || !wantedCountries.has(city.country)) continue;
    const code = locate(city).divisionCode;
    if (!code) continue;
    if (city.featureCode === 'PPLC') holdsCapital.add(code);
    else seats.set(code, [...(seats.get(code) ?? []), city]);
  }
  const wanted = new Set<string>(cities.flatMap((c) => (c.divisionCode ? [c.divisionCode] : [])));
  for (const division of data.divisions) if (DIVISION_COUNTRIES.includes(division.code.split('.')[0] ?? '')) wanted.add(division.code);
  const divisions = [...wanted]
    .sort()
    .flatMap((code) => {
      const division = divisionsByCode.get(code);
      const country = code.split('.')[0] ?? '';
      if (!division || !COUNTRIES.has(country) || DISPUTED_DIVISIONS.has(code)) return [];
      const seatList = holdsCapital.has(code) ? [] : (seats.get(code) ?? []);
      return [{
        division,
        country,
        seat: seatList.length === 1 ? seatList[0] : undefined,
        towns: towns.filter((town) => town.divisionCode === code).map((town) => town.city),
      }];
    });
  const townNamesByCountry = new Map<string, string[]>();
  for (const city of standing) {
    if (city.population < MIN_NAMESAKE_POPULATION) break; // `standing` is sorted, largest first
    townNamesByCountry.set(city.country, [...(townNamesByCountry.get(city.country) ?? []), city.name]);
  }
  return { cities, divisions, towns, unplaced, townNamesByCountry };
}
