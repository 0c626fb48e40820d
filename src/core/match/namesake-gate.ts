/**
 * The namesake gate (docs/given-name-gate.md, "Kinds closed after review 7"):
 * a one-word name of an organisation, a group, a brand or any other thing that
 * is not a person or a place is often a surname or a given name too: Saab
 * (Alex Saab, Tarek William Saab), Leonardo, Rafael, Wagner, Karen. Right
 * after a person's given name or title it is the person's name, not the
 * thing's: "Alex Saab's defense lawyers", "Mr. Saab", "General Wagner".
 *
 * The word before the name is read in the page's own text, after exactly one
 * space (a title may end in a full stop: "Mr. Saab", "Gen. Wagner").
 */
import { isNamePrefix, isWordBeforeAnyName, type BlockCase } from './inside-name.ts';
import { NAME_TITLES } from './name-gates.ts';
import { foldWord, isLower, isUpper, letterWordBefore } from '../text/word-shape.ts';

/**
 * Titles that put a person's name after them. Words that stand before a title
 * or inside an office's name rather than before a name ("Former", "Acting",
 * "Deputy", "Supreme", "Grand", "Crown", "Prime") are left out: "the Supreme
 * Leader", "Grand Mosque", "Crown Prosecution" say nothing of the word after.
 */
const PERSON_TITLES: ReadonlySet<string> = new Set(
  [...NAME_TITLES].filter(
    (title) => !['then', 'former', 'late', 'ex', 'acting', 'interim', 'vice', 'prime', 'deputy', 'chief', 'supreme', 'grand', 'crown', 'field', 'chair', 'head', 'leader', 'justice', 'attorney', 'count'].includes(title),
  ),
);

/** Titles written only abbreviated, with a full stop: French "M. Saab", "Mme. Saab", Spanish "Sr. Saab". */
const ABBREVIATED_TITLES: ReadonlySet<string> = new Set(['m', 'mm', 'mme', 'mlle', 'sr', 'sra', 'srta', 'hr']);

/**
 * Endings of English adjectives of nationality, faith and belief, and of other
 * adjectives: "the Lebanese Hezbollah", "the Afghan Taliban", "Israeli
 * Mossad", "the Yemeni Houthis", "Swiss Nestlé", "French Total", "the
 * Islamist Hamas", "the Shiite Hezbollah" describe the thing; they are not
 * given names (a given name with such an ending that the lists hold is read
 * as one before this, and one they do not hold is let through: the gate
 * would rather keep a mark than drop a right one).
 */
const DESCRIBING_ENDING = /(?:an|en|er|ese|sh|kh|i|ic|ik|ch|ss|ek|ot|que|ed|ing|ive|ous|ful|al|ist|ite)$/u;

/** Faiths and peoples written before a group's name that the endings miss: "the Shia Hezbollah", "the Sunni Hamas", "Arab", "Kurd". */
const DESCRIBING_WORDS: ReadonlySet<string> = new Set(['shia', 'sunni', 'arab', 'kurd', 'druze', 'muslim', 'christian', 'orthodox', 'protestant', 'maori', 'hindu', 'sikh', 'buddhist']);

/** The word before a span, as written in the page. */
export interface WrittenWordBefore {
  /** Folded: small letters, no marks. */
  readonly folded: string;
  /** Ends in a full stop, as an abbreviated title does ("Mr.", "Gen."). */
  readonly abbreviated: boolean;
  /** After a letter, a digit or a comma and one space: not a sentence's first word. */
  readonly midSentence: boolean;
}

/**
 * The capitalised word right before `start` in `text`, after one space (and a
 * full stop, for an abbreviation), written with a capital and then small
 * letters. Undefined for anything else: a possessive ("Israel's Hezbollah"),
 * a hyphenated word ("Iran-backed Houthis"), capitals ("US"), punctuation.
 */
export function writtenWordBefore(text: string, start: number): WrittenWordBefore | undefined {
  const before = letterWordBefore(text, start);
  if (!before) return undefined;
  const { at, end, abbreviated } = before;
  if (!isUpper(text[at]) || (end - at > 1 && !isLower(text[at + 1]))) return undefined;
  if (at > 0 && /[-'’\p{N}]/u.test(text[at - 1]!)) return undefined;
  const midSentence = (text[at - 1] === ' ' || text[at - 1] === '\u00a0') && /[\p{L}\p{M}\p{N},]/u.test(text[at - 2] ?? '');
  return { folded: foldWord(text.slice(at, end)), abbreviated, midSentence };
}

/** What the gate knows of names: the lists the name gates read. */
export interface NamesakeNames {
  readonly isGivenName: (folded: string) => boolean;
  /** One-word names of the glossary's places ("Israel" is a given name too: "Israel Hezbollah" stays). */
  readonly isPlace: (folded: string) => boolean;
  /** The words of the thing's own names ("Islamic" of "Palestinian Islamic Jihad" before "Jihad"). */
  readonly own: () => ReadonlySet<string>;
  /** One-word names of other things in the glossary ("told Reuters Hamas …"). */
  readonly isThing: (folded: string) => boolean;
}

/**
 * Does the word before a thing's one-word name make a person's name of it? A
 * title or a given name does, in any block; mid-sentence in running text, so
 * does any other capitalised word that is not a place, an office's word, a
 * direction, a date, a describing adjective or another thing's name.
 */
export function personsNameBefore(before: WrittenWordBefore | undefined, names: NamesakeNames, block: BlockCase): boolean {
  if (!before) return false;
  const word = before.folded;
  if (PERSON_TITLES.has(word) || (before.abbreviated && ABBREVIATED_TITLES.has(word))) return true;
  if (before.abbreviated || names.isPlace(word) || names.own().has(word)) return false;
  if (names.isGivenName(word)) return true;
  if (!before.midSentence || block.headline() || block.nounCase()) return false;
  if (NAME_TITLES.has(word) || isNamePrefix(word) || isWordBeforeAnyName(word) || names.isThing(word)) return false;
  if (DESCRIBING_ENDING.test(word) || DESCRIBING_WORDS.has(word)) return false;
  return true;
}
