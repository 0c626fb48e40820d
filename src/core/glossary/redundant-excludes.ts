/**
 * Exclusions that another entry's name already does the work of.
 *
 * An alias's `exclude` lists longer names that contain it and are something
 * else ("The Times of India" for "India"). Each becomes a blocker span, and a
 * blocker wins leftmost-longest like any span. So when the longer name holds
 * another entry's own name ("Times of India", an entry), the blocker, which
 * starts a word earlier, takes the span from that entry: the paper is never
 * marked (review 6). Such an exclusion is not needed: the other entry's name
 * contains the alias, so it beats the alias wherever it matches. It is left out
 * when that name always matches: no contexts to wait for, and no stricter case.
 */
import { normalisePhrase } from '../text/normalise.ts';
import type { AliasSpec, Entry } from './schema.ts';

interface OtherName {
  readonly entry: number;
  readonly sensitive: boolean;
}

const isUngated = (spec: AliasSpec): boolean =>
  typeof spec === 'string' || (!spec.contexts && !spec.relatedContexts && !spec.notContexts);

const containsWords = (longer: string, shorter: string): boolean => longer !== shorter && ` ${longer} `.includes(` ${shorter} `);

/** A test for one exclusion of one alias: is it redundant, given every entry's ungated names? */
export function redundantExcludes(
  entries: readonly Entry[],
  resolveCase: (spec: AliasSpec, folded: string) => 'sensitive' | 'insensitive',
): (entry: number, alias: AliasSpec, excluded: string) => boolean {
  const names = new Map<string, OtherName[]>();
  entries.forEach((entry, index) => {
    for (const spec of entry.aliases) {
      if (!isUngated(spec)) continue;
      const { folded } = normalisePhrase(typeof spec === 'string' ? spec : spec.text);
      if (!folded) continue;
      const list = names.get(folded) ?? [];
      list.push({ entry: index, sensitive: resolveCase(spec, folded) === 'sensitive' });
      names.set(folded, list);
    }
  });
  return (entry, alias, excluded) => {
    const own = normalisePhrase(typeof alias === 'string' ? alias : alias.text).folded;
    const ownSensitive = resolveCase(alias, own) === 'sensitive';
    const words = normalisePhrase(excluded).folded.split(' ');
    // Every run of whole words of the longer name that is another entry's name and holds the alias.
    for (let from = 0; from < words.length; from++) {
      for (let to = from + 1; to <= words.length; to++) {
        const phrase = words.slice(from, to).join(' ');
        if (!containsWords(phrase, own)) continue;
        if (names.get(phrase)?.some((other) => other.entry !== entry && (!other.sensitive || ownSensitive))) return true;
      }
    }
    return false;
  };
}
