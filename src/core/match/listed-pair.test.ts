import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../glossary/compile.ts';
import { makeEntry } from './glossary.fixture.test.ts';
import { isListedPair } from './listed-pair.ts';
import { Matcher } from './matcher.ts';

const pairIn = (text: string, pair = 'Rome, Georgia'): boolean => isListedPair(text, text.indexOf(pair), text.indexOf(pair) + pair.length);

describe('isListedPair', () => {
  it.each([
    ['Protests spread to Rome, Georgia and Armenia.'],
    ['Fashion weeks in Paris, Rome, Georgia, and more.'],
    ['Talks in Paris, Rome, Georgia were held.'],
    ['Des manifestations à Rome, Georgia et Erevan.'],
  ])('a list of names: %s', (text) => {
    expect(pairIn(text)).toBe(true);
  });

  it.each([
    ['He grew up in Rome, Georgia, a mill town.'],
    ['ROME, Georgia — Police said on Tuesday.'],
    ['Police in Rome, Georgia arrested two men.'],
    ['He flew from Rome, Georgia to Atlanta.'],
    ['Rome, Georgia and its schools.'],
  ])('a town and its state: %s', (text) => {
    expect(pairIn(text)).toBe(false);
  });

  it('needs a comma inside the pair', () => {
    expect(isListedPair('Paris, New York and London', 7, 15)).toBe(false);
  });
});

describe('an exclusion "Town, State" in the matcher', () => {
  const matcher = new Matcher([
    compileGlossary('test', [
      makeEntry('rome', 'place', [{ text: 'Rome', exclude: ['Rome, Georgia', 'Rome, New York'] }]),
      makeEntry('new-york', 'place', ['New York']),
      makeEntry('georgia', 'country', ['Georgia']),
    ]),
  ]);
  const marks = (text: string): string[] => matcher.findMentions(text, { density: 'all' }).map((m) => `${text.slice(m.start, m.end)}=${m.entryId}`);

  it('holds for the town', () => {
    expect(marks('Police in Rome, Georgia arrested two men.')).toEqual([]);
  });

  it('does not hide both names in a list', () => {
    expect(marks('Fashion weeks in Milan, Rome, New York and London.')).toEqual(['Rome=rome', 'New York=new-york']);
    expect(marks('Protests spread to Rome, Georgia and Armenia.')).toEqual(['Rome=rome', 'Georgia=georgia']);
  });
});
