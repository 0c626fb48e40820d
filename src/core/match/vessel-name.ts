/**
 * A place's name given to a ship: "the aircraft carrier Shandong", "the
 * destroyer Kolkata", "a tanker named Kursk". Navies and shipping lines name
 * vessels after provinces, cities and rivers, and news writes the kind of
 * vessel before the name in small letters, which the capitalised-word gates
 * (inside-name.ts) do not read. Review 8 found the carrier Shandong marked as
 * the province.
 */
import { foldWord, isLower } from '../text/word-shape.ts';


/** Kinds of vessel, as English, Spanish, French and Portuguese news write them before a ship's name. */
const VESSEL_WORDS: ReadonlySet<string> = new Set(
  [
    'carrier', 'destroyer', 'frigate', 'cruiser', 'corvette', 'submarine', 'warship', 'battleship', 'flagship', 'vessel', 'ship',
    'tanker', 'freighter', 'icebreaker', 'trawler', 'ferry', 'yacht', 'liner', 'cutter', 'tug', 'dredger', 'minesweeper',
    'portaaviones', 'destructor', 'fragata', 'buque', 'crucero', 'submarino', 'petrolero', 'porte-avions', 'fregate', 'navire',
    'sous-marin', 'croiseur', 'petrolier', 'porta-avioes', 'navio',
  ].map(foldWord),
);

const isLetter = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{M}-]/u.test(char);

/** Is the word right before `start` in the page's text, after one space, a kind of vessel written in small letters? */
export function isVesselNameAt(original: string, start: number): boolean {
  if (original[start - 1] !== ' ' && original[start - 1] !== '\u00a0') return false;
  let from = start - 1;
  while (from > 0 && isLetter(original[from - 1])) from--;
  const word = original.slice(from, start - 1);
  return word.length > 2 && isLower(word[0]) && VESSEL_WORDS.has(foldWord(word));
}
