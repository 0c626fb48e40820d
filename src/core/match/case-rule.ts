/**
 * Case rules for case-sensitive aliases.
 *
 * "Sensitive" means: as written, or with the first letter capitalised (a
 * sentence may start with a lower-case term), or in capitals throughout (a
 * headline). "China" matches "China" and "CHINA", not "china"; "US" matches
 * "US" but not "us".
 */

/** Does `found` (normalised, case kept) satisfy the case of `alias` (normalised, case kept)? */
export function matchesCase(found: string, alias: string): boolean {
  if (found === alias) return true;
  if (found.length !== alias.length) return false;
  const upper = found.toUpperCase();
  if (found === upper && found !== found.toLowerCase() && upper === alias.toUpperCase()) return true;
  const first = alias.codePointAt(0) ?? 0;
  const width = first > 0xffff ? 2 : 1;
  return alias.slice(0, width).toUpperCase() + alias.slice(width) === found;
}
