/**
 * Which glossary entries are stale: an `asOf` month older than a cut-off, and
 * whether a freshness log (docs/freshness-log-*.md) records them as checked.
 * Pure functions; scripts/freshness-report.ts reads the files and prints.
 */

/** What the report needs of an entry, and the file it lives in. */
export interface DatedEntry {
  readonly id: string;
  readonly kind: string;
  readonly asOf: string;
  readonly file: string;
}

export interface StaleEntry extends DatedEntry {
  /** A freshness log lists the id: checked once, left with its date (a stable fact, or nothing newer found). */
  readonly logged: boolean;
}

const MONTH = /^(\d{4})-(\d{2})$/u;

/** The month `months` before `today` (UTC), as YYYY-MM. */
export function monthsBefore(today: Date, months: number): string {
  const index = today.getUTCFullYear() * 12 + today.getUTCMonth() - months;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** A YYYY-MM month, or an error naming what was given. */
export function parseMonth(text: string): string {
  const match = MONTH.exec(text);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) throw new Error(`not a YYYY-MM month: ${text}`);
  return text;
}

/**
 * The entry ids a freshness log names: the first cell of each table row,
 * with or without backticks. Header and rule rows, and cells that are not
 * kebab-case ids, are skipped; `knownIds` keeps only ids of real entries
 * (a log table's first column may hold titles, not ids).
 */
export function loggedIds(markdown: string, knownIds: ReadonlySet<string>): Set<string> {
  const ids = new Set<string>();
  for (const line of markdown.split('\n')) {
    const cell = /^\|\s*`?([a-z0-9]+(?:-[a-z0-9]+)*)`?\s*\|/u.exec(line)?.[1];
    if (cell !== undefined && knownIds.has(cell)) ids.add(cell);
  }
  return ids;
}

/** Entries dated before `before` (YYYY-MM; YYYY-MM strings order as months do), oldest first, then by id. */
export function staleEntries(entries: readonly DatedEntry[], before: string, logged: ReadonlySet<string>): StaleEntry[] {
  return entries
    .filter((entry) => entry.asOf < before)
    .map((entry) => ({ ...entry, logged: logged.has(entry.id) }))
    .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id, 'en'));
}

/** Stale-entry counts under a key (kind or file): all, and how many of them a log names. */
export function countBy(stale: readonly StaleEntry[], key: 'kind' | 'file'): Array<{ key: string; stale: number; logged: number }> {
  const counts = new Map<string, { stale: number; logged: number }>();
  for (const entry of stale) {
    const count = counts.get(entry[key]) ?? { stale: 0, logged: 0 };
    count.stale += 1;
    if (entry.logged) count.logged += 1;
    counts.set(entry[key], count);
  }
  return [...counts.entries()]
    .map(([name, count]) => ({ key: name, ...count }))
    .sort((a, b) => b.stale - a.stale || a.key.localeCompare(b.key, 'en'));
}

/**
 * The order in which to re-verify, most change-prone first (issue 16): people
 * hold offices; governments and countries have heads; organisations and
 * groups have leaders and designations; events and agreements change status.
 */
export const KIND_PRIORITY: readonly string[] = ['person', 'government', 'country', 'organisation', 'group', 'event', 'agreement', 'concept', 'place'];

/** Stale entries not yet logged, in re-verification order: kind priority, then oldest first. */
export function verificationQueue(stale: readonly StaleEntry[]): StaleEntry[] {
  const rank = (kind: string): number => {
    const index = KIND_PRIORITY.indexOf(kind);
    return index === -1 ? KIND_PRIORITY.length : index;
  };
  return stale
    .filter((entry) => !entry.logged)
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id, 'en'));
}
