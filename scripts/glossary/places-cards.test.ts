import { describe, expect, it } from 'vitest';
import { cityCard, divisionCard, groupDigits, inText, monthName } from './places-cards.ts';
import type { CityRecord } from './places-sources.ts';

const city = (featureCode: string, population = 1_234_567): CityRecord => ({
  geonameId: 42, name: 'Example', country: 'US', admin1: 'TX', featureCode, population, lat: 0, lon: 0,
});
const US = { code: 'US', id: 'united-states', label: 'United States', article: true };
const TAIWAN = { code: 'TW', id: 'taiwan', label: 'Taiwan', article: false };

describe('place cards', () => {
  it('formats figures and months the same on every machine', () => {
    expect(groupDigits(500_000)).toBe('500,000');
    expect(groupDigits(12_345_678)).toBe('12,345,678');
    expect(groupDigits(999)).toBe('999');
    expect(monthName('2020-03')).toBe('March 2020');
    expect(inText(US)).toBe('the United States');
    expect(inText(TAIWAN)).toBe('Taiwan');
  });

  it('says what a city is by its GeoNames feature code', () => {
    const lead = (code: string, division?: string, nextToLarger = false) => cityCard(city(code), US, division, nextToLarger).summary.split('. GeoNames')[0];
    expect(lead('PPLC', 'District of Columbia')).toBe('Capital of the United States, in District of Columbia, one of its first-level administrative divisions');
    expect(lead('PPLA', 'Texas')).toBe('City in the United States, the seat of Texas, one of its first-level administrative divisions');
    expect(lead('PPLA2', 'Texas')).toBe('City in Texas, a first-level administrative division of the United States');
    expect(lead('PPLA2', 'New York', true)).toBe('Populated place in New York, a first-level administrative division of the United States');
    expect(lead('PPL')).toBe('Populated place in the United States');
  });

  it('does not repeat a capital flag where the capital is contested', () => {
    expect(cityCard(city('PPLC'), TAIWAN, undefined, false).summary).toMatch(/^City in Taiwan\./);
  });

  it('gives the population with its source and date, in the summary and the facts', () => {
    const card = cityCard(city('PPLA2'), US, 'Texas', false);
    expect(card.summary).toMatch(/GeoNames gave its population as 1,234,567 in its data of March 2020\.$/);
    expect(card.facts).toEqual([
      { label: 'Country', value: 'United States' },
      { label: 'First-level division', value: 'Texas' },
      { label: 'Population', value: '1,234,567 (GeoNames, March 2020)' },
    ]);
    expect(card.sources).toEqual([{ publisher: 'GeoNames', url: 'https://www.geonames.org/42' }]);
  });

  it('names a division seat only when the data has exactly one', () => {
    expect(divisionCard('US.TX', US, city('PPLA')).summary).toBe('First-level administrative division of the United States; its seat is Example.');
    expect(divisionCard('US.TX', US, undefined).summary).toBe('First-level administrative division of the United States.');
    expect(divisionCard('US.TX', US, undefined).asOf).not.toBe(divisionCard('US.TX', US, city('PPLA')).asOf);
  });
});
