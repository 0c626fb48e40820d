import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/glossary/schema.ts';
import { generatePlaceFiles } from './generate-places.ts';
import { admin2BareName, longerDivisionNames, namesakeFinder, namesakesElsewhere } from './places-namesakes.ts';
import type { CityRecord, CurrentCity, DivisionRecord, PlaceDatasets } from './places-sources.ts';

/**
 * Two Depoks (a city of West Java and a district of Sleman, Yogyakarta), a Bekasi whose regency shares
 * its name in the same province, a Houston whose namesake is a county, and a Gorakhpur listed twice far
 * apart at like sizes.
 */
const CITIES: CityRecord[] = [
  { geonameId: 1645524, name: 'Depok', country: 'ID', admin1: '30', featureCode: 'PPL', population: 1_198_129, lat: -6.4, lon: 106.81861 },
  { geonameId: 1645518, name: 'Depok', country: 'ID', admin1: '10', featureCode: 'PPL', population: 104_527, lat: -7.7625, lon: 110.43167 },
  { geonameId: 1649378, name: 'Bekasi', country: 'ID', admin1: '30', featureCode: 'PPL', population: 1_520_119, lat: -6.2349, lon: 106.9896 },
  { geonameId: 1650357, name: 'Bogor', country: 'ID', admin1: '30', featureCode: 'PPL', population: 800_000, lat: -6.59444, lon: 106.78917 },
  { geonameId: 1621177, name: 'Yogyakarta', country: 'ID', admin1: '10', featureCode: 'PPLA', population: 373_589, lat: -7.80139, lon: 110.36472 },
  { geonameId: 4699066, name: 'Houston', country: 'US', admin1: 'TX', featureCode: 'PPLA2', population: 2_296_224, lat: 29.76328, lon: -95.36327 },
  { geonameId: 4671654, name: 'Austin', country: 'US', admin1: 'TX', featureCode: 'PPLA', population: 931_830, lat: 30.26715, lon: -97.74306 },
  { geonameId: 1270927, name: 'Gorakhpur', country: 'IN', admin1: '36', featureCode: 'PPL', population: 674_246, lat: 26.76628, lon: 83.36889 },
  { geonameId: 3521081, name: 'Puebla', country: 'MX', admin1: '21', featureCode: 'PPLA', population: 1_434_062, lat: 19.03793, lon: -98.20346 },
  { geonameId: 1270926, name: 'Gorakhpur', country: 'IN', admin1: '10', featureCode: 'PPL', population: 1_324_570, lat: 29.44768, lon: 75.67206 },
];
const CURRENT: CurrentCity[] = CITIES.map(({ name, country, admin1, lat, lon }) => ({ name, country, admin1, lat, lon }));
const DIVISIONS: DivisionRecord[] = [
  { code: 'ID.30', name: 'West Java' },
  { code: 'ID.10', name: 'Yogyakarta' },
  { code: 'US.TX', name: 'Texas' },
  { code: 'US.AL', name: 'Alabama' },
  { code: 'IN.36', name: 'Uttar Pradesh' },
  { code: 'IN.10', name: 'Haryana' },
  { code: 'MX.21', name: 'Puebla' },
];
const ADMIN2: DivisionRecord[] = [
  { code: 'ID.30.3216', name: 'Kabupaten Bekasi' },
  { code: 'US.AL.069', name: 'Houston County' },
];
const DATA: PlaceDatasets = { cities: CITIES, currentCities: CURRENT, divisions: DIVISIONS, admin2: ADMIN2 };

const country = (id: string, label: string): Entry => ({
  id, label, kind: 'country', aliases: [label], summary: `${label}.`, asOf: '2025-06', sources: [{ publisher: 'Wikipedia', url: `https://en.wikipedia.org/wiki/${label}` }],
});
const HAND_WRITTEN = [country('indonesia', 'Indonesia'), country('united-states', 'United States'), country('india', 'India'), country('mexico', 'Mexico')];
const WORDS = { english: new Set<string>(), otherLanguages: new Set<string>(), reviewed: new Set<string>() };
const contextsOf = (entry: Entry | undefined) => (entry?.aliases ?? []).flatMap((alias) => (typeof alias === 'string' ? [alias] : alias.contexts ?? []));
const depokCity = CITIES[0]!;

describe('same-country namesakes of a generated city', () => {
  it('reads the bare name of a second-level division', () => {
    expect(admin2BareName('Kabupaten Bandung')).toBe('bandung');
    expect(admin2BareName('Okayama Shi')).toBe('okayama');
    expect(admin2BareName('Kagoshima-gun')).toBe('kagoshima');
    expect(admin2BareName('Shahrestān-e Zanjān')).toBe('zanjan');
    expect(admin2BareName('Sleman')).toBe('sleman');
  });

  it('finds the other Depok, and not the city itself listed twice', () => {
    const found = namesakeFinder({ ...DATA, currentCities: [...CURRENT, { name: 'Depok', country: 'ID', admin1: '30', lat: -6.41, lon: 106.82 }] })(depokCity, ['Depok']);
    expect(found).toEqual([{ name: 'Depok', kind: 'place', population: 104_527, divisionCode: 'ID.10' }]);
  });

  it('counts a division whose type word the news drops, never one it keeps ("Houston County")', () => {
    const find = namesakeFinder(DATA);
    expect(find(CITIES[2]!, ['Bekasi'])).toEqual([{ name: 'Kabupaten Bekasi', kind: 'division', population: 0, divisionCode: 'ID.30' }]);
    expect(find(CITIES[5]!, ['Houston'])).toEqual([]);
  });

  it('keeps only namesakes in another first-level division, of a size the news could mean', () => {
    const sleman = { name: 'Depok', kind: 'place' as const, population: 104_527, divisionCode: 'ID.10' };
    const hamlet = { ...sleman, population: 1_200 };
    const regency = { name: 'Kabupaten Depok', kind: 'division' as const, population: 0, divisionCode: 'ID.30' };
    expect(namesakesElsewhere(depokCity, [sleman, hamlet, regency], 'ID.30')).toEqual([sleman]);
  });

  it('finds the longer division names that hold a city\'s name, and not the city\'s own', () => {
    const longer = longerDivisionNames({
      ...DATA,
      admin2: [
        { code: 'PH.11.1', name: 'Province of Davao del Sur' },
        { code: 'PH.11.2', name: 'Davao Oriental' },
        { code: 'ID.35.1', name: 'Kota Malang' },
        { code: 'ID.35.2', name: 'Kabupaten Malang' },
        { code: 'US.TX.1', name: 'Dallas County' },
        { code: 'JP.31.1', name: 'Okayama Shi' },
      ],
    });
    expect(longer('PH', 'Davao')).toEqual(['Davao Oriental', 'Davao del Sur']);
    expect(longer('ID', 'Malang')).toEqual(['Kabupaten Malang']);
    expect(longer('US', 'Dallas')).toEqual(['Dallas County']);
    expect(longer('JP', 'Okayama')).toEqual([]);
  });

  describe('in the generated files', () => {
    const { files, result } = generatePlaceFiles(HAND_WRITTEN, DATA, WORDS, null);
    const entries = [...files.values()].flatMap((text) => (JSON.parse(text) as { entries: Entry[] }).entries);
    const byId = new Map(entries.map((entry) => [entry.id, entry]));

    it('gates a city with a namesake elsewhere in its country by its division and neighbours, never the country', () => {
      const depok = contextsOf(byId.get('depok-indonesia'));
      expect(depok).toContain('West Java');
      expect(depok).not.toContain('Indonesia');
      // Without the namesake the country gates it as before.
      expect(contextsOf(byId.get('bogor-indonesia'))).toContain('Indonesia');
    });

    it('excludes from a city\'s alias the division names that hold it', () => {
      const [bekasi] = byId.get('bekasi-indonesia')?.aliases ?? [];
      expect(typeof bekasi === 'string' ? [] : bekasi?.exclude).toContain('Kabupaten Bekasi');
    });

    it('gives a division named like its city the forms its country\'s news names it by', () => {
      const puebla = (byId.get('puebla-mexico-division')?.aliases ?? []).map((alias) => (typeof alias === 'string' ? alias : alias.text));
      expect(puebla).toEqual(expect.arrayContaining(['Puebla state', 'Puebla governor', 'estado de Puebla', 'gobernador de Puebla']));
      expect(puebla).not.toContain('Puebla');
    });

    it('drops both cities of one name when the other is as large', () => {
      expect(entries.some((entry) => entry.label === 'Gorakhpur')).toBe(false);
      expect(result.skipped.get('prominentNamesake')).toEqual(['Gorakhpur (India)', 'Gorakhpur (India)']);
    });
  });
});
