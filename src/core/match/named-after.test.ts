/** A person's full name that names a thing after them is the thing. */
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../glossary/compile.ts';
import { makeEntry } from './glossary.fixture.test.ts';
import { Matcher } from './matcher.ts';
import { isNamedAfterPerson } from './named-after.ts';

const matcher = new Matcher([
  compileGlossary('test', [
    makeEntry('hamid-karzai', 'person', ['Hamid Karzai'], { label: 'Hamid Karzai' }),
    makeEntry('tony-blair', 'person', ['Tony Blair'], { label: 'Tony Blair' }),
    makeEntry('benito-juarez', 'person', ['Benito Juárez'], { label: 'Benito Juárez' }),
    makeEntry('barack-obama', 'person', ['Barack Obama', { text: 'Obama', contexts: ['Barack Obama'] }], { label: 'Barack Obama' }),
    makeEntry('nissan', 'organisation', ['Nissan'], { label: 'Nissan' }),
    makeEntry('nissan-stadium', 'place', ['Nissan Stadium'], { label: 'Nissan Stadium' }),
  ]),
]);
const marks = (text: string): string[] => matcher.findMentions(text, { density: 'all' }).map((m) => `${text.slice(m.start, m.end)}=${m.entryId}`);

describe('a venue named after a company', () => {
  it('is not the company, and a venue the glossary knows is the venue', () => {
    expect(marks('Yokohama beat Kashima 2-1 at the Nissan Field on Saturday night.')).toEqual([]);
    expect(marks('Yokohama beat Kashima 2-1 at the Nissan Stadium on Saturday night.')).toEqual(['Nissan Stadium=nissan-stadium']);
    expect(marks('Shares in Nissan fell after the carmaker cut its forecast.')).toEqual(['Nissan=nissan']);
    // A title-case headline capitalises every word: the word after the name says nothing there.
    expect(marks('Nissan Shares Fall After Profit Warning')).toEqual(['Nissan=nissan']);
  });
});

describe('a thing named after a person', () => {
  it.each([
    ['Flights resumed at Hamid Karzai International Airport on Monday.'],
    ['The Tony Blair Institute published a report on Monday.'],
    ['She graduated from Hamid Karzai High School in Kabul.'],
    ['El Aeropuerto Benito Juárez cerró por la niebla.'],
    ["L'avenue Benito Juárez est fermée."],
  ])('is not the person: %s', (text) => {
    expect(marks(text)).toEqual([]);
  });

  it.each([
    ['Former prime minister Tony Blair said the plan would work.', ['Tony Blair=tony-blair']],
    ["Tony Blair's institute said the plan would work.", ['Tony Blair=tony-blair']],
    ['Hamid Karzai Monday met the envoy; Hamid Karzai airport reopened.', ['Hamid Karzai=hamid-karzai', 'Hamid Karzai=hamid-karzai']],
    ['El presidente Benito Juárez gobernó México.', ['Benito Juárez=benito-juarez']],
    // The surname alone in the centre's name is the centre's; the full name before it is his.
    ['Barack Obama spoke at the Obama Presidential Center. Obama said it was done.', ['Barack Obama=barack-obama', 'Obama=barack-obama']],
  ])('is still the person: %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it('reads the kind after the name in English and before it in Romance languages and German', () => {
    expect(isNamedAfterPerson('the Tony Blair Institute', 4, 'institute')).toBe(true);
    expect(isNamedAfterPerson('Flughafen Franz Josef Strauß', 10, undefined)).toBe(true);
    expect(isNamedAfterPerson('Tony Blair institute', 0, undefined)).toBe(false);
    expect(isNamedAfterPerson('Tony Blair Monday', 0, 'monday')).toBe(false);
    expect(isNamedAfterPerson('Gen. Tony Blair', 5, undefined)).toBe(false);
  });
});
