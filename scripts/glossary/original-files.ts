/**
 * The glossary's first version: the ten files of 744 entries that issue 16's
 * freshness work and the reviews call "original" (docs/glossary-review.md,
 * method), and the commit where they stood.
 */
export const ORIGINAL_COMMIT = 'bced4b2';
export const ORIGINAL_FILES: readonly string[] = [
  'agreements-concepts-events.json',
  'countries-africa-americas.json',
  'countries-asia-europe-oceania.json',
  'governments.json',
  'international-organisations.json',
  'middle-east.json',
  'people.json',
  'places.json',
  'think-tanks-and-ngos.json',
  'world-groups.json',
];
