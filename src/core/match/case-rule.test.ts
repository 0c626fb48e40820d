import { describe, expect, it } from 'vitest';
import { fixtureGlossary } from './glossary.fixture.test.ts';
import { isInCapitalsRun, matchesCase } from './case-rule.ts';
import { Matcher } from './matcher.ts';

describe('matchesCase', () => {
  it.each<[string, string, boolean]>([
    ['China', 'China', true],
    ['CHINA', 'China', true],
    ['china', 'China', false],
    ['US', 'US', true],
    ['Us', 'US', false],
    ['us', 'US', false],
  ])('%s for %s: %s', (found, alias, expected) => {
    expect(matchesCase(found, alias)).toBe(expected);
  });
});

describe('isInCapitalsRun', () => {
  const run = (text: string, word: string): boolean => isInCapitalsRun(text, text.indexOf(word), text.indexOf(word) + word.length);
  it.each<[string, string, boolean]>([
    ['the US said', 'US', false],
    ['TRUMP TELLS US TO WAIT', 'US', true],
    ['WHAT IT MEANS FOR US', 'US', true],
    ['US-led talks', 'US', false],
    ['US, UK and France', 'US', false],
    ['US, UK AND FRANCE', 'US', true],
    ['US-UK talks', 'US', false],
    ['在UN和EU之间', 'UN', false],
    ['A US plan', 'US', false],
    ['BREAKING\u0000US says', 'US', false],
    ['US', 'US', false],
  ])('%j', (text, word, expected) => {
    expect(run(text, word)).toBe(expected);
  });
});

describe('an acronym in a headline set in capitals is not decided by case', () => {
  const matcher = new Matcher([fixtureGlossary()]);
  const marks = (text: string): string[] => matcher.findMentions(text, { density: 'all' }).map((m) => text.slice(m.start, m.end));
  it.each<[string, string[]]>([
    ['The UN said', ['UN']],
    ['UN SAYS AID IS BLOCKED', []],
    ['UN says aid is blocked', ['UN']],
  ])('%j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it('blocks read together see no neighbour in the block before', () => {
    const [, second] = matcher.scanBlocks(['BREAKING NEWS', 'UN says more']);
    expect(second!.candidates.map((c) => c.start)).toEqual([0]);
  });
});
