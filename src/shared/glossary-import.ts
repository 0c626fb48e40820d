/**
 * Importing a glossary: the text of a JSON file in the documented format or
 * of a CSV, read into entries checked against the same schema as the bundled
 * glossary, and a preview of what would be added, with every problem located
 * by row and field. Nothing here writes anything: the options page saves only
 * a preview without problems (custom-glossaries.ts), so a bad file changes
 * nothing.
 */
import * as v from 'valibot';
import { entrySchema, type Entry } from '../core/glossary/schema.ts';
import { checkConsistency, type PlacedEntry } from './glossary-consistency.ts';
import { readCsvGlossary } from './glossary-csv.ts';
import { readJsonGlossary } from './glossary-json.ts';
import { describeIssue, problem, type ImportProblem } from './import-problems.ts';

/**
 * The largest file read. Stored with its compiled form, a glossary takes
 * about three times its JSON size in storage.local, whose quota is 10 MB in
 * Chrome; 2 MB is some 2,000 full entries or 6,000 CSV rows.
 */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ENTRIES = 5000;

export type ImportFormat = 'json' | 'csv';

/** An entry of an installed glossary, which an imported entry with its id would replace. */
export interface KnownEntry {
  readonly label: string;
  readonly glossary: string;
}

export interface ImportInput {
  readonly text: string;
  /** The file's name, if it came from a file: picks the format and suggests the glossary's name. */
  readonly fileName?: string;
  /** Entries of the installed glossaries, by id. */
  readonly knownEntries: ReadonlyMap<string, KnownEntry>;
  /** The import date: the "as of" month of CSV rows. */
  readonly today: Date;
}

export interface ImportPreview {
  readonly format: ImportFormat;
  /** The glossary's name from the file (JSON) or the file name (CSV); empty when neither says. */
  readonly name: string;
  /** The entries that passed every check (all of them when there are no problems). */
  readonly entries: readonly Entry[];
  readonly problems: readonly ImportProblem[];
  /** Entries whose id an installed glossary already has: the imported one will be used instead. */
  readonly replaces: ReadonlyArray<{ readonly entry: Entry; readonly existing: KnownEntry }>;
}

const formatBytes = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** A problem for a file too large to read, or undefined. Checked on the file's size before it is read. */
export function checkImportSize(bytes: number): ImportProblem | undefined {
  return bytes > MAX_IMPORT_BYTES ? problem('problem_file_too_large', [formatBytes(bytes), formatBytes(MAX_IMPORT_BYTES)]) : undefined;
}

/** JSON by extension, else by the first character; everything else is read as CSV. */
export function detectFormat(text: string, fileName?: string): ImportFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'csv';
}

const monthOf = (date: Date): string => `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;

const fileProblems = (format: ImportFormat, name: string, problems: ImportProblem[]): ImportPreview => ({ format, name, entries: [], problems, replaces: [] });

export function previewImport(input: ImportInput): ImportPreview {
  const { text, fileName } = input;
  const format = detectFormat(text, fileName);
  const baseName = (fileName ?? '').replace(/\.[a-z0-9]+$/i, '').trim().slice(0, 80);
  const tooLarge = checkImportSize(new TextEncoder().encode(text).byteLength);
  if (tooLarge) return fileProblems(format, baseName, [tooLarge]);
  // eslint-disable-next-line no-control-regex -- a NUL byte is how a binary file (a spreadsheet, an image) shows up
  if (/\u0000/.test(text)) return fileProblems(format, baseName, [problem('problem_not_text')]);
  if (text.trim() === '') return fileProblems(format, baseName, [problem('problem_empty_file')]);

  const read = format === 'json' ? readJsonGlossary(text) : readCsvGlossary(text, monthOf(input.today));
  const columnOf = 'columnOf' in read ? read.columnOf : (path: string) => path;
  const name = ('name' in read && read.name) || baseName;
  const problems: ImportProblem[] = [...read.problems];
  if (read.candidates.length > MAX_IMPORT_ENTRIES) {
    return fileProblems(format, name, [...problems, problem('problem_too_many_entries', [String(read.candidates.length), String(MAX_IMPORT_ENTRIES)])]);
  }
  if (read.candidates.length === 0 && problems.length === 0) problems.push(problem('problem_no_entries'));

  const placed: PlacedEntry[] = [];
  for (const { row, raw } of read.candidates) {
    const id = typeof raw === 'object' && raw !== null && Object.hasOwn(raw, 'id') && typeof (raw as { id: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
    const where = { row, ...(id !== undefined && { entryId: id.slice(0, 100) }) };
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problems.push(problem('problem_entry_not_object', [], where));
      continue;
    }
    const result = v.safeParse(entrySchema, raw);
    if (result.success) placed.push({ entry: result.output, row });
    else {
      for (const issue of result.issues) {
        for (const described of describeIssue(issue)) problems.push(problem(described.key, described.args, { ...where, field: columnOf(described.path) }));
      }
    }
  }

  const knownIds = new Set(input.knownEntries.keys());
  problems.push(...checkConsistency(placed, knownIds, { unit: format === 'csv' ? 'row' : 'entry', fieldOf: columnOf }));
  const entries = placed.map(({ entry }) => entry);
  const replaces = entries.flatMap((entry) => {
    const existing = input.knownEntries.get(entry.id);
    return existing ? [{ entry, existing }] : [];
  });
  // File-level problems first, then by row; the sort is stable, so a row's problems keep their field order.
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { format, name, entries, problems, replaces };
}
