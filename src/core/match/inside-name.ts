/**
 * A name inside another name (issue #16: "a name inside a longer name of
 * something else"; docs/given-name-gate.md, "Inside another name").
 *
 * - A place's one-word name written inside the name of something else: a ship
 *   ("USS Arizona"), a peer's title ("Lord Liverpool"), a street, a trophy or a
 *   club ("Liverpool Street", "Sheffield Shield", "Real Madrid"), a region
 *   named from it ("Gorno" aside, "Metro Manila").
 * - A surname after another person's given name, written mid-sentence
 *   ("His brother Aleksandr Sargsyan", "the actress Marie de Villepin").
 *
 * English and the other languages the glossary's cased aliases are in write a
 * capital mid-sentence only for a name, so a capitalised word right beside the
 * name, in running text, says the name is part of a longer one. Headlines set
 * in title case, and German (every noun capitalised), say nothing that way:
 * there only explicit prefixes and given names count.
 */
import { NAME_TITLES } from './name-gates.ts';
import { SENTENCE_OPENER_WORDS } from './sentence-openers-data.ts';
import { foldWord, isLetter, isUpper } from '../text/word-shape.ts';

const foldedSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldWord));

/**
 * Words that make another thing's name of a place's name written after them,
 * even at the start of a sentence or in a headline: ships' prefixes, titles of
 * people ("Lord Liverpool", "King Jordan"), and words that open the names of
 * other places, companies and clubs ("Lake Chad", "Port Sudan", "Air India",
 * "Real Madrid").
 */
const NAME_PREFIXES: ReadonlySet<string> = new Set([
  // "Then Ukraine launched…": words that stand before a title, not before a place.
  ...[...NAME_TITLES].filter((title) => !['then', 'former', 'late', 'ex'].includes(title)),
  ...foldedSet([
    'lake', 'mount', 'mt', 'port', 'fort', 'cape', 'camp', 'saint', 'st', 'ste', 'san', 'santa', 'santo', 'são', 'sao', 'new', 'little',
    'air', 'radio', 'hotel', 'club', 'team', 'bank', 'banco', 'banque', 'real', 'atletico', 'atlético', 'inter', 'dynamo', 'dinamo',
    'sporting', 'olympique', 'operation', 'battle', 'treaty', 'hurricane', 'typhoon', 'storm', 'cyclone', 'fc', 'afc', 'metro', 'gorno',
    'nagorno', 'nizhny', 'veliky', 'velikiy', 'novo', 'staro', 'ust',
    // Indonesian: the regency of the name, and its head ("Kabupaten Semarang", "Bupati Bandung"); "Kota" is the city itself.
    'kabupaten', 'bupati',
  ]),
]);

/** Does the word open another thing's name ("Operation", "Hurricane", "Lake", "Air"), or is it a title? */
export const isNamePrefix = (folded: string): boolean => NAME_PREFIXES.has(folded);

/** Ships' and clubs' prefixes, written in capitals ("USS Arizona", "FC Barcelona"); "Its" at a sentence's start is not one. */
const SHIP_PREFIXES: ReadonlySet<string> = foldedSet([
  'fc', 'ac', 'afc', 'sc', 'cf', 'fk', 'sk', 'uss', 'usns', 'hms', 'hmas', 'hmcs', 'hmnzs', 'ins', 'pns', 'rfs', 'ara', 'tcg', 'kri', 'brp', 'fs', 'its', 'sas', 'mv', 'ss', 'rv',
]);

/** Capitals after a place's name that make a club's or a company's name of it ("Odisha FC", "Aleppo SC"). */
const NAME_SUFFIX_CAPITALS: ReadonlySet<string> = foldedSet(['fc', 'afc', 'sc', 'cf', 'cfc', 'fk', 'sk', 'bc', 'hc', 'ac', 'plc', 'llc', 'ag', 'sa']);

/**
 * Is the word after a span, after one space, a word of capitals that makes a
 * club's or a company's name of it ("Odisha FC")? Read like the word before.
 */
export function nameSuffixAfter(original: string, text: { readonly cased: string; readonly folded: string }, end: number, originalEnd: number): boolean {
  const { cased, folded } = text;
  if (!(original[originalEnd] === ' ' || original[originalEnd] === '\u00a0') || cased[end] !== ' ') return false;
  let at = end + 1;
  while (isUpper(cased[at])) at++;
  return at - end - 1 >= 2 && !isLetter(cased[at]) && NAME_SUFFIX_CAPITALS.has(folded.slice(end + 1, at));
}

/**
 * Capitalised words that may stand before a place's name, mid-sentence,
 * without making another name of it: directions ("Eastern Ukraine"), and days
 * and months in the American style ("said Tuesday Ukraine would", "in March
 * Syria").
 */
const PLACE_MODIFIERS: ReadonlySet<string> = foldedSet([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'inner',
  'outer', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'far',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
  // Indonesian "city": "Kota Semarang" is the city itself.
  'kota',
]);

/** Days and months: they stand mid-sentence before a surname too ("said Tuesday Sargsyan would"). */
const DATE_WORDS: ReadonlySet<string> = foldedSet([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
]);

/**
 * Capitalised words that end the name of an office or a body, or say a party,
 * right before a person's name: "Secretary of State Marco Rubio", "Minister
 * of Foreign Affairs Penny Wong", "Democrat Adam Schiff". Not given names.
 */
const OFFICE_WORDS: ReadonlySet<string> = foldedSet([
  'state', 'defence', 'defense', 'affairs', 'interior', 'finance', 'justice', 'health', 'intelligence', 'staff', 'security', 'commerce',
  'treasury', 'education', 'energy', 'labor', 'labour', 'agriculture', 'transport', 'transportation', 'foreign', 'home', 'economy',
  'trade', 'development', 'environment', 'services', 'police', 'army', 'navy', 'forces', 'force', 'council', 'assembly', 'parliament',
  'senate', 'congress', 'house', 'court', 'party', 'committee', 'commission', 'commissioner', 'office', 'bureau', 'agency', 'department',
  'ministry', 'cabinet', 'government', 'administration', 'authority', 'nations', 'union', 'league', 'movement', 'front', 'chamber',
  'caucus', 'mission', 'command', 'corps', 'guard', 'operations', 'relations', 'representative', 'delegate', 'spokesman',
  'adviser', 'advisor', 'aide', 'counsel', 'counselor', 'counsellor', 'director', 'officer', 'administrator', 'coordinator',
  'negotiator', 'inspector', 'prosecutor', 'solicitor', 'sheriff', 'whip', 'head', 'strategist', 'czar', 'tsar', 'correspondent',
  'executive', 'chairperson', 'controller', 'magistrate', 'superintendent', 'consul', 'emissary', 'commandant', 'rapporteur',
  'spokeswoman', 'spokesperson', 'democrat', 'democrats', 'democratic', 'republican', 'republicans', 'conservative', 'conservatives',
  'tory', 'tories', 'liberal', 'liberals', 'socialist', 'socialists', 'communist', 'green', 'greens', 'independent', 'unionist', 'nobel',
]);

let sentenceOpeners: ReadonlySet<string> | undefined;
/**
 * English adjective endings: "Embattled Netanyahu", "Defiant Trump",
 * "Unpredictable Lahoud" open a sentence with a description, not a name.
 */
const ADJECTIVE_ENDING = /(?:able|ible|ous|ive|ful|less|ed|ing|ic|ant|ent|ary|ory|ish|ese)$/u;
/** Words that may open a sentence before a surname (sentence-openers-data.ts, read when first needed), and adjectives. */
const isSentenceOpener = (folded: string): boolean =>
  (sentenceOpeners ??= new Set(SENTENCE_OPENER_WORDS.split(' '))).has(folded) || (folded.length > 4 && ADJECTIVE_ENDING.test(folded));

/**
 * The commonest Chinese, Korean and Vietnamese surnames in Latin letters:
 * names written surname first start with one of them, so after a place's
 * name they start a person's name ("the ambassador to Britain Liu Xiaoming",
 * "North Korea Kim Jong Un"), not another name of the place.
 */
const SURNAMES_WRITTEN_FIRST: ReadonlySet<string> = foldedSet([
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'lin',
  'luo', 'gao', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan',
  'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'qin', 'fu', 'wen', 'xi',
  'kim', 'lee', 'park', 'choi', 'jung', 'chung', 'kang', 'cho', 'yoon', 'yun', 'jang', 'lim', 'shin', 'oh', 'seo', 'kwon', 'hwang', 'ahn',
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'phan', 'vu', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly', 'vo', 'dinh', 'trinh',
]);

/** Does a person's name written surname first start with this word? */
export const isSurnameWrittenFirst = (folded: string): boolean => SURNAMES_WRITTEN_FIRST.has(folded);

/** Particles inside a person's name: the given name stands before them ("Marie de Villepin", "Mahmoud el-Sisi"). */
const NAME_PARTICLES: ReadonlySet<string> = foldedSet([
  'de', 'da', 'di', 'do', 'du', 'dos', 'das', 'del', 'della', 'der', 'den', 'van', 'von', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'ben',
  'bint', 'abu', 'ould', 'ag', 'ad', 'as', 'ash', 'ar', 'at', 'az', 'an', 'ul',
]);

/**
 * Is an alias, folded, a surname written with its particles ("de zela", "von
 * der leyen", "al assad" of "al-Assad", "bin salman")? It stands for one
 * surname, so it is read like a one-word surname (docs/given-name-gate.md).
 */
export function isParticleSurname(folded: string): boolean {
  const words = folded.split(' ');
  return words.length >= 2 && words.slice(0, -1).every((word) => NAME_PARTICLES.has(word)) && !NAME_PARTICLES.has(words.at(-1)!);
}

/**
 * Capitalised words that stand mid-sentence before a name without being part
 * of it: an office's or a party's word, a direction, a day or a month.
 */
export const isWordBeforeAnyName = (folded: string): boolean => OFFICE_WORDS.has(folded) || PLACE_MODIFIERS.has(folded) || DATE_WORDS.has(folded);

/**
 * German function words: two of them mark a block written in German, where
 * every noun has a capital and a capital beside a name tells nothing.
 */
const NOUN_CASE_MARKERS: ReadonlySet<string> = new Set([
  'und', 'ist', 'nicht', 'mit', 'sich', 'auf', 'fur', 'dem', 'ein', 'eine', 'einen', 'einer', 'wurde', 'wird', 'werden', 'hat', 'haben',
  'sind', 'der', 'im', 'zum', 'zur', 'auch', 'nach', 'uber', 'vom', 'bei', 'aus', 'ass', 'vun', 'mat', 'net',
]);

/** Only ASCII letters (a word of /\p{L}+/: no digit, no mark)? */
const isAsciiWord = (word: string): boolean => {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
};

const LONGEST_NOUN_CASE_MARKER = Math.max(...Array.from(NOUN_CASE_MARKERS, (word) => word.length));

/**
 * Is the block written in a language that capitalises every noun (German,
 * Luxembourgish)? Read once per block that has a gated name in it, over every
 * word of the block: a word of ASCII letters folds to itself in small letters,
 * so only other words pay for the full fold, and a longer ASCII word than any
 * marker is passed over unread.
 */
export function isNounCase(text: string): boolean {
  const seen = new Set<string>();
  for (const [word] of text.matchAll(/[\p{L}]+/gu)) {
    const ascii = isAsciiWord(word);
    if (ascii && word.length > LONGEST_NOUN_CASE_MARKER) continue;
    const folded = ascii ? word.toLowerCase() : foldWord(word);
    if (NOUN_CASE_MARKERS.has(folded)) {
      seen.add(folded);
      if (seen.size >= 2) return true;
    }
  }
  return false;
}

/** How a word before a name is written. */
export interface WordBefore {
  /** The word, folded. */
  readonly folded: string;
  /** A capital then small letters ("Lord"), or capitals only ("USS"). */
  readonly shape: 'capitalised' | 'capitals';
  /** Written in running text: after a letter, a digit or a comma and one space, not at a sentence's start. */
  readonly midSentence: boolean;
}

/**
 * The word right before a span in the normalised text (`cased`, `folded`), after
 * exactly one space in the page's text, when it starts with a capital. With
 * `skipParticles` (true, or true of the particle), a name particle between
 * them is passed over ("Marie de Villepin", "Mahmoud el-Sisi" read "Marie",
 * "Mahmoud").
 */
export function wordBefore(
  original: string,
  text: { readonly cased: string; readonly folded: string },
  start: number,
  originalStart: number,
  skipParticles: boolean | ((particle: string) => boolean) = false,
): WordBefore | undefined {
  const { cased, folded } = text;
  let end = start;
  if (skipParticles !== false) {
    const particle = particleBefore(cased, folded, start);
    if (particle !== undefined && (skipParticles === true || skipParticles(folded.slice(particle, start - 1)))) end = particle;
  }
  const oneSpace = original[originalStart - 1] === ' ' || original[originalStart - 1] === '\u00a0';
  if (end === start && (originalStart < 2 || !oneSpace || !isLetter(original[originalStart - 2]))) return undefined;
  if (cased[end - 1] !== ' ' || !isLetter(cased[end - 2])) return undefined;
  let at = end - 1;
  while (at > 0 && isLetter(cased[at - 1])) at--;
  const word = cased.slice(at, end - 1);
  if (!isUpper(word[0])) return undefined;
  const shape = word.length > 1 && [...word].every((char) => isUpper(char)) ? 'capitals' : /\p{Ll}/u.test(word[1] ?? '') ? 'capitalised' : undefined;
  if (!shape) return undefined;
  const midSentence = cased[at - 1] === ' ' && /[\p{L}\p{M}\d,]/u.test(cased[at - 2] ?? '');
  return { folded: folded.slice(at, end - 1), shape, midSentence };
}

/** Where a particle before a name starts ("de " of "de Villepin", "el-" of "el-Sisi"), or undefined. */
function particleBefore(cased: string, folded: string, start: number): number | undefined {
  const joiner = cased[start - 1];
  if (joiner !== ' ' && joiner !== '-') return undefined;
  let at = start - 1;
  while (at > 0 && /\p{Ll}/u.test(cased[at - 1]!)) at--;
  if (at === start - 1 || !NAME_PARTICLES.has(folded.slice(at, start - 1))) return undefined;
  return at;
}

/** What the matcher knows of the block around a candidate. */
export interface BlockCase {
  /** Title case or capitals: a capital beside a name tells nothing. */
  readonly headline: () => boolean;
  /** German: every noun has a capital. */
  readonly nounCase: () => boolean;
}

/** Does a capitalised word after a place's name, or before it, make the name part of another name? */
export function placeInsideName(before: WordBefore | undefined, afterIsOtherName: boolean, block: BlockCase): boolean {
  if (before && (before.shape === 'capitals' ? SHIP_PREFIXES : NAME_PREFIXES).has(before.folded)) return true;
  if (block.headline() || block.nounCase()) return false;
  if (afterIsOtherName) return true;
  // An office's word is the topic's owner, not a name: "the White House Russia adviser", "a Senate Ukraine vote".
  return before !== undefined && before.shape === 'capitalised' && before.midSentence && !PLACE_MODIFIERS.has(before.folded) && !OFFICE_WORDS.has(before.folded);
}

/**
 * Is the word before a person's name another person's given name, by how it
 * is written ("his brother Aleksandr Sargsyan", "Ange Kagame, his daughter")?
 * A capitalised word mid-sentence is, unless it is a title, an office's or a
 * party's word, a day or month, a state's or a place's name ("the ambassador
 * to Britain Liu Xiaoming"), or one of the person's own names. At a
 * sentence's start only a word that no sentence opens with is (`atStart`:
 * for a one-word surname; a full name at a sentence's start is left to the
 * given-name lists). Headlines in title case and German say nothing this way.
 */
export function otherNameBefore(
  before: WordBefore | undefined,
  names: { readonly own: () => ReadonlySet<string>; readonly isPlace: (folded: string) => boolean; readonly isThing: (folded: string) => boolean },
  block: BlockCase,
  atStart: boolean,
): boolean {
  if (!before || before.shape !== 'capitalised' || block.headline() || block.nounCase()) return false;
  const word = before.folded;
  if (NAME_TITLES.has(word) || OFFICE_WORDS.has(word) || DATE_WORDS.has(word) || names.own().has(word) || names.isPlace(word)) return false;
  // A body's name in Russian's genitive before a person's is whose official they are: "пресс-секретарь Кремля Дмитрий Песков".
  if (names.isThing(word)) return false;
  return before.midSentence || (atStart && !isSentenceOpener(word));
}
