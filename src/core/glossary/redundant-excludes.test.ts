import { describe, expect, it } from 'vitest';
import { makeEntry } from '../match/glossary.fixture.test.ts';
import { Matcher } from '../match/matcher.ts';
import { compileGlossary } from './compile.ts';

const marks = (entries: Parameters<typeof compileGlossary>[1], text: string): string[] =>
  new Matcher([compileGlossary('test', entries)]).findMentions(text, { density: 'all' }).map((m) => `${text.slice(m.start, m.end)}=${m.entryId}`);

describe('an exclusion that holds another entry\'s own name', () => {
  const india = makeEntry('india', 'country', [{ text: 'India', exclude: ['The Times of India', 'Bank of India'] }], { label: 'India' });
  const paper = makeEntry('times-of-india', 'organisation', ['Times of India'], { label: 'The Times of India' });

  it('leaves that entry its name', () => {
    expect(marks([india, paper], 'She wrote for The Times of India in Mumbai.')).toEqual(['Times of India=times-of-india']);
  });

  it('still blocks where no entry holds the longer name', () => {
    expect(marks([india, paper], 'The Bank of India cut rates; India grew.')).toEqual(['India=india']);
  });

  it('keeps the exclusion when the other name waits for a context, which may be missing', () => {
    const gatedPaper = makeEntry('times-of-india', 'organisation', [{ text: 'Times of India', contexts: ['newspaper'] }], { label: 'The Times of India' });
    expect(marks([india, gatedPaper], 'She wrote for The Times of India in Mumbai.')).toEqual([]);
  });
});
