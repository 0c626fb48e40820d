import { describe, expect, it } from 'vitest';
import { divisionBareName, divisionForms, divisionPlainName, withoutSoftSign, divisionOfficeForms, LOCAL_DIVISION_FORMS, hasDivisionWord, isGenericName, letterCount, maybeSameName, nearlySameName, readCommonWords, slugify } from './places-names.ts';

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

  it('takes the type words off a division name, and only where a name is left', () => {
    expect(divisionBareName('Kano State')).toBe('Kano');
    expect(divisionBareName('Tver Oblast')).toBe('Tver');
    expect(divisionBareName('Dar es Salaam Region')).toBe('Dar es Salaam');
    expect(divisionBareName('Federal Capital Territory')).toBeUndefined();
    expect(divisionBareName('Aleppo')).toBeUndefined();
  });

  it('gives the plain name the news uses for a division, and none where the rest is no name by itself', () => {
    expect(divisionPlainName('Borno State')).toBe('Borno');
    expect(divisionPlainName('Kaluga Oblast')).toBe('Kaluga');
    expect(divisionPlainName('Stavropol Kray')).toBe('Stavropol');
    // An adjective before "Republic" or "Autonomous Oblast", a city-state, a bracket, a possessive: no name alone.
    expect(divisionPlainName('Chuvash Republic')).toBeUndefined();
    expect(divisionPlainName('Jewish Autonomous Oblast')).toBeUndefined();
    expect(divisionPlainName('Mexico City')).toBeUndefined();
    expect(divisionPlainName('Zabaykalskiy (Transbaikal) Kray')).toBeUndefined();
    expect(divisionPlainName("South West Ethiopia Peoples' Region")).toBeUndefined();
    expect(divisionPlainName('Northern State')).toBeUndefined();
    expect(divisionPlainName('Aleppo')).toBeUndefined();
  });

  it('writes a Russian soft sign as the news does, and ё either way', () => {
    expect(withoutSoftSign('Ryazan’')).toBe('Ryazan');
    expect(withoutSoftSign('Saint John’s')).toBe('Saint John’s');
    expect(maybeSameName('Orël', 'Oryol')).toBe(true);
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

  it('takes a division and its seat for one name when a short name is a letter, an article or a "dh" apart', () => {
    expect(maybeSameName('Hama', 'Ḩamāh')).toBe(true);
    expect(maybeSameName('Basra', 'Basrah')).toBe(true);
    expect(maybeSameName('Faiyum', 'Al Fayyūm')).toBe(true);
    expect(maybeSameName('Aḑ Ḑāli‘', 'Dhalie')).toBe(true);
    expect(maybeSameName('Mykolaiv', 'Mykolayiv')).toBe(true);
    expect(maybeSameName('Bari', 'Bosaso')).toBe(false);
    expect(maybeSameName('Kerman', 'Kermanshah')).toBe(false);
    expect(maybeSameName('Hamadan', 'Hamadan Province')).toBe(false);
    expect(maybeSameName('Kebbi', 'Birnin Kebbi')).toBe(false);
  });

  it('writes the type-word forms of a division name both ways', () => {
    expect(divisionForms('Puebla')).toEqual(expect.arrayContaining(['state of Puebla', 'Puebla state', 'province of Puebla', 'Puebla prefecture']));
  });

  it('names a division\'s government and governor by its type word', () => {
    expect(divisionOfficeForms('Okayama', ['prefecture'])).toEqual(['Okayama prefectural', 'Okayama governor', 'governor of Okayama']);
    expect(divisionOfficeForms('Lagos', ['state'])).toEqual(['Lagos governor', 'governor of Lagos']);
    expect(divisionOfficeForms('Dubai', ['emirate'], false)).toEqual([]);
    expect(divisionOfficeForms('Hiroshima')).toEqual(expect.arrayContaining(['Hiroshima prefectural', 'Hiroshima provincial', 'Hiroshima regional']));
  });

  it('names a division in its country\'s language where the news is Spanish or Portuguese', () => {
    expect(LOCAL_DIVISION_FORMS.MX?.('Puebla')).toEqual(['estado de Puebla', 'gobernador de Puebla', 'gobernadora de Puebla']);
    expect(LOCAL_DIVISION_FORMS.BR?.('São Paulo')).toEqual(expect.arrayContaining(['estado de São Paulo', 'governador de São Paulo']));
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
