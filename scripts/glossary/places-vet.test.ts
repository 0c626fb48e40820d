import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/glossary/schema.ts';
import { foldName } from './places-names.ts';
import { nameVetter, type EvidenceWords } from './places-vet.ts';

const common = { english: new Set(['reading']), otherLanguages: new Set(['pilar']), reviewed: new Set<string>() };
const evidence: EvidenceWords = {
  words: {
    languagesOf: (_text, folded) => (folded === 'guna' ? ['id'] : []),
    personalName: (folded) => (folded === 'cary' ? 'first name' : folded === 'henderson' ? 'surname' : undefined),
    isGivenName: (folded) => folded === 'cary' || folded === 'charlotte',
  },
  placeCountries: new Map([
    ['richmond', new Set(['US', 'GB', 'AU'])],
    ['norfolk', new Set(['US'])],
  ]),
};
const vetter = nameVetter([], common, evidence);

describe('strict gate evidence', () => {
  it('refuses a common word of any corpus language, a personal name, and a place name of another country', () => {
    for (const name of ['Reading', 'Pilar', 'Guna', 'Cary', 'Henderson', 'Richmond']) expect(vetter.isStrictEvidence(name, 'US'), name).toBe(false);
  });

  it('accepts a town name found only in its own country, or nowhere else in the data', () => {
    expect(vetter.isStrictEvidence('Norfolk', 'US')).toBe(true);
    expect(vetter.isStrictEvidence('Geelong', 'AU')).toBe(true);
    // The same name is weak for another country's place.
    expect(vetter.isStrictEvidence('Norfolk', 'GB')).toBe(false);
  });

  it('folds names as the matcher does before looking them up', () => {
    expect(vetter.isStrictEvidence('RICHMOND', 'US')).toBe(false);
    expect(foldName('Richmond')).toBe('richmond');
  });
});

describe('names that begin with another country\'s name', () => {
  const country = (id: string, label: string, ...aliases: string[]): Entry => ({
    id, label, kind: 'country', aliases: [label, ...aliases], summary: `${label}.`, asOf: '2025-06', sources: [{ publisher: 'Wikipedia', url: `https://en.wikipedia.org/wiki/${label}` }],
  });
  const withCountries = nameVetter([country('niger', 'Niger'), country('nigeria', 'Nigeria'), country('benin', 'Benin', 'Bénin'), country('mexico', 'Mexico')], common, evidence);

  it('names the other country whose name begins the place name, in any of its names', () => {
    expect(withCountries.otherCountryStarting('Niger State', 'nigeria')).toBe('niger');
    expect(withCountries.otherCountryStarting('Bénin City', 'nigeria')).toBe('benin');
  });

  it('leaves alone a place named after its own country, a name that is only the country, and a word inside a word', () => {
    expect(withCountries.otherCountryStarting('Mexico City', 'mexico')).toBeUndefined();
    expect(withCountries.otherCountryStarting('Niger', 'nigeria')).toBeUndefined();
    expect(withCountries.otherCountryStarting('Benito Juárez', 'mexico')).toBeUndefined();
  });
});

describe('given names', () => {
  it('a one-word place name that is also a given name gets the givenName gate', () => {
    expect(['Charlotte', 'Cary', 'Henderson', 'Norfolk', 'Charlotte Amalie'].filter((name) => vetter.isGivenName(name))).toEqual(['Charlotte', 'Cary']);
  });
});
