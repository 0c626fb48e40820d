/**
 * A place's name followed by what it is and where ("Luanda, a village in
 * Vihiga County, Kenya"; "Tripoli, a port city in northern Lebanon") is the
 * place in that country. When the country the sentence names is not among
 * the countries of a place the glossary has by that name, the glossary's
 * place is another one: Angola's capital is not a Kenyan village (review 12).
 * News writes this apposition exactly where a place is little known, which
 * is where a better-known namesake would take its mention.
 *
 * Read after a block's candidates are found, like country-possessive.ts: the
 * first country named after "…, a <kind of place> in" and before the end of
 * the sentence decides. A candidate left with no form still blocks the
 * shorter names inside it.
 */
import type { Candidate } from './types.ts';
import type { BodyCountries } from './country-possessive.ts';

/**
 * ", a village in", ", a port city in northern", ", the district of": what the place is, up to three words of
 * description before a kind of place, then "in", "of" or "near".
 */
const APPOSITION =
  /^,\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:town|village|city|district|region|province|suburb|area|port|island|county|municipality|settlement|neighbourhood|neighborhood|community|locality|hamlet|commune|township|capital)\s+(?:in|of|near|on)\s/u;

/** How far after the apposition the country may be named: the sentence's end comes first. */
const WINDOW = 120;

export function dropPlacesOfOtherCountries(text: string, candidates: Candidate[], tables: BodyCountries): Candidate[] {
  let sorted: Candidate[] | undefined;
  return candidates.map((candidate) => {
    if (candidate.forms.length === 0 || text.charCodeAt(candidate.end) !== 0x2c) return candidate;
    const apposition = APPOSITION.exec(text.slice(candidate.end, candidate.end + 80));
    if (!apposition) return candidate;
    const from = candidate.end + apposition[0].length;
    const sentenceEnd = text.slice(from, from + WINDOW).search(/[.;!?]\s/u);
    const until = sentenceEnd < 0 ? from + WINDOW : from + sentenceEnd;
    sorted ??= [...candidates].sort((a, b) => a.start - b.start);
    const named = sorted.find((other) => other.start >= from && other.start < until && other.forms.some((form) => tables.countryOf(form.alias)));
    if (!named) return candidate;
    const countries = new Set(named.forms.flatMap((form) => tables.countryOf(form.alias) ?? []));
    const forms = candidate.forms.filter((form) => {
      const own = tables.bodyCountriesOf(form.alias);
      return !own || tables.countryOf(form.alias) !== undefined || [...countries].some((country) => own.has(country));
    });
    if (forms.length === candidate.forms.length) return candidate;
    return { ...candidate, forms, blocker: candidate.blocker || forms.length === 0 };
  });
}
