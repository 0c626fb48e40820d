import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/glossary/schema.ts';
import { commaNamesakes, handWrittenCommaPairs } from './places-comma-namesakes.ts';
import type { CityRecord, PlaceDatasets } from './places-sources.ts';

const town = (geonameId: number, name: string, country: string, admin1: string, population: number): CityRecord => ({ geonameId, name, country, admin1, featureCode: 'PPL', population, lat: 0, lon: 0 });
const DATA: PlaceDatasets = {
  cities: [
    town(1, 'Rome', 'US', 'GA', 36_000), town(2, 'Rome', 'US', 'NY', 32_000), town(3, 'Rome', 'US', 'IL', 600), town(4, 'Rome', 'IT', '07', 2_800_000),
    town(5, 'Kingston', 'CA', '08', 123_000), town(6, 'California', 'US', 'MD', 11_000), town(7, 'Athens', 'US', 'OH', 25_000),
    town(8, 'Moscow', 'US', 'ID', 25_000),
  ],
  currentCities: [],
  divisions: [
    { code: 'US.GA', name: 'Georgia' }, { code: 'US.NY', name: 'New York' }, { code: 'US.IL', name: 'Illinois' }, { code: 'US.MD', name: 'Maryland' },
    { code: 'US.CA', name: 'California' }, { code: 'US.OH', name: 'Ohio' }, { code: 'US.ID', name: 'Idaho' }, { code: 'CA.08', name: 'Ontario' }, { code: 'IT.07', name: 'Lazio' },
  ],
};

describe('"Town, State": a name before a comma and a state', () => {
  const pairsOf = commaNamesakes(DATA);

  it('gives the pairs the data has, the largest town first, with the AP abbreviation of a US state', () => {
    expect(pairsOf('Rome')).toEqual(['Rome, Georgia', 'Rome, Ga.', 'Rome, New York', 'Rome, N.Y.']);
    expect(pairsOf('Kingston')).toEqual(['Kingston, Ontario']);
    expect(pairsOf('Athens')).toEqual(['Athens, Ohio']);
  });

  it('leaves out the place\'s own state, a village under the floor, and a name that is itself a state of that country', () => {
    expect(pairsOf('Rome', 'US.GA')).toEqual(['Rome, New York', 'Rome, N.Y.']);
    expect(pairsOf('Rome').some((pair) => pair.includes('Illinois'))).toBe(false);
    expect(pairsOf('California')).toEqual([]);
    expect(pairsOf('Lazio')).toEqual([]);
  });

  it('lists the hand-written places\' pairs that their aliases do not exclude yet', () => {
    const moscow: Entry = {
      id: 'moscow', label: 'Moscow', kind: 'place', aliases: [{ text: 'Moscow', exclude: ['Moscow, Idaho'] }, 'Rome'],
      summary: 'A city.', asOf: '2025-06', sources: [{ publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Moscow' }],
    };
    expect(handWrittenCommaPairs([moscow], pairsOf)).toEqual({ moscow: { Rome: ['Rome, Georgia', 'Rome, Ga.', 'Rome, New York', 'Rome, N.Y.'] } });
  });
});
