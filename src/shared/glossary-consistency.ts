/**
 * Checks across the entries of one imported glossary: ids used twice, an
 * alias listed twice, an alias two entries claim without contexts to tell
 * them apart, and related links that lead nowhere. The same rules as the
 * build applies to the bundled glossary (checkGlossaryConsistency in
 * src/core/glossary/validate.ts; a test keeps the two in step), with each
 * problem tied to the entry's row.
 */
import type { Entry } from '../core/glossary/schema.ts';
import { normalisePhrase } from '../core/text/normalise.ts';
import { problem, type ImportProblem } from './import-problems.ts';

/** An entry that passed the schema, and where it came from. */
export interface PlacedEntry {
  readonly entry: Entry;
  readonly row: number;
}

const aliasText = (alias: Entry['aliases'][number]): string => (typeof alias === 'string' ? alias : alias.text);

/** How the file's format names its rows and fields in messages. */
export interface FileTerms {
  /** CSV rows are "row 4", JSON entries "entry 4". */
  readonly unit: 'row' | 'entry';
  /** The field a path names ("id" is the label column of a CSV without ids). */
  readonly fieldOf: (path: string) => string;
}

/** `knownIds` are the ids of the installed glossaries, which `related` may point to. */
export function checkConsistency(placed: readonly PlacedEntry[], knownIds: ReadonlySet<string>, terms: FileTerms): ImportProblem[] {
  const duplicateKey = terms.unit === 'row' ? 'problem_duplicate_id_row' : 'problem_duplicate_id_entry';
  const clashKey = terms.unit === 'row' ? 'problem_alias_clash_row' : 'problem_alias_clash_entry';
  const problems: ImportProblem[] = [];
  const firstRow = new Map<string, number>();
  for (const { entry, row } of placed) {
    const first = firstRow.get(entry.id);
    if (first === undefined) firstRow.set(entry.id, row);
    else problems.push(problem(duplicateKey, [entry.id, String(first)], { row, entryId: entry.id, field: terms.fieldOf('id') }));
  }

  const claims = new Map<string, Array<{ entry: Entry; row: number; gated: boolean }>>();
  for (const { entry, row } of placed) {
    const seen = new Set<string>();
    for (const alias of entry.aliases) {
      const folded = normalisePhrase(aliasText(alias)).folded;
      if (seen.has(folded)) {
        problems.push(problem('problem_duplicate_alias', [aliasText(alias)], { row, entryId: entry.id, field: terms.fieldOf('aliases') }));
        continue;
      }
      seen.add(folded);
      const list = claims.get(folded) ?? [];
      list.push({ entry, row, gated: typeof alias !== 'string' && (alias.contexts !== undefined || alias.relatedContexts === true) });
      claims.set(folded, list);
    }
    for (const related of entry.related ?? []) {
      const where = { row, entryId: entry.id, field: terms.fieldOf('related') };
      if (related === entry.id) problems.push(problem('problem_related_self', [], where));
      else if (!firstRow.has(related) && !knownIds.has(related)) problems.push(problem('problem_related_unknown', [related], where));
    }
  }

  for (const [folded, list] of claims) {
    // One entry may hold the plain meaning; every other claim must be gated by contexts.
    const [first, ...others] = list.filter((claim) => !claim.gated);
    for (const other of others) {
      if (other.entry.id === first!.entry.id) continue; // the same id twice is reported above
      problems.push(problem(clashKey, [folded, first!.entry.label, String(first!.row)], { row: other.row, entryId: other.entry.id, field: terms.fieldOf('aliases') }));
    }
  }
  return problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
