/**
 * A place that is also a given name, used alone for a person: "Sofia, a
 * 34-year-old nurse, said …", "Georgia, who moved here in 2019", "Sofia said
 * she …" (review 9 found the Bulgarian capital marked for a woman in a
 * Bulgarian story). The words right after the name say so: an age, a "who"
 * clause, or a verb of saying followed by "she" or "he". A place is none of
 * these: "Sofia, which", "Sofia said it" (a government speaking through its
 * capital) stay the place.
 *
 * Read in the page's own text after the name, English only (the given-name
 * gate's other rules cover the glossary's cased languages where capitals tell).
 */

/** What follows a person's given name and never a place's. */
const PERSON_AFTER =
  /^(?:,\s+(?:who|whose|aged\s+\d{1,3}|\d{1,3}\s*,|an?\s+\d{1,3}-year-old)|\s+(?:said|says|told|tells|added|recalled|explained)\s+(?:she|he)\b|['’]s\s+(?:husband|wife|mother|father|son|daughter|sister|brother|boyfriend|girlfriend|partner|family|parents)\b)/iu;

/** How much of the text after the name the expression needs to see. */
const LOOK_AHEAD = 40;

/** Is the name at [.., originalEnd) of the page's text followed by words that only a person takes? */
export function isPersonAfter(original: string, originalEnd: number): boolean {
  return PERSON_AFTER.test(original.slice(originalEnd, originalEnd + LOOK_AHEAD));
}
