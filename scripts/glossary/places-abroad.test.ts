import { describe, expect, it } from 'vitest';
import { abroadNamesakes, borderNamesakes, onlyTinyNamesakesAbroad, TINY_NAMESAKE_CEILING } from './places-abroad.ts';
import type { CityRecord, PlaceDatasets } from './places-sources.ts';

const city = (geonameId: number, name: string, country: string, population: number, lat: number, lon: number, featureCode = 'PPL'): CityRecord => ({
  geonameId, name, country, admin1: '01', featureCode, population, lat, lon,
});
const WARSAW = city(756135, 'Warsaw', 'PL', 1_702_139, 52.23, 21.01, 'PPLC');
const ATHENS = city(264371, 'Athens', 'GR', 664_046, 37.98, 23.72, 'PPLC');
const DATA: PlaceDatasets = {
  cities: [WARSAW, city(1, 'Warsaw', 'US', 14_472, 41.24, -85.85), city(2, 'Warsaw', 'PL', 3_000, 50.0, 19.0), ATHENS, city(3, 'Athens', 'US', 116_714, 33.96, -83.38)],
  // The Indiana town again in the 2026 release, and a village only that release lists.
  currentCities: [{ name: 'Warsaw', country: 'US', admin1: 'IN', lat: 41.2381, lon: -85.85305 }, { name: 'Warsaw', country: 'US', admin1: 'VA', lat: 37.96, lon: -76.76 }],
  divisions: [],
};
const find = abroadNamesakes(DATA);

describe('namesakes abroad too small to be meant', () => {
  it('lists each town abroad once, at its 2020 size, and one only the 2026 release lists as under 1,000 people', () => {
    expect(find(WARSAW, 'Warsaw')).toEqual([
      { country: 'US', population: 14_472, divisionCode: 'US.01' },
      { country: 'US', population: 0, divisionCode: 'US.VA' },
    ]);
  });

  it('leaves out namesakes in the city\'s own country, which places-namesakes.ts weighs', () => {
    expect(find(WARSAW, 'Warsaw').some((namesake) => namesake.country === 'PL')).toBe(false);
  });

  it('takes a namesake under the share and the ceiling as tiny, and one over either as a meaning', () => {
    expect(onlyTinyNamesakesAbroad(WARSAW, find(WARSAW, 'Warsaw'))).toBe(true);
    expect(onlyTinyNamesakesAbroad(ATHENS, find(ATHENS, 'Athens'))).toBe(false);
    const megacity = { ...WARSAW, population: 20_000_000 };
    expect(onlyTinyNamesakesAbroad(megacity, [{ country: 'US', population: TINY_NAMESAKE_CEILING, divisionCode: 'US.NY' }])).toBe(false);
    expect(onlyTinyNamesakesAbroad(WARSAW, [])).toBe(true);
  });
});

describe('namesakes across a border', () => {
  const data: PlaceDatasets = {
    cities: [city(10, 'Yola', 'NG', 96_006, 9.2, 12.48), city(11, 'Ngaoundéré', 'CM', 231_357, 7.32, 13.58), city(12, 'Mubi', 'NG', 59_000, 10.27, 13.26)],
    currentCities: [{ name: 'Ngaoundéré', country: 'CM', admin1: '10', lat: 7.32, lon: 13.58 }, { name: 'Yola', country: 'NG', admin1: '03', lat: 9.2, lon: 12.48 }],
    divisions: [{ code: 'CM.10', name: 'Adamaoua' }, { code: 'NG.03', name: 'Adamawa' }],
  };
  const near = borderNamesakes({ ...data, divisions: [...data.divisions, { code: 'CM.11', name: 'Adamawa' }], currentCities: [...data.currentCities, { name: 'Tignère', country: 'CM', admin1: '11', lat: 7.37, lon: 12.65 }] });

  it('finds a division of a neighbouring country with the name, placed at its towns', () => {
    expect(near('NG', 'Adamawa', { lat: 9.2, lon: 12.48 })).toBe(true);
    expect(near('CM', 'Adamawa', { lat: 8.0, lon: 12.6 })).toBe(true);
  });

  it('finds none where the other country\'s place is far, or where only the place\'s own country has the name', () => {
    expect(near('NG', 'Adamawa', { lat: 4.0, lon: 6.0 })).toBe(false);
    expect(borderNamesakes(data)('NG', 'Adamawa', { lat: 9.2, lon: 12.48 })).toBe(false);
    expect(borderNamesakes(data)('NG', 'Mubi', { lat: 10.27, lon: 13.26 })).toBe(false);
  });
});
