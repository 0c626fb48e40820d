import { describe, expect, it } from 'vitest';
import { selectPlaces } from './places-select.ts';
import type { CityRecord, PlaceDatasets } from './places-sources.ts';

const city = (geonameId: number, name: string, country: string, population: number, featureCode: string, lat: number, lon: number): CityRecord => ({
  geonameId, name, country, admin1: '01', featureCode, population, lat, lon,
});

const DATA: PlaceDatasets = {
  cities: [
    city(1, 'Juba', 'SS', 300_000, 'PPLC', 4.85, 31.58),
    city(2, 'Wau', 'SS', 150_000, 'PPLA', 7.7, 28.0),
    city(3, 'Tallinn', 'EE', 394_024, 'PPLC', 59.44, 24.75),
    city(4, 'Tartu', 'EE', 97_000, 'PPLA', 58.38, 26.72),
    city(5, 'Nairobi', 'KE', 2_750_547, 'PPLC', -1.28, 36.82),
  ],
  currentCities: [
    { name: 'Juba', country: 'SS', admin1: '01', lat: 4.85, lon: 31.58 },
    { name: 'Tallinn', country: 'EE', admin1: '01', lat: 59.44, lon: 24.75 },
    { name: 'Nairobi', country: 'KE', admin1: '30', lat: -1.28, lon: 36.82 },
  ],
  divisions: [{ code: 'SS.01', name: 'Central Equatoria' }, { code: 'EE.01', name: 'Harjumaa' }, { code: 'KE.30', name: 'Nairobi Area' }],
};

describe('the places the generator selects', () => {
  it('takes every national capital, whatever its size, and other towns from 500,000 people', () => {
    const names = selectPlaces(DATA).cities.map((located) => located.city.name);
    expect(names).toEqual(['Nairobi', 'Tallinn', 'Juba']);
  });

  it('counts small capitals among the towns that gate their neighbours', () => {
    expect(selectPlaces(DATA).towns.map((located) => located.city.name)).toContain('Juba');
    expect(selectPlaces(DATA).towns.map((located) => located.city.name)).not.toContain('Tartu');
  });
});
