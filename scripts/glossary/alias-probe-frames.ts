/**
 * The sentences the alias probe writes: one frame per kind of wrong-thing
 * mention the reviews found (another person with the same name, a name inside
 * a longer name, a word in ordinary use). Each frame puts the alias where it
 * names something else and, if the alias has a gate, satisfies the gate in
 * the same sentence: a gate that a wrong mention can meet is no gate.
 */
import type { AliasSpec, Entry } from '../../src/core/glossary/schema.ts';

export interface AliasProbe {
  readonly alias: string;
  readonly frame: string;
  readonly sentence: string;
  /** Where the alias starts in the sentence: only a mark there counts. */
  readonly at: number;
}

/** A given name that no list of the name gates holds, as a relative's or namesake's would be. */
const OTHER_GIVEN_NAME = 'Thiik';

/** What the frames need to know of words beyond the alias itself. */
export interface ProbeWords {
  /** Words that name people (given names, surnames of the glossary's people): a name another person may carry. */
  readonly personLike: (word: string) => boolean;
  /** Ordinary words of English, in lower case. */
  readonly ordinary: (word: string) => boolean;
}

interface Frame {
  readonly name: string;
  readonly applies: (entry: Entry, text: string, words: ProbeWords) => boolean;
  /** The sentence, with `{A}` for the alias and `{C}` for a word that meets its gate. */
  readonly template: string;
  readonly transform?: (text: string) => string;
}

const startsCapitalised = (text: string): boolean => /^\p{Lu}/u.test(text);
const isLatin = (text: string): boolean => /^[\p{Script=Latin}\p{M}\d\s.'’-]+$/u.test(text);
const isOneWord = (text: string): boolean => !/\s/u.test(text);
const isPerson = (entry: Entry): boolean => entry.kind === 'person';
const isAcronym = (text: string): boolean => /^[\p{Lu}\d&.-]+$/u.test(text);

/** A person's alias, or another thing's one-word name that people also carry ("Saab", "Jordan"). */
const couldBePersonsName = (entry: Entry, text: string, words: ProbeWords): boolean =>
  isLatin(text) && (isPerson(entry) || (isOneWord(text) && !isAcronym(text) && words.personLike(text)));

const FRAMES: readonly Frame[] = [
  {
    name: 'another given name, mid-sentence',
    applies: (entry, text, words) =>
      couldBePersonsName(entry, text, words) && (startsCapitalised(text) || /^(?:de|del|da|van|von|bin|al|el|le|la|di)\b/u.test(text)),
    template: `On Tuesday, ${OTHER_GIVEN_NAME} {A} said in {C} that the talks would resume.`,
  },
  {
    name: 'another given name, sentence start',
    applies: (entry, text, words) => couldBePersonsName(entry, text, words) && startsCapitalised(text),
    template: `${OTHER_GIVEN_NAME} {A} said in {C} on Tuesday that the talks would resume.`,
  },
  {
    name: 'honorific before a non-person name',
    applies: (entry, text, words) => !isPerson(entry) && couldBePersonsName(entry, text, words),
    template: 'Mr {A} said in {C} on Tuesday that the talks would resume.',
  },
  {
    name: 'a street named after a place',
    applies: (entry, text) => (entry.kind === 'place' || entry.kind === 'country') && isLatin(text) && isOneWord(text) && !isAcronym(text),
    template: 'The march reached {A} Street in {C} on Tuesday.',
  },
  {
    name: 'ordinary words in lower case',
    applies: (_, text, words) =>
      isLatin(text) && text !== text.toLowerCase() && !isAcronym(text) && text.toLowerCase().split(/[\s-]+/u).every(words.ordinary),
    template: 'They said {A} would change little in {C} this year.',
    transform: (text) => text.toLowerCase(),
  },
];

const aliasText = (alias: AliasSpec): string => (typeof alias === 'string' ? alias : alias.text);

/**
 * A word that meets the alias's gate: its first context, or the label of its
 * first related entry when the gate comes from the entry's place. "the
 * capital" where it has no gate (a word that names nothing).
 */
export function gateWord(entry: Entry, alias: AliasSpec, labelOf: (id: string) => string | undefined): string {
  if (typeof alias === 'string') return 'the capital';
  if (alias.contexts?.[0]) return alias.contexts[0];
  if (alias.relatedContexts) {
    for (const id of entry.related ?? []) {
      const label = labelOf(id);
      if (label) return label;
    }
  }
  return 'the capital';
}

export function aliasProbes(
  entry: Entry,
  alias: AliasSpec,
  labelOf: (id: string) => string | undefined,
  words: ProbeWords,
): AliasProbe[] {
  const text = aliasText(alias);
  const context = gateWord(entry, alias, labelOf);
  return FRAMES.filter((frame) => frame.applies(entry, text, words)).map((frame) => {
    const written = frame.transform ? frame.transform(text) : text;
    const at = frame.template.indexOf('{A}');
    const sentence = frame.template.replace('{A}', written).replace('{C}', context);
    return { alias: text, frame: frame.name, sentence, at };
  });
}
