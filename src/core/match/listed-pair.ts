/**
 * A pair of names joined by a comma, "Rome, Georgia", is a town and its state
 * when it stands alone, and two items of a list when the list goes on: "Paris,
 * Milan, Rome, New York and London", "Athens, Georgia and Armenia". The
 * glossary excludes a famous place's US namesakes by their "Town, State" form;
 * inside a list, the exclusion would hide both names, so it does not hold.
 */

/** Another capitalised list item, after ", " or a conjunction of a corpus language. */
const ITEM_AFTER = /^(?:,|\s+(?:and|or|et|ou|y|o|und|oder|e|и|или))\s+\p{Lu}/u;
/** A capitalised name (of one or more words) and a comma, right before the pair. */
const ITEM_BEFORE = /\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*)*,\s$/u;
/** How far around the pair to read. */
const REACH = 40;

/** Is the span [start, end) of `text`, a pair written with a comma, inside a list of names? */
export function isListedPair(text: string, start: number, end: number): boolean {
  const comma = text.indexOf(',', start);
  if (comma < 0 || comma >= end) return false;
  return ITEM_AFTER.test(text.slice(end, end + REACH)) || ITEM_BEFORE.test(text.slice(Math.max(0, start - REACH), start));
}
