import { describe, expect, it } from 'vitest';
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

describe('given names', () => {
  it('a one-word place name that is also a given name gets the givenName gate', () => {
    expect(['Charlotte', 'Cary', 'Henderson', 'Norfolk', 'Charlotte Amalie'].filter((name) => vetter.isGivenName(name))).toEqual(['Charlotte', 'Cary']);
  });
});
