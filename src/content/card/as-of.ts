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
