/**
 * A person's name followed by a generational suffix is a relative's name:
 * "Michael Flynn Jr." is the son, not the general (review 10); "Donald Trump
 * Jr.", "Ken Griffey Sr." likewise. Read after a block's candidates are
 * found: the forms of person entries are dropped from a candidate followed by
 * "Jr.", "Sr.", "Jnr", "Snr" or a roman numeral II–IV (with or without a comma),
 * unless the person's own label carries such a suffix (the glossary's "Jr."
 * written without it). A candidate left with no form still blocks the
 * shorter names inside it.
 */
import type { Candidate } from './types.ts';

/** What the rule needs to know of an alias's entry. */
export interface PersonLabels {
  /** The label of the person an alias names, or undefined for an entry of another kind. */
  personLabelOf(alias: number): string | undefined;
}

const SUFFIX_AFTER = /^,?[ \u00a0](?:Jr|Sr|Jnr|Snr)(?:\.|(?![\p{L}\p{N}]))|^,?[ \u00a0](?:II|III|IV)(?![\p{L}\p{N}-])/u;
const SUFFIX_IN_LABEL = /(?:^|[\s,])(?:Jr|Sr|Jnr|Snr|II|III|IV)\.?(?:$|[\s,)])/u;

export function dropRelativesNames(text: string, candidates: Candidate[], tables: PersonLabels): Candidate[] {
  return candidates.map((candidate) => {
    if (candidate.forms.length === 0 || !SUFFIX_AFTER.test(text.slice(candidate.end, candidate.end + 6))) return candidate;
    const forms = candidate.forms.filter((form) => {
      const label = tables.personLabelOf(form.alias);
      return label === undefined || SUFFIX_IN_LABEL.test(label);
    });
    if (forms.length === candidate.forms.length) return candidate;
    return { ...candidate, forms, blocker: candidate.blocker || forms.length === 0 };
  });
}
