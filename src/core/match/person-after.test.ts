import { describe, expect, it } from 'vitest';
import { isPersonAfter } from './person-after.ts';

const after = (text: string, name: string) => isPersonAfter(text, text.indexOf(name) + name.length);

describe('isPersonAfter', () => {
  it('reads an age, a who clause, a relative or "said she" after a given name', () => {
    expect(after('Sofia, a 34-year-old nurse, said the clinic had closed.', 'Sofia')).toBe(true);
    expect(after('Georgia, who moved to Leeds in 2019, said rents had doubled.', 'Georgia')).toBe(true);
    expect(after('Sofia, 34, works nights.', 'Sofia')).toBe(true);
    expect(after('Sofia said she would vote.', 'Sofia')).toBe(true);
    expect(after("Sofia's husband was not at home.", 'Sofia')).toBe(true);
  });

  it('leaves a place alone', () => {
    expect(after('Sofia, which hosts the parliament, said it would comply.', 'Sofia')).toBe(false);
    expect(after('Sofia said it would not expel the diplomats.', 'Sofia')).toBe(false);
    expect(after("Sofia's mayor said the metro would reopen.", 'Sofia')).toBe(false);
    expect(after('Protests spread in Sofia, the capital.', 'Sofia')).toBe(false);
    expect(after('Georgia, a state of 11 million people, voted.', 'Georgia')).toBe(false);
  });
});

describe('a place that is also a given name, in the matcher', () => {
  it('is not marked for a person named by the given name alone', async () => {
    const { compileGlossary } = await import('../glossary/compile.ts');
    const { Matcher } = await import('./matcher.ts');
    const { makeEntry } = await import('./glossary.fixture.test.ts');
    const matcher = new Matcher([compileGlossary('test', [makeEntry('sofia', 'place', [{ text: 'Sofia', givenName: true }], { label: 'Sofia' })])]);
    const marks = (text: string) => matcher.findMentions(text, { density: 'all' }).map((m) => text.slice(m.start, m.end));
    expect(marks('Sofia, a 34-year-old nurse, said the clinic had closed.')).toEqual([]);
    expect(marks('Protests spread in Sofia, which hosts the parliament.')).toEqual(['Sofia']);
  });
});
