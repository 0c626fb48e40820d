/**
 * The entries' kinds, apart from the schema (schema.ts re-exports them): code
 * that only names a kind, such as the content script's highlights and the
 * matcher's tables, then brings in no schema library, whose schemas are built
 * when their module runs (docs/page-work.md, fifth pass).
 */
/** Categories a reader can switch on and off; one highlight name per kind. */
export const KINDS = [
  'country',
  'place',
  'organisation',
  'government',
  'group',
  'person',
  'agreement',
  'concept',
  'event',
] as const;
export type Kind = (typeof KINDS)[number];
