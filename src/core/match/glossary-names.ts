/**
 * People's names read from a compiled glossary, for the name gates
 * (name-gates.ts): the given names its people carry, and the words of one
 * entry's own names. Both are read once, when a page first needs them.
 */
import { KINDS, type Kind } from '../glossary/kinds.ts';
import { NAME_WORDS, NAME_WORDS_SEPARATOR, type CompiledGlossary } from '../glossary/compiled.ts';
import { normalise, normalisePhrase } from '../text/normalise.ts';
import { NAME_TITLES } from './name-gates.ts';

const PERSON = KINDS.indexOf('person' satisfies Kind);
const PLACE_KINDS = new Set([KINDS.indexOf('country' satisfies Kind), KINDS.indexOf('place' satisfies Kind)]);

/**
 * Articles that open a by-name or a surname ("El Mayo Zambada", "Le Drian"):
 * no given name, or every "El Kremlin dijo", "Le Kremlin a démenti" at a
 * sentence's start would read as a person named after the thing.
 */
const ARTICLES: ReadonlySet<string> = new Set(['el', 'la', 'los', 'las', 'le', 'les', 'il', 'lo', 'gli', 'der', 'die', 'das', 'het']);

/**
 * The first word of each person's name of several words (label or alias) in
 * a script with capitals, less titles ("Sheikh", "King"): given names of every
 * language the glossary's people come from ("Kassym", "Nayib", "Volodymyr"),
 * which an English list lacks.
 */
export function peoplesGivenNames(glossary: CompiledGlossary): Set<string> {
  const stored = storedWords(glossary, NAME_WORDS.given);
  if (stored) return stored;
  const texts: string[] = [];
  for (let entry = 0; entry < glossary.entryKind.length; entry++) {
    if (glossary.entryKind[entry] === PERSON) texts.push(glossary.strings.at(glossary.entryLabel[entry]!)!);
  }
  for (let alias = 0; alias < glossary.aliasEntry.length; alias++) {
    if (glossary.entryKind[glossary.aliasEntry[alias]!] === PERSON) texts.push(glossary.strings.at(glossary.aliasText[alias]!)!);
  }
  // One normalisation of all the names, cut apart after: a just-started background runs this when a page
  // first needs it, and a call per name (several thousand) took 60-100 ms where one pass takes a few.
  const joined = normalise(texts.map((text) => text.replace(/\([^)]*\)/gu, ' ').replaceAll(NAME_SEPARATOR, ' ')).join(NAME_SEPARATOR));
  const casedNames = joined.cased.split(NAME_SEPARATOR);
  const foldedNames = joined.folded.split(NAME_SEPARATOR);
  const names = new Set<string>();
  casedNames.forEach((casedName, index) => {
    const words = foldedNames[index]!.trim().split(' ');
    const casedWords = casedName.trim().split(' ');
    const first = words.findIndex((word) => !NAME_TITLES.has(word.replace(/\.$/u, '')));
    if (first === -1 || first === words.length - 1 || ARTICLES.has(words[first]!)) return;
    if (/^\p{Lu}\p{Ll}+$/u.test(casedWords[first]!)) names.add(words[first]!);
  });
  return names;
}

/**
 * Every word of the glossary's people's names of several words, folded, less
 * titles ("liu", "xiaoming", "putin", "владимир"): a capitalised word after a
 * place's name that is one of these starts a person's name ("the ambassador
 * to Britain Liu Xiaoming"), not another name of the place.
 */
export function peoplesNameWords(glossary: CompiledGlossary): Set<string> {
  const stored = storedWords(glossary, NAME_WORDS.person);
  if (stored) return stored;
  const texts: string[] = [];
  for (let alias = 0; alias < glossary.aliasEntry.length; alias++) {
    if (glossary.entryKind[glossary.aliasEntry[alias]!] === PERSON) texts.push(glossary.strings.at(glossary.aliasText[alias]!)!);
  }
  const joined = normalise(texts.map((text) => text.replace(/\([^)]*\)/gu, ' ').replaceAll(NAME_SEPARATOR, ' ')).join(NAME_SEPARATOR));
  const words = new Set<string>();
  const casedNames = joined.cased.split(NAME_SEPARATOR);
  joined.folded.split(NAME_SEPARATOR).forEach((folded, index) => {
    const parts = folded.trim().split(' ');
    const casedParts = casedNames[index]!.trim().split(' ');
    if (parts.length < 2) return;
    parts.forEach((part, at) => {
      if (/^\p{Lu}\p{Ll}/u.test(casedParts[at] ?? '') && !NAME_TITLES.has(part)) words.add(part);
    });
  });
  return words;
}

/**
 * The one-word names of the glossary's states and places, folded ("britain",
 * "germany", "германии" as far as the glossary holds the form): a capitalised
 * word before a person's name that is one of these is no given name ("the
 * ambassador to Britain Liu Xiaoming").
 */
export const placeWords = (glossary: CompiledGlossary): Set<string> =>
  storedWords(glossary, NAME_WORDS.place) ?? oneWordNames(glossary, (kind) => PLACE_KINDS.has(kind));

/**
 * The one-word names, written with a capital, of the glossary's things that
 * are neither people nor places ("reuters", "hamas"): before another thing's
 * name they are no given name ("told Reuters Hamas would …").
 */
export const thingWords = (glossary: CompiledGlossary): Set<string> =>
  storedWords(glossary, NAME_WORDS.thing) ?? oneWordNames(glossary, (kind) => kind !== PERSON && !PLACE_KINDS.has(kind));

/** A list the build worked out and stored (compiled.ts, `nameWords`), or undefined if the glossary has none. */
function storedWords(glossary: CompiledGlossary, slot: number): Set<string> | undefined {
  const index = glossary.nameWords?.[slot];
  if (index === undefined) return undefined;
  const text = glossary.strings.at(index) ?? '';
  return new Set(text ? text.split(NAME_WORDS_SEPARATOR) : []);
}

/** The four lists, worked out from the glossary's names, as the build stores them (compile.ts). */
export function nameWordLists(glossary: CompiledGlossary): string[] {
  const lists = [peoplesGivenNames, peoplesNameWords, placeWords, thingWords].map((read) => [...read(glossary)].sort().join(NAME_WORDS_SEPARATOR));
  return [NAME_WORDS.given, NAME_WORDS.person, NAME_WORDS.place, NAME_WORDS.thing].map((slot) => lists[slot]!);
}

function oneWordNames(glossary: CompiledGlossary, isKind: (kind: number) => boolean): Set<string> {
  const texts: string[] = [];
  for (let alias = 0; alias < glossary.aliasEntry.length; alias++) {
    if (isKind(glossary.entryKind[glossary.aliasEntry[alias]!]!)) texts.push(glossary.strings.at(glossary.aliasText[alias]!)!);
  }
  const joined = normalise(texts.map((text) => text.replaceAll(NAME_SEPARATOR, ' ')).join(NAME_SEPARATOR));
  const casedNames = joined.cased.split(NAME_SEPARATOR);
  const words = new Set<string>();
  joined.folded.split(NAME_SEPARATOR).forEach((folded, index) => {
    const name = folded.trim();
    if (name && !name.includes(' ') && /^\p{Lu}/u.test(casedNames[index]!.trim())) words.add(name);
  });
  return words;
}

/** Between names in the one text normalised: a character no name holds, which normalisation keeps. */
const NAME_SEPARATOR = '\u0000';

/** The folded words of an entry's label and aliases: the names a person is known by ("Cindy", "McCain"). */
export function ownNameWords(glossary: CompiledGlossary, entry: number): Set<string> {
  const words = new Set<string>();
  const add = (text: string): void => {
    for (const word of normalisePhrase(text).folded.split(' ')) if (word) words.add(word);
  };
  add(glossary.strings.at(glossary.entryLabel[entry]!)!);
  // Aliases are stored entry by entry, in order: the entry's are one run of aliasEntry.
  const { aliasEntry } = glossary;
  let low = 0;
  let high = aliasEntry.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (aliasEntry[mid]! < entry) low = mid + 1;
    else high = mid;
  }
  for (let alias = low; alias < aliasEntry.length && aliasEntry[alias] === entry; alias++) add(glossary.strings.at(glossary.aliasText[alias]!)!);
  return words;
}
