/**
 * Makes data/places-common-words.json: the candidate place names that are
 * also words, found in the word lists Debian ships (wamerican, wfrench,
 * wspanish, wngerman, witalian, wportuguese under /usr/share/dict). The
 * generator reads the result, so it does not depend on those packages; run
 * `npm run glossary:generate -- --refresh-words` after changing the selection.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COMMON_WORDS_FILE } from './places-names.ts';

export const DICTIONARY_DIR = '/usr/share/dict';
const ENGLISH = 'american-english';
/**
 * Reviewed by hand: English words so rare, or so rarely capitalised, that the
 * capitalised name in news text is the place ("Shanghai", not "to shanghai").
 */
const RARE_IN_ENGLISH = ['Astrakhan', 'Bologna', 'Muscat', 'Natal', 'Perm', 'Shanghai', 'Tangier'];
/**
 * Reviewed by hand: words of another language that, written with a capital
 * as a name, are first of all the place ("Lagos", "Lima", "Caracas"). Names
 * the lists give but that are risky as capitalised words (given names,
 * "Victoria", "Salvador"; nouns, "Fortaleza", "Essen") stay gated harder.
 */
const PLACE_FIRST = [
  'Abobo', 'Agra', 'Assam', 'Asunción', 'Babil', 'Bali', 'Barcelona', 'Batam', 'Beira', 'Boston', 'Bristol', 'California', 'Callao',
  'Campinas', 'Caracas', 'Ceará', 'Colombo', 'Dallas', 'Florida', 'Fresno', 'Giza', 'Guayaquil', 'Guayas', 'Indiana', 'Klang', 'Lagos',
  'Lima', 'Logar', 'Madurai', 'Manila', 'Maryland', 'Montana', 'Monterrey', 'Málaga', 'Nippes', 'Pernambuco', 'Portland', 'Praia', 'Pretoria',
  'Puebla', 'Pune', 'Quito', 'Rabat', 'Recife', 'Roseau', 'Sevilla', 'Torreón', 'Tripoli',
];
const OTHER_LANGUAGES = ['french', 'spanish', 'ngerman', 'italian', 'portuguese'];

function readWords(name: string): Set<string> {
  const file = path.join(DICTIONARY_DIR, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: apt-get install wamerican wfrench wspanish wngerman witalian wportuguese`);
  return new Set(readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean));
}

/**
 * A name is a word when its lower-case form is in a list as a lower-case
 * word (the lists also hold proper names, capitalised: those are not words).
 * Names a reviewer judged rare as English words (`RARE_IN_ENGLISH`) are kept
 * apart: they are marked like any other name.
 */
export function writeCommonWords(candidates: Iterable<string>, file = COMMON_WORDS_FILE): { english: number; otherLanguages: number } {
  const english = readWords(ENGLISH);
  const others = OTHER_LANGUAGES.map(readWords);
  const englishHits = new Set<string>();
  const otherHits = new Set<string>();
  for (const name of candidates) {
    const lower = name.toLowerCase();
    if (english.has(lower)) englishHits.add(name);
    else if (others.some((words) => words.has(lower))) otherHits.add(name);
  }
  const sorted = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b, 'en'));
  const data = {
    note: 'Candidate place names that are also words (made by scripts/glossary/places-word-list.ts from Debian word lists, then reviewed).',
    english: sorted(englishHits).filter((name) => !RARE_IN_ENGLISH.includes(name)),
    rareInEnglish: sorted(englishHits).filter((name) => RARE_IN_ENGLISH.includes(name)),
    otherLanguages: sorted(otherHits).filter((name) => !PLACE_FIRST.includes(name)),
    placeFirst: sorted(otherHits).filter((name) => PLACE_FIRST.includes(name)),
  };
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return { english: englishHits.size, otherLanguages: otherHits.size };
}
