/** An import problem as the reader reads it: where ("Row 4 · kind", "Entry 2 (“hamas”) · sources[0].url") and what. */
import type { ImportFormat } from '../shared/glossary-import.ts';
import { t } from '../shared/i18n.ts';
import type { ImportProblem } from '../shared/import-problems.ts';

export function problemLocation(problem: ImportProblem, format: ImportFormat): string {
  const parts: string[] = [];
  if (problem.row !== undefined) {
    if (format === 'csv') parts.push(t('import_where_row', String(problem.row)));
    else if (problem.entryId) parts.push(t('import_where_entry_id', String(problem.row), problem.entryId));
    else parts.push(t('import_where_entry', String(problem.row)));
  }
  if (problem.field) parts.push(problem.field);
  return parts.join(' · ');
}

export const problemMessage = (problem: ImportProblem): string => t(problem.key, ...problem.args);
