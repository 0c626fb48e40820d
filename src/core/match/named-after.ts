/**
 * A person's name (full, or a surname alone) that names a place or an
 * institution after them is that thing, not the person: "Hamid Karzai
 * International Airport", "the Tony Blair Institute", "the Obama Presidential
 * Center", "Trump Tower", "el Aeropuerto Benito Juárez", "le stade
 * Pierre-Mauroy" (alias sweep 13p found dozens, each excluded by hand). The word right after
 * the name, or right before it in the languages that put the kind first,
 * says so; a possessive ("Obama's foundation") or a lower-case word after
 * the name does not. A company's name before a venue's word is the venue
 * ("Nissan Stadium"): `isVenueAfter`.
 */
import { foldWord, letterWordBefore } from '../text/word-shape.ts';
import { capitalisedWordAfter } from './name-gates.ts';

/** Kinds of thing named after a person, written after the name (English), capitalised. */
const KIND_AFTER: ReadonlySet<string> = new Set(
  [
    'airport', 'international', 'university', 'college', 'school', 'academy', 'institute', 'foundation', 'center', 'centre', 'library',
    'museum', 'stadium', 'arena', 'hospital', 'bridge', 'road', 'street', 'avenue', 'boulevard', 'highway', 'expressway', 'square',
    'park', 'station', 'prize', 'award', 'trophy', 'cup', 'medal', 'memorial', 'mosque', 'cathedral', 'dam', 'port', 'tunnel',
    'presidential', 'doctrine', 'tower', 'high', 'elementary', 'primary',
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

/**
 * Is the person's name starting at `start` of the page's text the name of a
 * thing named after them? `after` is the capitalised word right after the
 * name, folded, as the name gates read it (name-gates.ts).
 */
export function isNamedAfterPerson(text: string, start: number, after: string | undefined): boolean {
  if (after !== undefined && KIND_AFTER.has(after)) return true;
  const before = letterWordBefore(text, start);
  return before !== undefined && !before.abbreviated && KIND_BEFORE.has(foldWord(text.slice(before.at, before.end)));
}

/**
 * Places and prizes named after a company or another body, the word right
 * after its name: "Nissan Stadium", "the Barclays Center", "Allianz Arena",
 * "the Emirates Cup" (review 14). The company's card would be the wrong one;
 * a longer alias that is the venue's own name still matches whole.
 */
const VENUE_AFTER: ReadonlySet<string> = new Set(
  [
    'stadium', 'arena', 'center', 'centre', 'park', 'field', 'dome', 'bowl', 'cup', 'trophy', 'classic', 'championship', 'championships',
    'tower', 'building', 'plaza', 'hall', 'theatre', 'theater', 'pavilion', 'speedway', 'raceway', 'circuit', 'hospital',
  ].map(foldWord),
);

/**
 * Is the capitalised word right after an organisation's name a venue or prize
 * named after it? `end` is the name's end in the normalised text, and
 * `originalEnd` in the page's.
 */
export function isVenueAfter(text: { readonly original: string; readonly cased: string; readonly folded: string }, end: number, originalEnd: number): boolean {
  const after = capitalisedWordAfter(text.original, text.cased, end, originalEnd);
  return after !== undefined && VENUE_AFTER.has(text.folded.slice(after[0], after[1]));
}
