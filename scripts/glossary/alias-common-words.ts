/**
 * The hand-written glossary's one-word aliases that are common words of a
 * language the news is written in (issue 16): Indonesian "kukis" (cookies)
 * for the Kuki people, Portuguese "recife" (reef) and "chega" (enough),
 * Spanish "sumar" (to add) and "podemos" (we can), Swedish "medan" (while).
 * The place generator checks its names the same way (places-frequent-words.ts);
 * this reads the hand-written files, where a one-word alias relies on case
 * alone unless it carries a gate.
 *
 * The lists are Hermit Dave's FrequencyWords (github.com/hermitdave/FrequencyWords
 * at commit 525f9b5, content/2018, word frequencies of OpenSubtitles 2018;
 * code MIT, lists CC BY-SA 4.0), the 50,000-word lists of twelve news
 * languages. Only the hits are committed (data/alias-common-words.json), each
 * with a reviewer's verdict; the test reads that file, not the lists.
 *
 * One word: an alias with no white space in it. A hyphenated alias counts as
 * one word and is looked up whole ("kuki-chin" folds to "kuki chin", and so
 * does the list's "benar-benar"): the matcher reads a dash as a space, so the
 * alias marks only the two words together, never one part alone. A Russian
 * alias is looked up with the case forms the compiler adds to it ("Кубы").
 *
 *   npx tsx scripts/glossary/alias-common-words.ts DIR            (DIR: FrequencyWords' content/2018) writes the data file, keeping its verdicts
 *   npx tsx scripts/glossary/alias-common-words.ts DIR --measure  prints how many aliases each rank threshold finds
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AliasSpec, Entry } from '../../src/core/glossary/schema.ts';
import { validateGlossaryFile } from '../../src/core/glossary/validate.ts';
import { normalisePhrase } from '../../src/core/text/normalise.ts';
import { russianForms } from '../../src/core/text/russian-forms.ts';
import { GLOSSARY_DIR, glossaryFileNames } from '../lib/glossary-files.ts';
import { frequencyListLines, type FrequencyLists } from './places-frequent-words.ts';

export const ALIAS_COMMON_WORDS_FILE = path.join(import.meta.dirname, 'data/alias-common-words.json');
/** The news languages whose lists are read. */
export const LANGUAGES = ['en', 'fr', 'es', 'pt', 'de', 'it', 'ru', 'ar', 'id', 'tr', 'nl', 'sv'] as const;
/** Among a language's this many most frequent words, a word is common (chosen by measurement: see docs/glossary-gates.md). */
export const COMMON_RANK = 20_000;


const fold = (text: string): string => normalisePhrase(text).folded;
const textOf = (spec: AliasSpec): string => (typeof spec === 'string' ? spec : spec.text);

/** Each language's list, folded word to its best rank (1 = most frequent), from FrequencyWords' layout `<dir>/<lang>/<lang>_50k.txt`. */
export function readFrequencyLists(dir: string): FrequencyLists {
  const lists = new Map<string, Map<string, number>>();
  for (const language of LANGUAGES) {
    const ranks = new Map<string, number>();
    frequencyListLines(dir, language).forEach((line, index) => {
        const word = fold(line.split(' ')[0] ?? '');
        if (word && !ranks.has(word)) ranks.set(word, index + 1);
      });
    lists.set(language, ranks);
  }
  return lists;
}

/**
 * The gate an alias carries against reading it as a word, when the rule can
 * tell by itself: contexts (its own or its related entries'), notContexts
 * (a reviewer's words of the other reading: "Thanksgiving" for "Turkey"),
 * the given-name gate, or capitals (an acronym matches only as written, and the matcher does
 * not read it among words set in capitals). A capitalised word is not gated
 * by this rule: it still matches at a sentence's start, and German writes
 * every noun so; the reviewer's verdict says whether that is safe.
 */
export function automaticGate(spec: AliasSpec): string | undefined {
  if (typeof spec === 'string') return capitals(spec) ? 'capitals' : undefined;
  if (spec.contexts) return 'contexts';
  if (spec.relatedContexts) return 'relatedContexts';
  if (spec.notContexts) return 'notContexts';
  if (spec.givenName) return 'givenName';
  return spec.case !== 'insensitive' && capitals(spec.text) ? 'capitals' : undefined;
}

const capitals = (text: string): boolean => (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && text === text.toLocaleUpperCase('en');

export interface AliasWord {
  readonly file: string;
  readonly entry: string;
  readonly alias: string;
  /** The form looked up: the alias, or one of the case forms the compiler adds to a Russian alias. */
  readonly form: string;
  readonly spec: AliasSpec;
}

/** Every one-word alias of the hand-written files, with the Russian case forms the compiler adds. */
export function oneWordAliases(dir = GLOSSARY_DIR): AliasWord[] {
  const words: AliasWord[] = [];
  for (const file of glossaryFileNames(dir).filter((name) => !name.startsWith('generated-'))) {
    const { entries } = validateGlossaryFile(file, JSON.parse(readFileSync(path.join(dir, file), 'utf8'))) as { entries: readonly Entry[] };
    for (const entry of entries) {
      for (const spec of entry.aliases) {
        const alias = textOf(spec).trim();
        if (/\s/u.test(alias)) continue;
        for (const form of [alias, ...russianForms(alias, entry.kind === 'person')]) words.push({ file, entry: entry.id, alias, form, spec });
      }
    }
  }
  return words;
}

export interface Hit {
  readonly alias: string;
  readonly entry: string;
  readonly file: string;
  /** Set when the common word is a case form the compiler adds, not the alias as written. */
  readonly form?: string;
  /** The languages in which it is a common word, with its rank there. */
  readonly languages: Readonly<Record<string, number>>;
}

/** The rank given to a word a list does not hold (the lists hold 50,000). */
const ABSENT_RANK = 100_000;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * For each entry and list, the best rank there of the entry's one-word names
 * and which name it is: how often subtitles name the thing in that language.
 */
function nameRanks(words: readonly AliasWord[], lists: FrequencyLists): Map<string, Map<string, { rank: number; name: string }>> {
  const ranks = new Map<string, Map<string, { rank: number; name: string }>>();
  for (const word of words) {
    const entry = ranks.get(word.entry) ?? new Map<string, { rank: number; name: string }>();
    ranks.set(word.entry, entry);
    const name = fold(word.form);
    for (const [language, list] of lists) {
      const rank = list.get(name) ?? ABSENT_RANK;
      if (rank < (entry.get(language)?.rank ?? ABSENT_RANK)) entry.set(language, { rank, name });
    }
  }
  return ranks;
}

export interface Threshold {
  /** Among a language's this many most frequent words, a word is common. */
  readonly rank: number;
  /** ...ranked this many times better than the same word in the median of the other lists (names are in every list)... */
  readonly wordRatio: number;
  /** ...and this many times better than the thing's other names where the other lists hold one ("Alemania" ranks as "Germany" does). */
  readonly nameRatio: number;
}

export const THRESHOLD: Threshold = { rank: COMMON_RANK, wordRatio: 8, nameRatio: 2 };

/**
 * The ungated one-word aliases that are common words: among a language's
 * most frequent words, and far more frequent there than elsewhere, since
 * subtitles name places, people and firms too ("Paris", "London", "NASA"
 * rank well in every list; "seul", French "alone", which "Seúl" folds to,
 * ranks 215 in French and nowhere else, where Seoul's names rank in the
 * thousands).
 */
export function commonWordHits(words: readonly AliasWord[], lists: FrequencyLists, threshold: Threshold = THRESHOLD): Hit[] {
  const reference = nameRanks(words, lists);
  const hits = new Map<string, Hit>();
  for (const word of words) {
    if (automaticGate(word.spec)) continue;
    const folded = fold(word.form);
    const names = reference.get(word.entry)!;
    const languages: Record<string, number> = {};
    for (const [language, list] of lists) {
      const rank = list.get(folded);
      if (rank === undefined || rank > threshold.rank) continue;
      const others = [...lists].filter(([other]) => other !== language);
      const sameWord = median(others.map(([, otherList]) => otherList.get(folded) ?? ABSENT_RANK));
      const otherNames = others.map(([other]) => names.get(other)).filter((best) => best && best.rank < ABSENT_RANK && best.name !== folded).map((best) => best!.rank);
      const thing = otherNames.length > 0 ? median(otherNames) : ABSENT_RANK;
      if (rank * threshold.wordRatio <= sameWord && rank * threshold.nameRatio <= thing) languages[language] = rank;
    }
    const key = `${word.entry}\u0000${word.alias}`;
    const found = hits.get(key);
    if (Object.keys(languages).length === 0) continue;
    if (found) Object.assign(found.languages, languages);
    else hits.set(key, { alias: word.alias, entry: word.entry, file: word.file, ...(word.form !== word.alias && { form: word.form }), languages });
  }
  return [...hits.values()].sort((a, b) => a.alias.localeCompare(b.alias, 'en') || a.entry.localeCompare(b.entry, 'en'));
}

/** A hit as committed, with the reviewer's verdict: "gated" (a gate was added or was already there), or "safe: <why>". */
export interface ReviewedHit extends Hit {
  readonly verdict?: string;
}

export interface AliasCommonWordsData {
  readonly note: string;
  readonly threshold: Threshold;
  readonly hits: readonly ReviewedHit[];
}

export const isVerdict = (verdict: string | undefined): boolean => verdict === 'gated' || /^safe: \S/u.test(verdict ?? '');

export function readAliasCommonWords(file = ALIAS_COMMON_WORDS_FILE): AliasCommonWordsData {
  return JSON.parse(readFileSync(file, 'utf8')) as AliasCommonWordsData;
}

/** Writes the hits, keeping the verdicts already given and the earlier hits that were gated since. */
export function writeAliasCommonWords(dir: string, file = ALIAS_COMMON_WORDS_FILE): ReviewedHit[] {
  const before = existsSync(file) ? readAliasCommonWords(file).hits : [];
  const key = (hit: Hit): string => `${hit.entry}\u0000${hit.alias}`;
  const verdicts = new Map(before.map((hit) => [key(hit), hit.verdict]));
  const found = commonWordHits(oneWordAliases(), readFrequencyLists(dir));
  const current = new Set(found.map(key));
  const hits: ReviewedHit[] = [
    ...found.map((hit) => {
      const verdict = verdicts.get(key(hit));
      return verdict ? { ...hit, verdict } : hit;
    }),
    ...before.filter((hit) => !current.has(key(hit)) && hit.verdict === 'gated'),
  ].sort((a, b) => a.alias.localeCompare(b.alias, 'en') || a.entry.localeCompare(b.entry, 'en'));
  const data: AliasCommonWordsData = {
    note: 'One-word aliases of the hand-written glossary that are common words of a news language, by frequency, with the rank in each (1 = most frequent) and a reviewer\'s verdict. Made by scripts/glossary/alias-common-words.ts from FrequencyWords by Hermit Dave (github.com/hermitdave/FrequencyWords, commit 525f9b5, content/2018, OpenSubtitles 2018; lists CC BY-SA 4.0): the 50,000-word lists of en, fr, es, pt, de, it, ru, ar, id, tr, nl, sv, words folded as the matcher folds them. A hit is an alias (or a Russian case form the compiler adds) with no gate the rule can see (contexts, relatedContexts, notContexts, givenName, an acronym in capitals) that ranks within the threshold in a language, 8 times better than the same word in the median of the other lists and twice as good as the entry\'s other names where the other lists hold one. Only the hits are kept; no list is redistributed. Verdicts: "gated" (a gate was added or an exclusion already covers the word), or "safe: <why>".',
    threshold: THRESHOLD,
    hits,
  };
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return hits;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, option] = process.argv.slice(2);
  if (!dir) throw new Error('usage: npx tsx scripts/glossary/alias-common-words.ts DIR [--measure]');
  if (option === '--measure') {
    const lists = readFrequencyLists(dir);
    const words = oneWordAliases();
    for (const [wordRatio, nameRatio] of [[1, 1], [8, 1], [8, 2], [8, 4]] as const) {
      for (const rank of [1_000, 2_000, 5_000, 10_000, 20_000, 50_000]) {
        const hits = commonWordHits(words, lists, { rank, wordRatio, nameRatio });
        const perLanguage = LANGUAGES.map((language) => `${language} ${hits.filter((hit) => hit.languages[language]).length}`).join(', ');
        console.log(`rank ${rank}, ratios ${wordRatio} and ${nameRatio}: ${hits.length} aliases (${perLanguage})`);
      }
    }
  } else {
    const hits = writeAliasCommonWords(dir);
    console.log(`${hits.length} hits, ${hits.filter((hit) => !isVerdict(hit.verdict)).length} without a verdict: ${path.relative(process.cwd(), ALIAS_COMMON_WORDS_FILE)}`);
  }
}
