/**
 * Name gates: the word right before or after a one-word name says whether it
 * is a person's name (issue #16, docs/given-name-gate.md).
 *
 * - `givenName` (a place that is also a given name): "Virginia Woolf",
 *   "Georgia O'Keeffe", "Jordan Peterson" are people. The alias does not count
 *   when the next word, after one space in the same block, is capitalised and
 *   is not a word that follows a place's name ("Victoria Falls", "Georgia
 *   State", "Jordan Valley", "Georgia Tuesday"), or when the word before it
 *   is a given name ("Michael Jordan"). In a headline set in title case every
 *   word is capitalised, so there the next word tells nothing.
 * - a person's name part ("McCain" of "Cindy McCain"): the alias does not
 *   count when the word before it, after one space, is a given name that is
 *   none of the person's own names ("Meghan McCain", "Jill Biden"). Titles
 *   ("President", "Senator", "Mr", "Sheikh") are not given names.
 *
 * Both read only the words beside a candidate, in the text the matcher has
 * already normalised: no pass over the page.
 */
import { CITY_WORDS, DIVISION_WORDS, POSITION_WORDS } from './place-words.ts';
import { foldWord } from '../text/word-shape.ts';

/**
 * Words that stand before a surname without being a given name, in the
 * glossary's cased languages. A given-name list must leave them out (compromise
 * lists "Marshal" as a first name), and so must names read from the
 * glossary's labels ("Sheikh Tamim", "King Abdullah", "Pope Leo").
 */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'chancellor', 'premier', 'senator', 'sen', 'representative', 'rep', 'congressman',
  'congresswoman', 'governor', 'gov', 'mayor', 'speaker', 'secretary', 'ambassador', 'envoy', 'leader', 'chairman', 'chairwoman',
  'chair', 'chief', 'deputy', 'former', 'late', 'then', 'ex', 'acting', 'interim', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor', 'sir',
  'dame', 'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'crown', 'emperor', 'empress', 'emir', 'amir', 'sultan', 'sheikh',
  'shaikh', 'sheik', 'ayatollah', 'imam', 'mullah', 'rabbi', 'pope', 'cardinal', 'archbishop', 'bishop', 'patriarch', 'father',
  'reverend', 'rev', 'pastor', 'saint', 'mother', 'sister', 'brother', 'general', 'gen', 'marshal', 'field', 'admiral', 'colonel', 'col', 'major', 'captain', 'capt',
  'lieutenant', 'lt', 'sergeant', 'commander', 'brigadier', 'judge', 'justice', 'attorney', 'supreme', 'grand', 'duke', 'duchess', 'earl',
  'baron', 'baroness', 'count', 'countess', 'dona', 'madame', 'madam', 'monsieur', 'mme', 'herr', 'frau', 'senor', 'senora', 'presidente',
  'prasident', 'prasidentin', 'kanzler', 'kanzlerin', 'ministre', 'ministro', 'ministerin',
  // Russian and Ukrainian, folded (й reads и)
  'президент', 'премьер', 'министр', 'глава', 'лидер', 'генерал', 'господин', 'канцлер', 'спикер', 'посол', 'мэр', 'губернатор',
  'председатель', 'король', 'принц', 'шеих', 'аятолла', 'папа', 'маршал', 'адмирал', 'полковник', 'премьер-министр', 'міністр',
  'голова', 'пан', 'пані',
]);

/** Words after a place's name that keep it a place: features, institutions, people of the place, days and months. */
const PLACE_FOLLOWER_WORDS = [
  ...DIVISION_WORDS, ...CITY_WORDS, ...POSITION_WORDS,
  // parts and works of the place. Not a river, lake, sea, strait, canal or the like named after it: "Lilongwe River",
  // "Jordan River", "Suez Canal" and "Mosul Dam" are other things than the city or state (review 8).
  'valley', 'falls', 'harbour', 'harbor', 'beach', 'airport', 'cathedral', 'park', 'square', 'bridge', 'port', 'station', 'border',
  'crossing', 'coast', 'island', 'islands', 'plateau', 'hills', 'highlands', 'metro', 'area', 'suburbs', 'downtown',
  // institutions and office holders named after the place ("Georgia Gov. Brian Kemp", "Jordan King Abdullah")
  'government', 'governor', 'gov', 'senate', 'senator', 'house', 'assembly', 'general', 'legislature', 'parliament', 'congress',
  'capitol', 'court', 'courts', 'police', 'army', 'military', 'forces', 'troops', 'national', 'guard', 'university', 'college',
  'school', 'schools', 'hospital', 'ministry', 'authorities', 'officials', 'residents', 'voters', 'republicans', 'republican',
  'democrats', 'democratic', 'democrat', 'party', 'attorney', 'secretary', 'supreme', 'election', 'elections', 'primary', 'runoff',
  'delegation', 'lawmakers', 'president', 'prime', 'minister', 'foreign', 'defence', 'defense', 'interior', 'opposition', 'king',
  'queen', 'crown', 'embassy', 'ambassador', 'public', 'power', 'port', 'office', 'bureau', 'department',
  // days, months and times, written without a comma in American news ("the storm hit Georgia Tuesday")
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'tonight', 'yesterday', 'tomorrow',
];
const PLACE_FOLLOWERS: ReadonlySet<string> = new Set(PLACE_FOLLOWER_WORDS.map(foldWord));

const isUpper = (char: string | undefined): boolean => char !== undefined && /\p{Lu}/u.test(char);
const isLower = (char: string | undefined): boolean => char !== undefined && /\p{Ll}/u.test(char);
const isLetter = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{M}]/u.test(char);
/** A single space (or no-break space) in the page's own text: not a line break, a dash or punctuation. */
const isOneSpace = (code: number): boolean => code === 0x20 || code === 0xa0;

/** Where a word lies in the normalised text: [from, to). */
export type WordRange = readonly [from: number, to: number];

/**
 * The word after a span, in the normalised text: `original` is the page's
 * text, `cased` its normalised copy, `end` the span's end in the copy and
 * `originalEnd` in the page's text. Undefined unless the span is followed by
 * exactly one space and a word that starts with a capital and goes on in small
 * letters (an acronym or a number is no surname; "O'Keeffe" is one).
 */
export function capitalisedWordAfter(original: string, cased: string, end: number, originalEnd: number): WordRange | undefined {
  if (!isOneSpace(original.charCodeAt(originalEnd)) || !isLetter(original[originalEnd + 1]) || cased[end] !== ' ') return undefined;
  let at = end + 1;
  if (!isUpper(cased[at]) || !(isLower(cased[at + 1]) || cased[at + 1] === "'")) return undefined;
  while (isLetter(cased[at]) || (cased[at] === "'" && isLetter(cased[at + 1]))) at++;
  return [end + 1, at];
}

/** The word before a span, read the same way ("Meghan" in "Meghan McCain"): letters only, a capital then small letters. */
export function capitalisedWordBefore(original: string, cased: string, start: number, originalStart: number): WordRange | undefined {
  if (originalStart < 2 || !isOneSpace(original.charCodeAt(originalStart - 1)) || !isLetter(original[originalStart - 2]) || cased[start - 1] !== ' ') return undefined;
  let at = start - 1;
  while (at > 0 && isLetter(cased[at - 1])) at--;
  return isUpper(cased[at]) && isLower(cased[at + 1]) ? [at, start - 1] : undefined;
}

/** Is a capitalised word after a place's name one that keeps it a place? */
export const isPlaceFollower = (folded: string): boolean => PLACE_FOLLOWERS.has(folded);

/** Words of four letters or more, and how many of them a block needs to be read as a headline. */
const HEADLINE_WORD = /[\p{L}\p{M}]{4,}/gu;
const HEADLINE_MIN_WORDS = 3;

/**
 * Is the block set in title case or in capitals ("Georgia Votes On New Law")?
 * Every word of four letters or more starts with a capital, and there are at
 * least three: then a capital after a place's name tells nothing.
 */
export function isHeadlineCase(text: string): boolean {
  let words = 0;
  for (const [word] of text.matchAll(HEADLINE_WORD)) {
    if (!isUpper(word[0])) return false;
    words++;
  }
  return words >= HEADLINE_MIN_WORDS;
}
