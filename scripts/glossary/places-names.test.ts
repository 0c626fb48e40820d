import { describe, expect, it } from 'vitest';
import { hasDivisionWord, isGenericName, letterCount, nearlySameName, readCommonWords, slugify } from './places-names.ts';

describe('place names', () => {
  it('makes kebab-case ids without diacritics', () => {
    expect(slugify('As Sulaymānīyah')).toBe('as-sulaymaniyah');
    expect(slugify("Grand'Anse")).toBe('grand-anse');
    expect(slugify('St.-Petersburg')).toBe('st-petersburg');
    expect(slugify('Diyarbakır')).toBe('diyarbakir');
    expect(slugify('Łódź Voivodeship')).toBe('lodz-voivodeship');
  });

  it('knows a name made only of directions and division types', () => {
    expect(isGenericName('Centre-Nord')).toBe(true);
    expect(isGenericName('Northern District')).toBe(true);
    expect(isGenericName('Red Sea')).toBe(true);
    expect(isGenericName('North Kivu')).toBe(false);
    expect(isGenericName('Aleppo')).toBe(false);
  });

  it('sees a division type in a name', () => {
    expect(hasDivisionWord('Damascus Governorate')).toBe(true);
    expect(hasDivisionWord('Kyiv Oblast')).toBe(true);
    expect(hasDivisionWord('Aleppo')).toBe(false);
  });

  it('counts letters, not marks or spaces', () => {
    expect(letterCount('Of')).toBe(2);
    expect(letterCount('Ḩamāh')).toBe(5);
  });

  it('takes two spellings of one name for one name, and two names for two', () => {
    expect(nearlySameName('Mykolaiv', 'Mykolayiv')).toBe(true);
    expect(nearlySameName('Odesa', 'Odessa')).toBe(false); // too short to tell a spelling from another name
    expect(nearlySameName('Hamadan', 'Hamadan Province')).toBe(false);
    expect(nearlySameName('Kerman', 'Kermanshah')).toBe(false);
  });

  it('reads the reviewed word lists', () => {
    const words = readCommonWords();
    expect([...words.english]).toEqual(expect.arrayContaining(['mobile', 'nice', 'reading', 'split', 'buffalo']));
    expect([...words.otherLanguages]).toEqual(expect.arrayContaining(['victoria', 'aurora']));
    // Reviewed as rare in English: marked like any other name.
    expect(words.english.has('shanghai')).toBe(false);
    expect(words.reviewed.has('rakhine')).toBe(true);
  });
});
