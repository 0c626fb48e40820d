import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../glossary/compile.ts';
import { makeEntry } from './glossary.fixture.test.ts';
import { Matcher } from './matcher.ts';

const matcher = new Matcher([
  compileGlossary('test', [
    makeEntry('michael-flynn', 'person', ['Michael Flynn'], { label: 'Michael Flynn' }),
    makeEntry('mlk', 'person', ['Martin Luther King'], { label: 'Martin Luther King Jr.' }),
    makeEntry('flynn-family', 'organisation', ['Flynn Trust']),
    makeEntry('henry', 'place', ['Henry County']),
  ]),
]);

const marked = (text: string): string[] => matcher.findMentions(text, { density: 'all' }).map((mention) => mention.entryId);

describe('a person’s name followed by a generational suffix', () => {
  it('is a relative’s name, with or without a comma or a full stop', () => {
    expect(marked('Michael Flynn Jr. posted a video.')).toEqual([]);
    expect(marked('Michael Flynn, Jr. posted a video.')).toEqual([]);
    expect(marked('Michael Flynn Sr said.')).toEqual([]);
    expect(marked('Michael Flynn III said.')).toEqual([]);
  });

  it('is the person where the suffix is only a look-alike, or the person’s own', () => {
    expect(marked('Michael Flynn said. Jr. Smith agreed.')).toEqual(['michael-flynn']);
    expect(marked('Michael Flynn Junior High School')).toEqual(['michael-flynn']);
    expect(marked('Michael Flynn IV-drip story')).toEqual(['michael-flynn']);
    expect(marked('Michael Flynn Irving said.')).toEqual(['michael-flynn']);
    expect(marked('Martin Luther King Jr. was killed in 1968.')).toEqual(['mlk']);
  });

  it('leaves entries of other kinds alone', () => {
    expect(marked('The Flynn Trust Jr. fund')).toEqual(['flynn-family']);
    expect(marked('Henry County II district')).toEqual(['henry']);
  });
});
