import { describe, expect, it } from 'vitest';
import type { AbroadNamesake } from './places-abroad.ts';
import { apStateForms, divisionSeatTest, municipalNamesake, nameHold, readRelaxLists, type RelaxLists } from './places-relax-vet.ts';
import type { CityRecord } from './places-sources.ts';

const LISTS: RelaxLists = { words: new Set(['muscat', 'medan']), people: new Set(['osaka']), things: new Set(['ankara']) };
const namesake = (country: string, state: string, population: number): AbroadNamesake => ({ country, population, divisionCode: `${country}.${state}` });
const city = (name: string, featureCode: string, admin1: string): CityRecord => ({ geonameId: 1, name, country: 'VN', admin1, featureCode, population: 1_431_270, lat: 21.02, lon: 105.84 });

describe('the kinds of name the weaker gate must not relax (review 12)', () => {
  it('holds a person\'s name, a flagged word and a thing, by kind of list', () => {
    expect(nameHold('Osaka', LISTS, () => false)).toBe('person');
    expect(nameHold('Houston', LISTS, (folded) => folded === 'houston')).toBe('person');
    expect(nameHold('Muscat', LISTS, () => false)).toBe('word');
    expect(nameHold('Médan', LISTS, () => false)).toBe('word');
    expect(nameHold('Ankara', LISTS, () => false)).toBe('word');
    expect(nameHold('Nairobi', LISTS, () => false)).toBeUndefined();
  });

  it('reads the flagged word lists but those a reviewer judged the place first, the held things and the Swedish words', () => {
    const lists = readRelaxLists();
    // "placeFirst" (Shanghai's "rareInEnglish", Caracas) stay places; Manila, Muscat and AGRA are held as things; Swedish "medan" is a word.
    expect(['shanghai', 'caracas', 'pretoria'].filter((name) => lists.words.has(name) || lists.things.has(name))).toEqual([]);
    expect(['manila', 'muscat', 'agra'].filter((name) => lists.things.has(name))).toEqual(['manila', 'muscat', 'agra']);
    expect(lists.words.has('medan')).toBe(true);
    expect(lists.words.has('note')).toBe(false);
  });

  it('counts a namesake of 5,000+ in a town-based US state or the Philippines as of unknown size', () => {
    expect(municipalNamesake([namesake('US', 'NY', 9_576)])).toBeDefined();
    expect(municipalNamesake([namesake('PH', '07', 11_741)])).toBeDefined();
    expect(municipalNamesake([namesake('US', 'NY', 3_376), namesake('US', 'IN', 14_472)])).toBeUndefined();
  });

  it('finds a city the seat of a division by its flag and its division, in either release\'s numbering', () => {
    const isSeat = divisionSeatTest([{ name: 'Hanoi', country: 'VN', admin1: '01', lat: 21.03, lon: 105.85 }]);
    expect(isSeat(city('Hanoi', 'PPLC', '44'), 'VN.44')).toBe(true);
    expect(isSeat(city('Hanoi', 'PPLC', '44'), 'VN.01')).toBe(true);
    expect(isSeat(city('Hanoi', 'PPLC', '44'), 'VN.02')).toBe(false);
    expect(isSeat(city('Hanoi', 'PPL', '44'), 'VN.44')).toBe(false);
  });

  it('writes a US namesake\'s state in AP style after the name, largest first, and nothing for another country', () => {
    expect(apStateForms('Vienna', [namesake('US', 'GA', 3_777), namesake('US', 'VA', 16_522), namesake('AT', '09', 1), namesake('US', 'OH', 0)])).toEqual([
      'Vienna, Va.', 'Vienna, Ga.',
    ]);
  });
});
