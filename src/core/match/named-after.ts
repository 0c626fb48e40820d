/**
 * A person's name (full, or a surname alone) that names a place or an
 * institution after them is that thing, not the person: "Hamid Karzai
 * International Airport", "the Tony Blair Institute", "the Obama Presidential
 * Center", "Trump Tower", "el Aeropuerto Benito Juárez", "le stade
 * Pierre-Mauroy" (alias sweep 13p found dozens, each excluded by hand). The word right after
 * the name, or right before it in the languages that put the kind first,
 * says so; a possessive ("Obama's foundation") or a lower-case word after
 * the name does not.
 */
import { foldWord, isLetter, isUpper, letterWordBefore } from '../text/word-shape.ts';

/** Kinds of thing named after a person, written after the name (English), capitalised. */
const KIND_AFTER: ReadonlySet<string> = new Set(
  [
    'airport', 'international', 'university', 'college', 'school', 'academy', 'institute', 'foundation', 'center', 'centre', 'library',
    'museum', 'stadium', 'arena', 'hospital', 'bridge', 'road', 'street', 'avenue', 'boulevard', 'highway', 'expressway', 'square',
    'park', 'station', 'prize', 'award', 'trophy', 'cup', 'medal', 'memorial', 'mosque', 'cathedral', 'dam', 'port', 'tunnel',
    'presidential', 'doctrine', 'tower',
  ].map(foldWord),
);

/** Kinds written before the name (French, Spanish, Portuguese, Italian, German), capitalised or not. */
const KIND_BEFORE: ReadonlySet<string> = new Set(
  [
    'aeropuerto', 'aéroport', 'aeroporto', 'flughafen', 'universidad', 'université', 'universidade', 'università', 'universität',
    'estadio', 'stade', 'estádio', 'stadio', 'avenida', 'avenue', 'calle', 'rue', 'boulevard', 'fundación', 'fondation', 'fundação',
    'fondazione', 'stiftung', 'hospital', 'hôpital', 'ospedale', 'lycée', 'colegio', 'instituto', 'institut', 'puente', 'pont', 'plaza',
    'place', 'praça', 'piazza', 'prix', 'premio', 'prêmio',
  ].map(foldWord),
);

/** The capitalised word right after `end` (one space between), folded; undefined if none. */
function capitalisedWordAfter(text: string, end: number): string | undefined {
  if (text[end] !== ' ' && text[end] !== '\u00a0') return undefined;
  if (!isUpper(text[end + 1])) return undefined;
  let at = end + 1;
  while (isLetter(text[at])) at++;
  return foldWord(text.slice(end + 1, at));
}

/** Is the person's name at [start, end) of the page's text the name of a thing named after them? */
export function isNamedAfterPerson(text: string, start: number, end: number): boolean {
  const after = capitalisedWordAfter(text, end);
  if (after !== undefined && KIND_AFTER.has(after)) return true;
  const before = letterWordBefore(text, start);
  return before !== undefined && !before.abbreviated && KIND_BEFORE.has(foldWord(text.slice(before.at, before.end)));
}
