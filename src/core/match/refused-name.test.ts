/** A person's full name refused by its own gates is someone else of that name, and no evidence for the surname alone. */
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../glossary/compile.ts';
import { makeEntry } from './glossary.fixture.test.ts';
import { Matcher } from './matcher.ts';

const matcher = new Matcher([
  compileGlossary('test', [
    makeEntry('rodrigo-paz', 'person', [{ text: 'Rodrigo Paz', contexts: ['Bolivia', 'Bolivian'], scope: 'block' }, { text: 'Paz', contexts: ['Rodrigo Paz'], scope: 'block' }], { label: 'Rodrigo Paz' }),
    makeEntry('bolivia', 'country', ['Bolivia']),
  ]),
]);
const marks = (text: string): string[] => matcher.findMentions(text, { density: 'all' }).map((m) => `${text.slice(m.start, m.end)}=${m.entryId}`);

describe('a person\'s full name refused by its own gates', () => {
  it('marks neither the name nor the surname inside it or after it', () => {
    expect(marks('Rodrigo Paz, a Spanish midfielder, scored twice. Paz said the team had worked hard.')).toEqual([]);
  });

  it('still marks both where the gates pass', () => {
    expect(marks('Bolivian President Rodrigo Paz met the IMF. Paz said reforms would go on.')).toEqual(['Rodrigo Paz=rodrigo-paz', 'Paz=rodrigo-paz']);
  });

  it('counts the name as evidence where it is marked elsewhere on the page', () => {
    const page = ['Bolivia\'s president Rodrigo Paz spoke on Monday.', 'Rodrigo Paz, he said, would travel. Paz then left.'];
    const found = matcher.select(matcher.scanBlocks(page), { density: 'all' }).flat().map((m) => m.entryId);
    // The second block has no Bolivian word: its full name is refused there, but the page marks it in the first,
    // so the surname alone still counts it.
    expect(found).toEqual(['bolivia', 'rodrigo-paz', 'rodrigo-paz']);
  });
});
