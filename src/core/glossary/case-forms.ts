/**
 * An entry with the case forms of its Russian names (text/russian-forms.ts):
 * each Cyrillic alias gains its oblique forms as aliases with the same rules,
 * and its gates' Cyrillic terms gain theirs, so that "с Владимиром Путиным"
 * and "в Москве" are read as the nominative is. A form the entry already has
 * keeps its own, hand-written rules ("Кубы", cubes, is gated by Cuban words).
 */
import { russianForms } from '../text/russian-forms.ts';
import type { AliasSpec, Entry } from './schema.ts';

const textOf = (spec: AliasSpec): string => (typeof spec === 'string' ? spec : spec.text);

export function withRussianForms(entry: Entry): Entry {
  if (!entry.aliases.some((spec) => /\p{Script=Cyrillic}/u.test(textOf(spec)))) return entry;
  const person = entry.kind === 'person';
  const own = new Set(entry.aliases.map(textOf));
  // A gate's term is declined as a name of its own; a person's full name as a person's ("с Владимиром Путиным").
  const declined = (terms: readonly string[] | undefined): string[] | undefined =>
    terms && [...new Set(terms.flatMap((term) => [term, ...russianForms(term, person && own.has(term))]))];
  const aliases: AliasSpec[] = [];
  for (const spec of entry.aliases) {
    const rules =
      typeof spec === 'string'
        ? undefined
        : {
            ...spec,
            ...(spec.contexts && { contexts: declined(spec.contexts) }),
            ...(spec.notContexts && { notContexts: declined(spec.notContexts) }),
            ...(spec.exclude && { exclude: declined(spec.exclude) }),
          };
    aliases.push(rules ?? spec);
    for (const form of russianForms(textOf(spec), person)) {
      if (own.has(form)) continue;
      own.add(form);
      aliases.push(rules ? { ...rules, text: form } : form);
    }
  }
  return { ...entry, aliases };
}
