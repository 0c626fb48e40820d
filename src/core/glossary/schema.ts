/**
 * The glossary's source format, as a valibot schema.
 *
 * One schema serves the build (bundled glossary), the options page (imported
 * glossaries) and the tests, so a file that passes here is matched the same way
 * wherever it came from. The prose version is docs/glossary-format.md.
 */
import * as v from 'valibot';
import { KINDS } from './kinds.ts';

export { KINDS, type Kind } from './kinds.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const AS_OF = /^\d{4}-(0[1-9]|1[0-2])$/;

const nonBlank = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));

/** https only: a source is a link the reader may follow from the card. */
export const httpsUrl = v.pipe(
  v.string(),
  v.check((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'must be a well-formed https:// URL'),
);

export const aliasSchema = v.union([
  nonBlank(120),
  v.strictObject({
    text: nonBlank(120),
    /**
     * auto: insensitive for several words (but a name written with a capital not where the page writes it all
     * in lower case), sensitive for one word or an acronym.
     */
    case: v.optional(v.picklist(['auto', 'sensitive', 'insensitive'])),
    /** Also match the English plural (alias + "s" or "es"). */
    plural: v.optional(v.boolean()),
    /** The alias counts only where one of these terms also occurs in the scope. */
    contexts: v.optional(v.pipe(v.array(nonBlank(120)), v.minLength(1), v.maxLength(20))),
    /**
     * The names of the entry's `related` entries (its country, its region, its
     * office) count as contexts too: a gate that comes from the entry's place
     * in the glossary, for names that many things share (towns, surnames).
     * Scope defaults to `near` with it.
     */
    relatedContexts: v.optional(v.boolean()),
    /** The alias never counts where one of these terms occurs in the scope. */
    notContexts: v.optional(v.pipe(v.array(nonBlank(120)), v.minLength(1), v.maxLength(20))),
    /**
     * Where contexts are looked for: the whole page (default), the same block
     * (paragraph, heading, list item), or near the mention: the same block,
     * within NEAR_WINDOW_WORDS words either side. A short or ambiguous name is
     * decided by what is close to it, not by a word anywhere on the page.
     */
    scope: v.optional(v.picklist(['page', 'block', 'near'])),
    /** Longer names that contain this alias but are something else ("Fatah al-Islam"). */
    exclude: v.optional(v.pipe(v.array(nonBlank(120)), v.minLength(1), v.maxLength(20))),
    /**
     * A place's name that is also a given name: not counted before a
     * capitalised word that is not a place word ("Virginia Woolf", not
     * "Victoria Falls"), nor after a given name ("Michael Jordan").
     */
    givenName: v.optional(v.boolean()),
  }),
]);

export const sourceSchema = v.strictObject({
  publisher: nonBlank(80),
  url: httpsUrl,
});

export const factSchema = v.strictObject({
  label: nonBlank(40),
  value: nonBlank(160),
});

export const generatedSchema = v.strictObject({
  by: nonBlank(120),
  dataset: nonBlank(200),
  licence: nonBlank(40),
});

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

export const entrySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(ID, 'must be kebab-case: lowercase letters, digits and single hyphens')),
  label: nonBlank(100),
  kind: v.picklist(KINDS),
  aliases: v.pipe(v.array(aliasSchema), v.minLength(1, 'needs at least one alias')),
  summary: v.pipe(
    nonBlank(500),
    v.check((text) => wordCount(text) <= 60, 'must be at most 60 words'),
  ),
  facts: v.optional(v.pipe(v.array(factSchema), v.maxLength(8))),
  asOf: v.pipe(v.string(), v.regex(AS_OF, 'must be a year and month, YYYY-MM')),
  sources: v.pipe(v.array(sourceSchema), v.minLength(1, 'needs at least one source'), v.maxLength(3)),
  related: v.optional(v.array(v.pipe(v.string(), v.regex(ID, 'must be an entry id')))),
  /** Set on entries a script made from an open data set: which script, from which data, under which licence. */
  generated: v.optional(generatedSchema),
});

export const glossaryFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  name: nonBlank(80),
  entries: v.array(entrySchema),
});

export type AliasSpec = v.InferOutput<typeof aliasSchema>;
export type Entry = v.InferOutput<typeof entrySchema>;
export type GlossaryFile = v.InferOutput<typeof glossaryFileSchema>;
export type Source = v.InferOutput<typeof sourceSchema>;
export type Fact = v.InferOutput<typeof factSchema>;

/** An entry as the card shows it: everything but the aliases. */
export type EntryCard = Omit<Entry, 'aliases'>;
