/** A surname written with its particles ("de Zela", "al-Assad") is gated like a one-word surname. */
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../glossary/compile.ts';
import type { AliasSpec, Entry } from '../glossary/schema.ts';
import { makeEntry } from './glossary.fixture.test.ts';
import { isParticleSurname } from './inside-name.ts';
import { Matcher } from './matcher.ts';

const person = (id: string, label: string, ...aliases: AliasSpec[]): Entry => makeEntry(id, 'person', aliases, { label });

const GLOSSARY: Entry[] = [
  person('hugo-de-zela', 'Hugo de Zela', 'Hugo de Zela', { text: 'de Zela', contexts: ['Hugo de Zela'] }),
  person('bashar-al-assad', 'Bashar al-Assad', 'Bashar al-Assad', { text: 'al-Assad', contexts: ['Bashar al-Assad'] }),
  person('ursula-von-der-leyen', 'Ursula von der Leyen', 'Ursula von der Leyen', { text: 'von der Leyen', contexts: ['Ursula von der Leyen'] }),
  person('alexander-de-croo', 'Alexander De Croo', 'Alexander De Croo', { text: 'De Croo', contexts: ['Alexander De Croo'] }),
  // "Al" is a given name here, not a particle.
  person('al-gore', 'Al Gore', 'Al Gore'),
];

const matcher = new Matcher([compileGlossary('test', GLOSSARY)]);
const marks = (text: string): string[] => matcher.findMentions(text, { density: 'all' }).map((m) => `${text.slice(m.start, m.end)}=${m.entryId}`);

describe('isParticleSurname', () => {
  it('is a surname after name particles', () => {
    expect(['de zela', 'al assad', 'von der leyen', 'bin salman', 'de la fuente'].map(isParticleSurname)).toEqual([true, true, true, true, true]);
  });
  it('is not a name of two names, nor a particle alone', () => {
    expect(['hugo de zela', 'salva kiir', 'de', 'de la'].map(isParticleSurname)).toEqual([false, false, false, false]);
  });
});

describe('a particle surname after another given name', () => {
  it.each([
    ['Hugo de Zela spoke. Gerhild de Zela said nothing.', ['Hugo de Zela=hugo-de-zela']],
    ['Bashar al-Assad fled. Gerhild al-Assad stayed.', ['Bashar al-Assad=bashar-al-assad']],
    ['Ursula von der Leyen spoke. Gerhild von der Leyen did not.', ['Ursula von der Leyen=ursula-von-der-leyen']],
    ['Alexander De Croo spoke. Gerhild De Croo did not.', ['Alexander De Croo=alexander-de-croo']],
    // Mid-sentence, a capitalised word before it was already another given name.
    ['El canciller Hugo de Zela honró a Francisco Antonio de Zela en Tacna.', ['Hugo de Zela=hugo-de-zela']],
  ])('at a sentence\'s start, a word no sentence opens with is another given name: %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each([
    ['Hugo de Zela spoke. Then de Zela left. Later de Zela returned.', ['Hugo de Zela=hugo-de-zela', 'de Zela=hugo-de-zela', 'de Zela=hugo-de-zela']],
    ['Bashar al-Assad fled. Embattled al-Assad left. President al-Assad.', ['Bashar al-Assad=bashar-al-assad', 'al-Assad=bashar-al-assad', 'al-Assad=bashar-al-assad']],
    ['Ursula von der Leyen spoke. Selon von der Leyen, non.', ['Ursula von der Leyen=ursula-von-der-leyen', 'von der Leyen=ursula-von-der-leyen']],
    // A full name whose first word is a given name keeps the full-name gate only.
    ['Candidate Al Gore spoke.', ['Al Gore=al-gore']],
  ])('is still the person after an opener, an adjective or a title: %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
