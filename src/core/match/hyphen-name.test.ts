import { describe, expect, it } from 'vitest';
import { hyphenatedWord, joinsAnotherName, runsOnAsRomanisedName } from './hyphen-name.ts';

const word = (text: string, name: string) => {
  const start = text.indexOf(name);
  return hyphenatedWord(text, start, start + name.length);
};
const names = new Set(['ukraine', 'hamas', 'china', 'kolumbien']);
const isName = (folded: string) => names.has(folded);

describe('hyphenatedWord', () => {
  it('reads a capitalised word joined by a hyphen after or before the name', () => {
    expect(word('La Colombie-Britannique a voté.', 'Colombie')).toBe('britannique');
    expect(word('Elections in Saxony-Anhalt', 'Saxony')).toBe('anhalt');
    expect(word('Flights to Port-of-Spain resumed.', 'Spain')).toBe('port');
    expect(word('Russia-Ukraine talks', 'Ukraine')).toBe('russia');
  });

  it('reads nothing across an en dash, a space or a small word', () => {
    expect(word('Russia–Ukraine talks', 'Russia')).toBeUndefined();
    expect(word('a Gaza-based group', 'Gaza')).toBeUndefined();
    expect(word('a pro-Russia party', 'Russia')).toBeUndefined();
    expect(word('Colombia said', 'Colombia')).toBeUndefined();
  });
});

describe('joinsAnotherName', () => {
  it('is true for a word that is no name and no prefix', () => {
    expect(joinsAnotherName('britannique', isName)).toBe(true);
    expect(joinsAnotherName('anhalt', isName)).toBe(true);
  });

  it('is false for another name, a prefix, or nothing', () => {
    expect(joinsAnotherName('ukraine', isName)).toBe(false);
    expect(joinsAnotherName('hamas', isName)).toBe(false);
    expect(joinsAnotherName('anti', isName)).toBe(false);
    expect(joinsAnotherName('sino', isName)).toBe(false);
    expect(joinsAnotherName(undefined, isName)).toBe(false);
  });
});

describe('a romanised name that runs on after a hyphen', () => {
  const runsOn = (text: string, name: string): boolean => {
    const start = text.indexOf(name);
    return runsOnAsRomanisedName(text, start, start + name.length);
  };

  it('is a longer given name: "Wang Yi-chuan" is not Wang Yi', () => {
    expect(runsOn('deputy minister Wang Yi-chuan said', 'Wang Yi')).toBe(true);
    expect(runsOn('Lee Jae-myung won', 'Lee Jae')).toBe(true);
  });

  it('is the name itself before an English word, or where its last word is no syllable', () => {
    expect(runsOn('the Wang Yi-led delegation', 'Wang Yi')).toBe(false);
    expect(runsOn('Li Qiang-style reforms', 'Li Qiang')).toBe(false);
    expect(runsOn('the Wang Yi era', 'Wang Yi')).toBe(false);
    expect(runsOn('Emmanuel Macron-era policy', 'Emmanuel Macron')).toBe(false);
  });
});
