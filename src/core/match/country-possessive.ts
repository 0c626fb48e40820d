/**
 * A government body named after a country's possessive belongs to that
 * country: "Jamaica's National Security Ministry" is not Israel's, however
 * well its context words ("police") fit. Many states give their ministries,
 * navies and agencies the same plain names, and a glossary entry for one of
 * them is gated by words that the others' stories share.
 *
 * Read after a block's candidates are found: a candidate whose text follows
 * "<country>'s " directly, where the country is itself a candidate, keeps
 * only the forms of bodies related to that country (or of entries that are
 * no government body with countries). A candidate left with none still
 * blocks the shorter names inside it.
 */
import type { Candidate } from './types.ts';

/** What the rule needs to know of an alias's entry. */
export interface BodyCountries {
  /** The entry id of a country-kind entry the alias names, or undefined. */
  countryOf(alias: number): string | undefined;
  /** The country ids a government body is related to, or undefined for any other entry (or a body with none). */
  bodyCountriesOf(alias: number): ReadonlySet<string> | undefined;
}

const POSSESSIVE = /^['’]s\s+$/u;

/** Where the possessive's owner would end, or -1: "'s " (or "’s ") then spaces just before `start`. */
function possessiveOwnerEnd(text: string, start: number): number {
  let at = start;
  while (at > 0 && /\s/u.test(text[at - 1]!)) at--;
  if (at === start || at < 2) return -1;
  return POSSESSIVE.test(text.slice(at - 2, start)) ? at - 2 : -1;
}

export function dropOtherCountrysBodies(text: string, candidates: Candidate[], tables: BodyCountries): Candidate[] {
  let byEnd: Map<number, Candidate[]> | undefined;
  return candidates.map((candidate) => {
    if (candidate.forms.length === 0) return candidate;
    const ownerEnd = possessiveOwnerEnd(text, candidate.start);
    if (ownerEnd < 0) return candidate;
    if (!byEnd) {
      byEnd = new Map();
      for (const other of candidates) byEnd.set(other.end, [...(byEnd.get(other.end) ?? []), other]);
    }
    const owners = new Set<string>();
    for (const owner of byEnd.get(ownerEnd) ?? []) {
      for (const form of owner.forms) {
        const country = tables.countryOf(form.alias);
        if (country) owners.add(country);
      }
    }
    if (owners.size === 0) return candidate;
    const forms = candidate.forms.filter((form) => {
      const countries = tables.bodyCountriesOf(form.alias);
      return !countries || [...owners].some((owner) => countries.has(owner));
    });
    if (forms.length === candidate.forms.length) return candidate;
    return { ...candidate, forms, blocker: candidate.blocker || forms.length === 0 };
  });
}
