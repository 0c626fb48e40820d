import { describe, expect, it } from 'vitest';
import { normalise } from '../text/normalise.ts';
import { capitalisedWordAfter, capitalisedWordBefore, isHeadlineCase, isPlaceFollower } from './name-gates.ts';

/** The word after (or before) the first occurrence of `name` in `text`, as the matcher reads it (normalised: no diacritics). */
function beside(text: string, name: string, side: 'after' | 'before'): string | undefined {
  const { cased, starts, ends } = normalise(text);
  const start = cased.indexOf(name);
  const end = start + name.length;
  const range = side === 'after' ? capitalisedWordAfter(text, cased, end, ends[end - 1]!) : capitalisedWordBefore(text, cased, start, starts[start]!);
  return range && cased.slice(range[0], range[1]);
}

describe('capitalisedWordAfter', () => {
  it.each([
    ['Virginia Woolf wrote', 'Woolf'],
    ["Georgia O'Keeffe", "O'Keeffe"],
    ['Georgia O’Keeffe', "O'Keeffe"],
    ['Georgia McIntyre', 'McIntyre'],
    ['Georgia Łukasz', 'Lukasz'],
    ['Georgia\u00a0Woolf', 'Woolf'],
  ])('%s: %s', (text, word) => {
    expect(beside(text, 'Georgia', 'after') ?? beside(text, 'Virginia', 'after')).toBe(word);
  });

  it.each([['Georgia woolf'], ['Georgia  Woolf'], ['Georgia\nWoolf'], ['Georgia-Woolf'], ['Georgia, Woolf'], ['Georgia USA'], ['Georgia 2026'], ['Georgia']])(
    'nothing after %j',
    (text) => {
      expect(beside(text, 'Georgia', 'after')).toBeUndefined();
    },
  );
});

describe('capitalisedWordBefore', () => {
  it.each([
    ['Meghan McCain', 'Meghan'],
    ['and Émile Lahoud', 'Emile'],
    ['Сергей Лавров', 'Сергеи'],
  ])('%s: %s', (text, word) => {
    const name = text.split(' ').at(-1)!;
    expect(beside(text, name, 'before')).toBe(word);
  });

  it.each([['Mr. McCain'], ['Meghan  McCain'], ['meghan McCain'], ['US McCain'], ['Meghan, McCain'], ['Meghan\nMcCain'], ['McCain']])('nothing before %j', (text) => {
    expect(beside(text, 'McCain', 'before')).toBeUndefined();
  });
});

describe('isHeadlineCase', () => {
  it.each([
    ['Georgia Votes On New Election Law', true],
    ['GEORGIA VOTES ON NEW ELECTION LAW', true],
    ['Virginia Woolf', false],
    ['Virginia Woolf wrote her novels in London.', false],
    ['Protests in Georgia as the Vote Nears', true],
    ['Protests in Georgia as the vote nears', false],
  ])('%s: %s', (text, expected) => {
    expect(isHeadlineCase(text)).toBe(expected);
  });
});

describe('isPlaceFollower', () => {
  it.each([['falls'], ['valley'], ['state'], ['tuesday'], ['oblast'], ['gov']])('%s keeps a place', (word) => {
    expect(isPlaceFollower(word)).toBe(true);
  });
  it.each([['woolf'], ['church'], ['wolf'], ['peterson']])('%s does not', (word) => {
    expect(isPlaceFollower(word)).toBe(false);
  });
});
