/**
 * Makes data/places-frequent-words.json: the candidate place names that are
 * common words of a language the news is written in, found in frequency
 * lists rather than spelling dictionaries. Debian's dictionaries
 * (places-word-list.ts) cover English, French, Spanish, German, Italian and
 * Portuguese but say nothing of how common a word is, and none covers
 * Indonesian, Malay, Dutch, Swedish or Turkish: "Medan" (Swedish "while",
 * Malay and Indonesian "field"), "Lima" (Indonesian and Malay "five"),
 * "Natal" (Portuguese and Indonesian "Christmas"), "Surat" (Indonesian
 * "letter"). Case does not tell them from the place at a sentence's start or
 * in a title, so such a name gets the strict gate (places-vet.ts).
 *
 * The lists are Hermit Dave's FrequencyWords (github.com/hermitdave/FrequencyWords,
 * content/2018, from OpenSubtitles 2018; code MIT, lists CC BY-SA 4.0). Only
 * the matching town and division names are kept here, as places-common-words.json
 * keeps only the matching names of the dictionaries (country names, written in
 * each language, are names there, not words). Subtitles name places too,
 * each language in its own spelling ("Rome" is French and Dutch), so a name
 * counts as a word of a language only where it is far more frequent there
 * than in the other lists; the names the rule still finds are reviewed below.
 *
 *   npm run glossary:generate -- --refresh-frequent-words DIR   (DIR: FrequencyWords' content/2018)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FREQUENT_WORDS_FILE, foldName } from './places-names.ts';

/** The languages whose lists are read; English is read only as a reference for how often subtitles name a place. */
export const FREQUENT_LANGUAGES = ['pt', 'id', 'ms', 'it', 'nl', 'sv', 'de', 'fr', 'es', 'tr'] as const;
const REFERENCE_LANGUAGES = [...FREQUENT_LANGUAGES, 'en'] as const;
/** Among a language's this many most frequent words, a word is common. */
export const COMMON_RANK = 10_000;
/** A name this many times better ranked in one language than the median of the others is a word of that language, not a name. */
export const WORD_RANK_RATIO = 8;
/** The rank given to a word a list does not hold (the lists hold 50,000). */
const ABSENT_RANK = 100_000;

/**
 * Reviewed: names the rule finds that are that language's spelling of a place, or a place its subtitles name often,
 * or a national capital whose word is lower-case and gated by its country anyway ("Dili", Turkish "its language";
 * "Praia", Portuguese "beach"): as a word of another language it would need a neighbouring town, and its country has none.
 */
export const NAMES_IN_LISTS = ['Baghdad', 'Chennai', 'Dili', 'England', 'Gujarat', 'Madinah', 'Moscow', 'Praia', 'Quito', 'Rome', 'Trieste'];
/**
 * Reviewed: words below the rule's line that news text uses often (rank in subtitles understates news words):
 * "Bursa" (Indonesian and Malay "stock exchange": "Bursa Malaysia"), "Oran" (Turkish "rate").
 */
export const WORDS_BELOW_LINE: Readonly<Record<string, readonly string[]>> = { Bursa: ['id', 'ms'], Oran: ['tr'] };

export type FrequencyLists = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** The lines ("word count") of one language's list in FrequencyWords' layout `<dir>/<lang>/<lang>_50k.txt`, most frequent first. */
export function frequencyListLines(dir: string, language: string): string[] {
  const file = path.join(dir, language, `${language}_50k.txt`);
  if (!existsSync(file)) throw new Error(`${file} is missing: pass FrequencyWords' content/2018 directory (github.com/hermitdave/FrequencyWords)`);
  return readFileSync(file, 'utf8').split('\n');
}

/** Each language's list, word to rank (1 = most frequent), from FrequencyWords' layout `<dir>/<lang>/<lang>_50k.txt`. */
export function readFrequencyLists(dir: string): FrequencyLists {
  const lists = new Map<string, Map<string, number>>();
  for (const language of REFERENCE_LANGUAGES) {
    const ranks = new Map<string, number>();
    for (const line of frequencyListLines(dir, language)) {
      const word = line.split(' ')[0];
      if (word && !ranks.has(word)) ranks.set(word, ranks.size + 1);
    }
    lists.set(language, ranks);
  }
  return lists;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The languages in which a one-word name is a common word by the rule (frequent there, and far more than in the other lists). */
export function wordLanguages(name: string, lists: FrequencyLists): string[] {
  if (/\s/u.test(name.trim())) return [];
  const word = name.toLocaleLowerCase('en');
  const rankIn = (language: string): number => lists.get(language)?.get(word) ?? lists.get(language)?.get(foldName(word)) ?? ABSENT_RANK;
  return FREQUENT_LANGUAGES.filter((language) => {
    const rank = rankIn(language);
    const others = REFERENCE_LANGUAGES.filter((other) => other !== language && lists.has(other)).map(rankIn);
    return rank <= COMMON_RANK && rank * WORD_RANK_RATIO <= median(others);
  });
}

/** The candidate names that are common words, each with its languages, reviewed names left out and reviewed words added. */
export function frequentWords(candidates: Iterable<string>, lists: FrequencyLists): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const name of new Set(candidates)) {
    if (NAMES_IN_LISTS.includes(name)) continue;
    const languages = WORDS_BELOW_LINE[name] ? [...WORDS_BELOW_LINE[name]] : wordLanguages(name, lists);
    if (languages.length > 0) found.set(name, languages);
  }
  return found;
}

export function writeFrequentWords(candidates: Iterable<string>, dir: string, file = FREQUENT_WORDS_FILE): number {
  const found = frequentWords(candidates, readFrequencyLists(dir));
  const words = Object.fromEntries([...found].sort(([a], [b]) => a.localeCompare(b, 'en')));
  const data = {
    note: 'Candidate place names that are common words of a news language, with the languages (made by scripts/glossary/places-frequent-words.ts from FrequencyWords, CC BY-SA 4.0, then reviewed).',
    words,
  };
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return found.size;
}
