import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/glossary/schema.ts';
import { countryContextTerms, institutionExcludes, prominence, prominentAlias, type PlaceRef } from './places-prominent.ts';
import type { CityRecord, PlaceDatasets } from './places-sources.ts';
import { nameVetter } from './places-vet.ts';
import { relaxVet, type RelaxLists } from './places-relax-vet.ts';

const city = (geonameId: number, name: string, country: string, population: number, lat: number, lon: number): CityRecord => ({
  geonameId, name, country, admin1: '01', featureCode: 'PPL', population, lat, lon,
});
const NAIROBI = city(184745, 'Nairobi', 'KE', 2_750_547, -1.28333, 36.81667);
const DATA: PlaceDatasets = {
  cities: [
    NAIROBI,
    city(1, 'Nairobi', 'KE', 20_000, -1.3, 36.85), // a section of the same city
    city(2, 'Bahia', 'BR', 12_000, -12.9, -38.5),
    city(3, 'Salvador', 'BR', 2_500_000, -12.97, -38.5),
    city(4, 'Salvador', 'US', 90_000, 30.0, -90.0), // a namesake abroad, too large to leave aside
    city(5, 'Oklahoma City', 'US', 650_000, 35.47, -97.52),
    city(6, 'Little Town', 'KE', 1_000, 0, 0), // too small to count
    { ...city(7, 'Warsaw', 'PL', 1_702_139, 52.23, 21.01), featureCode: 'PPLC' },
    { ...city(8, 'Warsaw', 'US', 14_472, 41.24, -85.85), admin1: 'IN' }, // tiny beside the capital
    { ...city(9, 'Athens', 'GR', 664_046, 37.98, 23.72), featureCode: 'PPLC' },
    city(10, 'Athens', 'US', 116_714, 33.96, -83.38), // a meaning of its own
    { ...city(11, 'Hanoi', 'VN', 1_431_270, 21.02, 105.84), featureCode: 'PPLC', admin1: '44' },
    city(12, 'Recife', 'BR', 900_000, -8.05, -34.9),
    city(13, 'Recife', 'PT', 6_000, 41.0, -8.0), // tiny, but the Brazilian city is no capital and under a million
    { ...city(14, 'Minsk', 'BY', 1_742_124, 53.9, 27.57), featureCode: 'PPLC' },
    { ...city(15, 'Maputo', 'MZ', 1_191_613, -25.97, 32.58), featureCode: 'PPLC' },
  ],
  currentCities: [],
  divisions: [{ code: 'KE.30', name: 'Nairobi County' }, { code: 'US.OK', name: 'Oklahoma' }, { code: 'VN.44', name: 'Hanoi' }, { code: 'LA.27', name: 'Hanoi' },
    { code: 'US.IN', name: 'Indiana' }, { code: 'BY.04', name: 'Minsk City' }, { code: 'MZ.04', name: 'Maputo City' }, { code: 'MZ.05', name: 'Maputo Province' }],
};
const WORDS = { english: new Set<string>(), otherLanguages: new Set<string>(), reviewed: new Set<string>() };
const LANGUAGE_WORDS = { languagesOf: (_: string, folded: string) => (folded === 'usa' || folded === 'us' ? ['es'] : []), personalName: () => undefined };
const vetter = nameVetter([], WORDS);
const NO_LISTS: RelaxLists = { words: new Set(), people: new Set(), things: new Set() };
const check = prominence(DATA, vetter, LANGUAGE_WORDS, new Set(['kobe']), relaxVet(DATA.currentCities, () => false, NO_LISTS));
const named = (name: string): CityRecord => DATA.cities.find((record) => record.name === name && record.featureCode === 'PPLC')!;
const cityRef = (record: CityRecord): PlaceRef => ({ kind: 'city', country: record.country, city: record });

describe('the weaker gate of prominent place names', () => {
  it('finds a name unique when only its own sections share it', () => {
    expect(check.isUnique('Nairobi', cityRef(NAIROBI))).toBe(true);
  });

  it('finds a name shared with a town abroad, a reviewed name or the start of a large city\'s name not unique', () => {
    expect(check.isUnique('Salvador', cityRef(DATA.cities[3]!))).toBe(false);
    expect(check.isUnique('Kobe', { kind: 'city', country: 'JP' })).toBe(false);
    expect(check.isUnique('Oklahoma', { kind: 'division', country: 'US', divisionCode: 'US.OK' })).toBe(false);
  });

  it('does not count a city\'s own quarters and neighbouring cities named from it as second meanings (Budapest, Navi Mumbai)', () => {
    const budapest = { ...city(20, 'Budapest', 'HU', 1_741_041, 47.5, 19.04), featureCode: 'PPLC' };
    const quarters = Array.from({ length: 12 }, (_, i) => ({ ...city(21 + i, `Budapest ${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][i]}. kerület`, 'HU', 50_000, 47.5 + i / 100, 19.04), featureCode: 'PPLX' }));
    const mumbai = city(40, 'Mumbai', 'IN', 12_691_836, 19.07, 72.88);
    const navi = { ...city(41, 'Navi Mumbai', 'IN', 2_600_000, 19.03, 73.03), featureCode: 'PPLX' };
    const farAway = city(42, 'Oklahoma City', 'US', 650_000, 35.47, -97.52);
    const data: PlaceDatasets = { ...DATA, cities: [...DATA.cities, budapest, ...quarters, mumbai, navi] };
    const withThem = prominence(data, vetter, LANGUAGE_WORDS, new Set(), relaxVet([], () => false, NO_LISTS));
    expect(withThem.isUnique('Budapest', cityRef(budapest))).toBe(true);
    expect(withThem.isUnique('Mumbai', cityRef(mumbai))).toBe(true);
    // A small quarter is the city (no exclusion needed); a "section" of a fifth of its people is a city of its own.
    expect(withThem.longerPlaceNames('Budapest', cityRef(budapest))).toEqual([]);
    expect(withThem.longerPlaceNames('Budapest')).toHaveLength(12);
    expect(withThem.longerPlaceNames('Mumbai', cityRef(mumbai))).toEqual(['Navi Mumbai']);
    // A large city of the name far away still is one ("Oklahoma City" keeps Oklahoma gated).
    expect(withThem.isUnique('Oklahoma', { kind: 'division', country: 'US', divisionCode: 'US.OK' })).toBe(false);
    expect(farAway.name).toBe('Oklahoma City');
  });

  it('weighs a capital\'s or a city of a million\'s namesakes abroad by size (issue #17)', () => {
    expect(check.isUnique('Warsaw', cityRef(DATA.cities[7]!))).toBe(true);
    expect(check.isUnique('Athens', cityRef(DATA.cities[9]!))).toBe(false);
    expect(check.isUnique('Recife', cityRef(DATA.cities[12]!))).toBe(false);
  });

  it('leaves a relaxed name undecided near its tiny namesake\'s division ("Warsaw, Indiana")', () => {
    const warsaw = cityRef(named('Warsaw'));
    expect(check.namesakeDivisions('Warsaw', warsaw)).toEqual(['Indiana']);
    expect(prominentAlias('Warsaw', warsaw, ['Poland'], false, [], check)).toMatchObject({ notContexts: ['Indiana'], scope: 'near' });
    expect(check.namesakeDivisions('Nairobi', cityRef(NAIROBI))).toEqual([]);
  });

  it('finds a city named like a division of its own country unique, not one named like another country\'s', () => {
    const hanoi = DATA.cities[11]!;
    const onlyOwn = prominence({ ...DATA, divisions: DATA.divisions.filter((division) => division.code !== 'LA.27') }, vetter, LANGUAGE_WORDS, new Set(), relaxVet([], () => false, NO_LISTS));
    expect(onlyOwn.isUnique('Hanoi', cityRef(hanoi))).toBe(true);
    expect(check.isUnique('Hanoi', cityRef(hanoi))).toBe(false);
  });

  it('relaxes a city named like a division of its country only where it is the division\'s seat (review 12: Jilin)', () => {
    const jilin = city(16, 'Jilin', 'CN', 1_881_977, 43.85, 126.56); // a PPL of Jilin province, whose seat is Changchun
    const data: PlaceDatasets = { ...DATA, cities: [...DATA.cities, jilin], divisions: [...DATA.divisions, { code: 'CN.01', name: 'Jilin' }] };
    const seat = { ...jilin, featureCode: 'PPLA' };
    const withJilin = prominence(data, vetter, LANGUAGE_WORDS, new Set(), relaxVet([], () => false, NO_LISTS));
    expect(withJilin.isUnique('Jilin', cityRef(jilin))).toBe(false);
    expect(withJilin.isUnique('Jilin', cityRef(seat))).toBe(true);
  });

  it('keeps the block gate for a person\'s name, a flagged word or thing, and a namesake of unknown size (review 12)', () => {
    const warsaw = cityRef(named('Warsaw'));
    const lists = (part: Partial<RelaxLists>): RelaxLists => ({ ...NO_LISTS, ...part });
    const held = (relax: ReturnType<typeof relaxVet>, data = DATA) => prominence(data, vetter, LANGUAGE_WORDS, new Set(), relax).isUnique('Warsaw', warsaw);
    expect(held(relaxVet([], () => false, NO_LISTS))).toBe(true);
    expect(held(relaxVet([], (folded) => folded === 'warsaw', NO_LISTS))).toBe(false);
    expect(held(relaxVet([], () => false, lists({ people: new Set(['warsaw']) })))).toBe(false);
    expect(held(relaxVet([], () => false, lists({ words: new Set(['warsaw']) })))).toBe(false);
    expect(held(relaxVet([], () => false, lists({ things: new Set(['warsaw']) })))).toBe(false);
    // A village of 9,000 in New York is the centre of a town the data does not weigh (Hamburg, N.Y.: town 60,085).
    const village = { ...city(17, 'Warsaw', 'US', 9_000, 42.74, -78.13), admin1: 'NY' };
    expect(held(relaxVet([], () => false, NO_LISTS), { ...DATA, cities: [...DATA.cities, village] })).toBe(false);
  });

  it('excludes the AP form of a US namesake\'s state ("Warsaw, Ind.") from a relaxed name', () => {
    const alias = prominentAlias('Warsaw', cityRef(named('Warsaw')), ['Poland'], false, [], check);
    expect(alias && typeof alias !== 'string' ? alias.exclude : []).toContain('Warsaw, Ind.');
    expect(check.namesakeForms('Nairobi', cityRef(NAIROBI))).toEqual([]);
  });

  it('keeps a city inside a division\'s name gated where no type word near it could leave the division undecided', () => {
    expect(check.isUnique('Minsk', cityRef(named('Minsk')))).toBe(false);
    // "Maputo Province" gives the word ("province") that the near gate needs.
    expect(check.isUnique('Maputo', cityRef(named('Maputo')))).toBe(true);
  });

  it('excludes the longer names of other places, then the institutions of its kind', () => {
    const alias = prominentAlias('Nairobi', cityRef(NAIROBI), ['Kenya'], false, [], check);
    expect(alias).toMatchObject({ text: 'Nairobi', notContexts: ['county'], scope: 'near' });
    expect(alias && typeof alias !== 'string' ? alias.exclude : []).toEqual(['Nairobi County', ...institutionExcludes('Nairobi', 'city')]);
    expect(alias && typeof alias !== 'string' ? alias.contexts : []).toBeUndefined();
  });

  it('keeps the contexts of a name of several words, looked for on the whole page', () => {
    expect(prominentAlias('South Carolina', { kind: 'division', country: 'US', divisionCode: 'US.SC' }, ['United States'], true, [], check)).toMatchObject({
      text: 'South Carolina', case: 'sensitive', contexts: ['United States'], scope: 'page',
    });
    expect(prominentAlias('South Carolina', { kind: 'division', country: 'US' }, [], true, [], check)).toBeUndefined();
  });

  it('gives a division "<name> City" and lakes among its exclusions, a city its clubs', () => {
    expect(institutionExcludes('Kansas', 'division')).toEqual(expect.arrayContaining(['Kansas City', 'Kansas State']));
    // The matcher's inside-name gate refuses a one-word name after "Lake" or before "Times"; a longer name needs them listed.
    expect(institutionExcludes('Kansas', 'division')).not.toContain('Lake Kansas');
    expect(institutionExcludes('Rio Grande', 'division')).toEqual(expect.arrayContaining(['Lake Rio Grande', 'Rio Grande Times']));
    expect(institutionExcludes('Munich', 'city')).toEqual(expect.arrayContaining(['University of Munich']));
    expect(institutionExcludes('Davao', 'city')).not.toContain('Davao City');
  });

  it('takes dotted and non-word short forms of a country as contexts, never one that is a word', () => {
    expect(['U.S.', 'U.K.', 'UK', 'US', 'USA'].filter((name) => check.isShortContextSafe(name))).toEqual(['U.S.', 'U.K.', 'UK']);
    const us: Entry = {
      id: 'united-states', label: 'United States', kind: 'country', summary: 'A country.', asOf: '2025-06', sources: [{ publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/United_States' }],
      aliases: ['United States', { text: 'US', contexts: ['America'], scope: 'near' }, 'U.S.', { text: 'USA', exclude: ['USA Today'] }, 'Estados Unidos'],
    };
    expect(countryContextTerms(us, vetter, check)).toEqual(['United States', 'U.S.', 'Estados Unidos']);
    expect(countryContextTerms(us, vetter)).toEqual(['United States', 'Estados Unidos']);
  });
});
