import { describe, expect, it } from 'vitest';
import type { Entry } from '../core/glossary/schema.ts';
import { alternativesFor, firstSentence, indexByName } from './name-alternatives.ts';

const entry = (id: string, label: string, aliases: Entry['aliases'], summary = `${label} is a thing. More text.`): Entry => ({
  id,
  label,
  kind: 'place',
  aliases,
  summary,
  asOf: '2026-01',
  sources: [{ publisher: 'Example', url: 'https://example.org/' }],
});

const GEORGIA_COUNTRY = entry('georgia-country', 'Georgia', ['Georgia', { text: 'Sakartvelo' }]);
const GEORGIA_STATE = entry('georgia-us-state', 'Georgia (U.S. state)', [{ text: 'Georgia', contexts: ['Atlanta'] }]);
const ERDOGAN = entry('erdogan', 'Recep Tayyip Erdoğan', ['Erdoğan']);

describe('alternativesFor', () => {
  const index = indexByName([GEORGIA_COUNTRY, GEORGIA_STATE, ERDOGAN]);

  it('lists the other entries that share the name, with label, kind and one line', () => {
    expect(alternativesFor(index, 'georgia-country', ['Georgia'])).toEqual([
      { id: 'georgia-us-state', label: 'Georgia (U.S. state)', kind: 'place', line: 'Georgia (U.S. state) is a thing.' },
    ]);
  });

  it('folds case and diacritics like the matcher, and finds an entry by its label too', () => {
    expect(alternativesFor(index, 'nobody', ['ERDOGAN']).map((a) => a.id)).toEqual(['erdogan']);
    expect(alternativesFor(index, 'nobody', ['recep tayyip erdogan']).map((a) => a.id)).toEqual(['erdogan']);
  });

  it('lists each entry once across the names given, and nothing for a name no other entry has', () => {
    expect(alternativesFor(index, 'erdogan', ['Georgia', 'georgia']).map((a) => a.id)).toEqual(['georgia-country', 'georgia-us-state']);
    expect(alternativesFor(index, 'erdogan', ['Erdoğan'])).toEqual([]);
  });
});

describe('firstSentence', () => {
  it('stops at the first full stop followed by a space, and shortens a run-on sentence', () => {
    expect(firstSentence('The U.N. body. It meets yearly.')).toBe('The U.N. body.');
    expect(firstSentence('Chaired by J. Smith since 2020. It meets yearly.')).toBe('Chaired by J. Smith since 2020.');
    expect(firstSentence('Led by the U.S. President. More.')).toBe('Led by the U.S. President.');
    expect(firstSentence('x'.repeat(300))).toHaveLength(160);
    expect(firstSentence('هيئة دولية؟ نعم.')).toBe('هيئة دولية؟');
  });
});
