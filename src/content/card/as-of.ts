/**
 * The "as of" month of an entry in the UI's language, from month names its
 * locale lists (`card_months`), not Intl.DateTimeFormat: the first formatter
 * in a page's process loads the locale's calendar data, 49 ms in a profile of
 * a cold page, all of it inside the task that built the first card.
 */

/** "2025-03" with the locale's names ("January,February,…") as ["March", "2025"]; undefined for anything else. */
export function monthAndYear(asOf: string, monthNames: string): [month: string, year: string] | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(asOf);
  if (!match) return undefined;
  const names = monthNames.split(',');
  const name = names.length === 12 ? names[Number(match[2]) - 1] : undefined;
  return name ? [name, match[1]!] : undefined;
}

/** How old an entry's facts are, for the card to say so in words when that matters. */
export type FactsAge = { readonly unit: 'months' | 'years'; readonly count: number };

/**
 * The age of "YYYY-MM" facts at `now`, or undefined while they are under a
 * year old (or the date is malformed). A date after `now` is treated as
 * current: the glossary check refuses one in the bundled glossary, and a
 * reader's own entry is taken at its word.
 */
export function factsAge(asOf: string, now: Date): FactsAge | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(asOf);
  if (!match) return undefined;
  const months = (now.getUTCFullYear() - Number(match[1])) * 12 + (now.getUTCMonth() + 1 - Number(match[2]));
  if (months < 12) return undefined;
  return months < 24 ? { unit: 'months', count: months } : { unit: 'years', count: Math.floor(months / 12) };
}
