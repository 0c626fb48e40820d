/**
 * A place's name given to another thing, where the thing's kind is written
 * beside it in a way the capitalised-word gates (inside-name.ts) do not read:
 * - a ship, with its kind before it in small letters: "the aircraft carrier
 *   Shandong", "the destroyer Kolkata" (review 8 found the carrier marked as
 *   the province);
 * - a river, with the word before it in small letters as Spanish, French,
 *   Italian and Portuguese write it, and English at times: "el río Caquetá",
 *   "le fleuve Niger", "the river Jordan" (review 10);
 * - a numbered series, a satellite or a mission named after a place:
 *   "Shiyan-23", "Kosmos-2553" (review 10).
 */
import { foldWord, isLower } from '../text/word-shape.ts';

/** Kinds of vessel and words for a river, as English, Spanish, French, Italian and Portuguese news write them before the name. */
const KIND_WORDS: ReadonlySet<string> = new Set(
  [
    'carrier', 'destroyer', 'frigate', 'cruiser', 'corvette', 'submarine', 'warship', 'battleship', 'flagship', 'vessel', 'ship',
    'tanker', 'freighter', 'icebreaker', 'trawler', 'ferry', 'yacht', 'liner', 'cutter', 'tug', 'dredger', 'minesweeper',
    'portaaviones', 'destructor', 'fragata', 'buque', 'crucero', 'submarino', 'petrolero', 'porte-avions', 'fregate', 'navire',
    'sous-marin', 'croiseur', 'petrolier', 'porta-avioes', 'navio',
    'river', 'rio', 'fleuve', 'riviere', 'fiume',
  ].map(foldWord),
);

/** A character of a kind word: a letter, or the hyphen of "porte-avions". */
const isKindWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{M}-]/u.test(char);

/** Is the word right before `start` in the page's text, after one space, a kind of vessel or a river written in small letters? */
export function isKindBeforeName(original: string, start: number): boolean {
  if (original[start - 1] !== ' ' && original[start - 1] !== '\u00a0') return false;
  let from = start - 1;
  while (from > 0 && isKindWordChar(original[from - 1])) from--;
  const word = original.slice(from, start - 1);
  return word.length > 2 && isLower(word[0]) && KIND_WORDS.has(foldWord(word));
}

/** Is the name, ending at `end`, followed by a hyphen and a number, as a series or a mission is ("Shiyan-23")? */
export const isNumberedSeriesAt = (original: string, end: number): boolean =>
  (original[end] === '-' || original[end] === '\u2011') && /[0-9]/u.test(original[end + 1] ?? '');
