/**
 * The candidate place names that are also Swedish words (review 12: "Medan",
 * Swedish "medan", while, opens a sentence with a capital). Swedish is a corpus
 * language, but neither the Debian word lists (places-word-list.ts) nor the
 * copy of stopwords-iso (data/stopwords-iso.json) has it. Only the matching
 * names are kept, in data/places-swedish-words.json, so no word list is
 * redistributed and the generator needs neither package:
 *
 *   npm pack dictionary-sv@4.0.0 stopwords-iso@1.1.0   (in a scratch folder; not project dependencies)
 *   npx tsx scripts/glossary/places-swedish-words.ts <dictionary-sv>/index.dic <stopwords-iso>/stopwords-iso.json
 *
 * A word counts when the dictionary lists it in lower case (a common word, not
 * a proper noun such as its "Manila" or "Osaka") or stopwords-iso lists it
 * among the Swedish stop words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { foldName } from './places-names.ts';
import { selectPlaces } from './places-select.ts';
import { loadPlaceDatasets } from './places-sources.ts';

export const SWEDISH_WORDS_FILE = path.resolve(import.meta.dirname, 'data/places-swedish-words.json');

/** The lower-case stems of a hunspell dictionary (the word before its affix flags), folded. */
export function hunspellLowerCaseWords(dic: string): Set<string> {
  const words = new Set<string>();
  for (const line of dic.split('\n').slice(1)) {
    const stem = line.split('/')[0]?.trim() ?? '';
    if (stem && stem === stem.toLowerCase() && /\p{L}/u.test(stem)) words.add(foldName(stem));
  }
  return words;
}

/** The names, as written, whose folded form is one of the words. */
export const namesThatAreWords = (names: readonly string[], words: ReadonlySet<string>): string[] =>
  [...new Set(names.filter((name) => words.has(foldName(name))))].sort((a, b) => a.localeCompare(b, 'sv'));

function main(dicFile: string, stopwordsFile: string): void {
  const words = hunspellLowerCaseWords(readFileSync(dicFile, 'utf8'));
  const stop = (JSON.parse(readFileSync(stopwordsFile, 'utf8')) as Record<string, string[]>)['sv'] ?? [];
  for (const word of stop) words.add(foldName(word));
  const selection = selectPlaces(loadPlaceDatasets());
  const names = [...selection.towns.flatMap((town) => [town.city.name, ...(town.currentName ? [town.currentName] : [])]), ...selection.divisions.map((d) => d.division.name)];
  const hits = namesThatAreWords(names, words);
  const note = 'Candidate place names that are lower-case Swedish words: made by scripts/glossary/places-swedish-words.ts from dictionary-sv 4.0.0 (LGPL-3.0) and the Swedish stop words of stopwords-iso 1.1.0 (MIT); only the matching names are kept.';
  writeFileSync(SWEDISH_WORDS_FILE, `${JSON.stringify({ note, words: hits }, null, 2)}\n`);
  console.log(`${hits.length} of ${names.length} names are Swedish words: ${hits.join(', ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dicFile, stopwordsFile] = process.argv.slice(2);
  if (!dicFile || !stopwordsFile) throw new Error('usage: places-swedish-words.ts <index.dic> <stopwords-iso.json>');
  main(dicFile, stopwordsFile);
}
