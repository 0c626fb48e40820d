/** The matcher's mention record, and entries across several glossaries. Language cases: matcher.*.test.ts. */
import { describe, expect, it } from 'vitest';
import { checkGlossaryConsistency, validateGlossaryFile } from '../glossary/validate.ts';
import { compileGlossary } from '../glossary/compile.ts';
import { Matcher } from './matcher.ts';
import { FIXTURE_ENTRIES, fixtureGlossary, makeEntry } from './glossary.fixture.test.ts';
import { found, matcher } from './matcher-rows.fixture.test.ts';

describe('the fixture glossary', () => {
  it('is a valid glossary', () => {
    const { problems, entries } = validateGlossaryFile('fixture.json', { name: 'Fixture', entries: FIXTURE_ENTRIES });
    expect(problems).toEqual([]);
    expect(checkGlossaryConsistency(new Map([['fixture.json', entries]]))).toEqual([]);
  });
});

describe('findMentions: the mention record', () => {
  it('gives offsets, alias as written and the rule', () => {
    const text = 'In Ramallah, the PA’s two-state solutions';
    expect(matcher.findMentions(text, { density: 'all' })).toEqual([
      { start: 17, end: 19, entryId: 'palestinian-authority', alias: 'PA', rule: { case: 'sensitive', plural: false, context: 'Ramallah' } },
      { start: 22, end: 41, entryId: 'two-state-solution', alias: 'two-state solution', rule: { case: 'insensitive', plural: true } },
    ]);
  });

  it('names the first context term of the alias that is present', () => {
    const [mention] = matcher.findMentions('PA officials in the West Bank, Palestinian sources said', { density: 'first' });
    expect(mention?.rule.context).toBe('Palestinian');
  });

  it('reports the alias that matched, not the entry label', () => {
    const mentions = matcher.findMentions('Ḥizbullāh, Hizballah', { density: 'all' });
    expect(mentions.map((m) => m.alias)).toEqual(['Ḥizbullāh', 'Hizballah']);
  });

  it('offsets count UTF-16 units of the original text, astral characters included', () => {
    const text = '𝐇𝐚𝐦𝐚𝐬 😀 Hamas';
    const mentions = matcher.findMentions(text, { density: 'all' });
    expect(mentions.map((m) => [m.start, m.end])).toEqual([[0, 10], [14, 19]]);
  });

  it('a match keeps the combining marks of its letters', () => {
    const text = 'Hezbola\u0301 y Jerusale\u0301n';
    expect(found(text, matcher.findMentions(text, { density: 'all' }))).toEqual([
      ['Hezbola\u0301', 'hezbollah'],
      ['Jerusale\u0301n', 'jerusalem'],
    ]);
    const vocalised = 'حماسُ، فتحَ';
    expect(found(vocalised, matcher.findMentions(vocalised, { density: 'all' }))).toEqual([
      ['حماسُ', 'hamas'],
      ['فتحَ', 'fatah'],
    ]);
  });

  it('chunks give the same mentions as the whole text', () => {
    const text = 'The UN Security Council and Hamas’s leaders met 𝐄𝐫𝐝𝐨𝐠𝐚𝐧 in Ramallah; the PA agreed.';
    const whole = matcher.findMentions(text, { density: 'all' });
    expect(found(text, whole).map(([, id]) => id)).toEqual([
      'un-security-council',
      'hamas',
      'recep-tayyip-erdogan',
      'palestinian-authority',
    ]);
    // Cuts inside names, inside an apostrophe-s, and between the two halves of a surrogate pair.
    const cuts = [0, 11, 31, 33, 55, 56, 56, 90, text.length];
    const chunks = cuts.slice(1).map((cut, i) => text.slice(cuts[i], cut));
    expect(chunks.join('')).toBe(text);
    expect(matcher.findMentions(chunks, { density: 'all' })).toEqual(whole);
  });
});

describe('Matcher: entries and glossaries', () => {
  it('finds an entry by id', () => {
    expect(matcher.entry('hamas')?.label).toBe('hamas');
    expect(matcher.entry('nobody')).toBeUndefined();
  });

  it('a later glossary overrides an entry with the same id, aliases included', () => {
    const reader = compileGlossary('reader', [makeEntry('hamas', 'group', ['Harakat Hamas'], { label: 'Hamas (reader)' })]);
    const both = new Matcher([fixtureGlossary(), reader]);
    expect(both.entry('hamas')?.label).toBe('Hamas (reader)');
    expect(both.entry('fatah')?.label).toBe('fatah');
    const text = 'Hamas, or Harakat Hamas, and Fatah';
    expect(found(text, both.findMentions(text, { density: 'all' }))).toEqual([
      ['Harakat Hamas', 'hamas'],
      ['Fatah', 'fatah'],
    ]);
  });

  it('a reader glossary adds aliases and entries alongside the bundled one', () => {
    const reader = compileGlossary('reader', [makeEntry('lin-jian', 'person', ['Lin Jian', { text: 'Lin', contexts: ['Lin Jian'] }])]);
    const both = new Matcher([fixtureGlossary(), reader]);
    const text = 'Lin said China; Lin Jian is a spokesman.';
    expect(found(text, both.findMentions(text, { density: 'all' }))).toEqual([
      ['Lin', 'lin-jian'],
      ['China', 'china'],
      ['Lin Jian', 'lin-jian'],
    ]);
  });

  it('an entry switched off is not marked but still hides shorter names inside it', () => {
    const text = 'The UN Security Council and the UN';
    const mentions = matcher.findMentions(text, { density: 'all' });
    expect(found(text, mentions)).toEqual([['UN Security Council', 'un-security-council'], ['UN', 'united-nations']]);
    const off = matcher.select([matcher.scan(text)], { density: 'all', isEnabled: (entry) => entry.id !== 'un-security-council' })[0]!;
    expect(found(text, off)).toEqual([['UN', 'united-nations']]);
    expect(off[0]!.start).toBe(32);
  });
});
