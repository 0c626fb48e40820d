/**
 * Namesakes of a generated city inside its own country: another populated
 * place, or a second-level division, that GeoNames gives the same name
 * (folded as the matcher folds: case and diacritics). The country's name
 * cannot tell them apart ("Depok, Indonesia" is a city of West Java and a
 * district of Sleman, Yogyakarta), so such a city is gated by its own
 * division or a neighbouring town, and a city whose namesake is as large as
 * it is gets no entry at all.
 */
import { foldName } from './places-names.ts';
import type { CityRecord, CurrentCity, PlaceDatasets } from './places-sources.ts';

/** A populated place nearer than this to the city is the same place listed twice, or a part of it. */
export const NAMESAKE_MIN_KM = 30;
/** A namesake at least this share of the city's population is as prominent: the name alone cannot choose. */
export const PROMINENT_NAMESAKE_SHARE = 0.5;

export interface Namesake {
  readonly name: string;
  readonly kind: 'place' | 'division';
  /** Population where the data gives one (a division and a place only the current release lists count 0). */
  readonly population: number;
  /** "CC.XX" of the namesake's first-level division, where known. */
  readonly divisionCode: string | undefined;
}

/**
 * Type words and prefixes of second-level division names, removed to find the
 * bare name ("Kabupaten Bandung", "Okayama Shi", "Dallas County", "Provincia
 * di Palermo", "Shahrestān-e Zanjān" → the town's name).
 */
const ADMIN2_PREFIX = /^(?:kabupaten|kota|city of|county of|province of|provincia di|provincia de|departamento de|municipio de|partido de|markaz|shahrestan e|shahrestan|amphoe|muang|huyen|thanh pho|quan|thi xa|district of|regierungsbezirk|powiat|okres|obshtina|comuna|municipiul|oras) /;
const ADMIN2_SUFFIX = /[ -](?:shi|gun|ku|machi|si|gu|county|parish|borough|regency|district|municipality|rayon|raion|ilcesi|tumani|jaras|prefecture|diqu|shiqu|xian|zizhizhou|zizhixian|city|okrug|gorodskoy okrug|urban okrug|kommun|gemeente|bezirk|metropolitan|region|province)$/;

/**
 * Type words the news keeps with the name ("Houston County", "Kagoshima-gun",
 * "Dnipro Raion"): such a division is never written as the bare name, and the
 * matcher leaves the longer name alone.
 */
const KEPT_TYPE_WORD = /[ -](?:county|parish|borough|gun|rayon|raion|okrug)$/;

/** The bare name of a second-level division: its type words removed, folded. */
export function admin2BareName(name: string): string {
  let folded = foldName(name);
  for (let step = 0; step < 3; step += 1) {
    const next = folded.replace(ADMIN2_PREFIX, '').replace(ADMIN2_SUFFIX, '').trim();
    if (next === folded || next === '') break;
    folded = next;
  }
  return folded;
}

const distanceKm = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): number => {
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  return Math.hypot(x, (b.lat - a.lat) * rad) * 6371;
};

/** Adds a value to the list under a key, making the list when it is the first (a push, not a copy: the lists are long). */
function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A finder of same-country namesakes, indexed once over both releases' places and the second-level divisions. */
export function namesakeFinder(data: PlaceDatasets): (city: CityRecord, names: readonly string[]) => Namesake[] {
  const places = new Map<string, Array<CityRecord | CurrentCity>>();
  for (const place of [...data.cities, ...data.currentCities]) {
    const key = `${place.country}|${foldName(place.name)}`;
    addTo(places, key, place);
  }
  // Where each second-level division lies: the places the current release lists in it.
  const placesOfAdmin2 = new Map<string, CurrentCity[]>();
  for (const place of data.currentCities) {
    if (!place.admin2) continue;
    const code = `${place.country}.${place.admin1}.${place.admin2}`;
    addTo(placesOfAdmin2, code, place);
  }
  const divisions = new Map<string, Array<{ code: string; name: string }>>();
  for (const division of data.admin2 ?? []) {
    if (KEPT_TYPE_WORD.test(foldName(division.name))) continue;
    const key = `${division.code.slice(0, 2)}|${admin2BareName(division.name)}`;
    addTo(divisions, key, division);
  }
  // The city's own second-level division is the city, or holds it: the one nearest it in the current release.
  const ownAdmin2 = (city: CityRecord): string | undefined => {
    let best: { code: string; km: number } | undefined;
    for (const place of places.get(`${city.country}|${foldName(city.name)}`) ?? []) {
      if (!('admin2' in place) || !place.admin2) continue;
      const km = distanceKm(city, place);
      if (km <= NAMESAKE_MIN_KM && (!best || km < best.km)) best = { code: `${city.country}.${place.admin1}.${place.admin2}`, km };
    }
    return best?.code;
  };
  return (city, names) => {
    const found: Namesake[] = [];
    const seen: Array<{ at: { lat: number; lon: number }; namesake: Namesake }> = [];
    const own = ownAdmin2(city);
    for (const name of new Set(names.map(foldName))) {
      for (const place of places.get(`${city.country}|${name}`) ?? []) {
        if (distanceKm(city, place) <= NAMESAKE_MIN_KM) continue;
        // One namesake listed twice (both releases, or two points of one town) is counted once, by its largest listing.
        const population = 'population' in place ? place.population : 0;
        const near = seen.find((other) => distanceKm(other.at, place) <= NAMESAKE_MIN_KM);
        if (near) {
          near.namesake = { ...near.namesake, population: Math.max(population, near.namesake.population) };
          continue;
        }
        seen.push({ at: place, namesake: { name: place.name, kind: 'place', population, divisionCode: place.admin1 ? `${place.country}.${place.admin1}` : undefined } });
      }
      for (const division of divisions.get(`${city.country}|${name}`) ?? []) {
        // The city's own division, or one around or beside it ("Lima" province, "Dnipro Raion"), is no other place.
        if (division.code === own || (placesOfAdmin2.get(division.code) ?? []).some((place) => distanceKm(city, place) <= NAMESAKE_MIN_KM)) continue;
        found.push({ name: division.name, kind: 'division', population: 0, divisionCode: division.code.split('.').slice(0, 2).join('.') });
      }
    }
    return [...seen.map((item) => item.namesake), ...found];
  };
}

/** As prominent as the city: a populated place of at least half its people. */
export const isProminentNamesake = (city: CityRecord, namesake: Namesake): boolean =>
  namesake.kind === 'place' && namesake.population >= city.population * PROMINENT_NAMESAKE_SHARE;

/** A namesake village under this is too small to be read for the city in the news (and GeoNames' cities1000 lists none). */
export const NAMESAKE_MIN_POPULATION = 1_000;
/** Nor one under this share of the city's people: "Houston, Missouri" (2,000) is not what "Houston" beside "U.S." means. */
export const NAMESAKE_MIN_SHARE = 0.02;

/**
 * The namesakes the city's own first-level division can tell apart: places of
 * NAMESAKE_MIN_POPULATION or more and second-level divisions, in another
 * first-level division. One in the same division (the regency around its
 * city, "Kabupaten Bandung") is no reason for a stricter gate, which would
 * name the same division; the matcher's prefix rules handle that kind.
 */
export function namesakesElsewhere(city: CityRecord, namesakes: readonly Namesake[], ownDivision: string | undefined): Namesake[] {
  const floor = Math.max(NAMESAKE_MIN_POPULATION, city.population * NAMESAKE_MIN_SHARE);
  return namesakes.filter((namesake) => namesake.divisionCode !== ownDivision && (namesake.kind === 'division' || namesake.population >= floor));
}

/**
 * Division names of a country that hold a city's name inside a longer name
 * ("Davao del Sur" and "Davao Oriental" for Davao, "Dallas County" for Dallas,
 * "Kabupaten Malang" for Malang): other places, which the city's alias
 * excludes. First-level and second-level names of the GeoNames releases.
 */
export function longerDivisionNames(data: PlaceDatasets): (country: string, name: string) => string[] {
  const byCountry = new Map<string, Array<{ name: string; folded: string }>>();
  for (const division of [...data.divisions, ...(data.admin2 ?? [])]) {
    const country = division.code.slice(0, 2);
    // The text writes "Davao del Sur", not GeoNames' "Province of Davao del Sur"; the shorter name excludes both.
    const name = division.name.replace(LISTING_PREFIX, '');
    addTo(byCountry, country, { name, folded: foldName(name) });
  }
  return (country, name) => {
    const folded = foldName(name);
    const names = (byCountry.get(country) ?? []).filter(
      (division) => ` ${division.folded} `.includes(` ${folded} `) && !isTheCityItself(division.folded.replace(folded, ' ')),
    );
    return [...new Set(names.map((division) => division.name))].sort();
  };
}

/** GeoNames' listing prefixes of second-level names, not written in running text. */
const LISTING_PREFIX = /^(?:Province of|Provincia de|Provincia di|Departamento de|Municipio de|Partido de|Municipality of) /;

/** Words that, beside the city's name, name the city itself ("Kota Malang", "Okayama Shi", "Buenos Aires F.D."). */
const CITY_WORDS = new Set(['kota', 'city', 'of', 'shi', 'si', 'ciudad', 'cidade', 'de', 'del', 'municipality', 'municipio', 'metropolitan', 'f', 'd', 'fd', 'dc', 'thanh', 'pho']);
const isTheCityItself = (rest: string): boolean => rest.split(/[\s.]+/).filter(Boolean).every((word) => CITY_WORDS.has(word));
