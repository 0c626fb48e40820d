/**
 * A glossary from a spreadsheet: one entry per CSV row, with the columns
 * label, aliases, kind, summary and source URL, in that order or named by a
 * header row (which may also give id, asOf and publisher). What the columns
 * leave out is filled in: the id from the label, the "as of" month from the
 * import date, the publisher from the source's host. The label is matched
 * too, so a row needs no aliases. The rows become candidate entries for the
 * same schema the JSON format is checked against.
 */
import { KINDS, type Kind } from '../core/glossary/schema.ts';
import { parseCsv } from './csv.ts';
import { problem, type ImportProblem } from './import-problems.ts';

/** The five columns of a CSV without a header row, in order. */
export const CSV_COLUMNS = ['label', 'aliases', 'kind', 'summary', 'source URL'] as const;
type Column = (typeof CSV_COLUMNS)[number] | 'id' | 'asOf' | 'publisher';

/** Header names accepted for each column, compared without case, spaces, dashes and underscores. */
const HEADER_NAMES: ReadonlyMap<string, Column> = new Map([
  ['label', 'label'], ['name', 'label'],
  ['aliases', 'aliases'], ['alias', 'aliases'],
  ['kind', 'kind'], ['category', 'kind'], ['type', 'kind'],
  ['summary', 'summary'], ['description', 'summary'],
  ['sourceurl', 'source URL'], ['source', 'source URL'], ['url', 'source URL'],
  ['id', 'id'], ['asof', 'asOf'], ['publisher', 'publisher'],
]);
const REQUIRED: readonly Column[] = ['label', 'kind', 'summary', 'source URL'];

/** Spellings readers use for the kinds: English plurals and American spelling. */
const KIND_SPELLINGS: ReadonlyMap<string, Kind> = new Map([
  ...KINDS.map((kind): [string, Kind] => [kind, kind]),
  ...KINDS.map((kind): [string, Kind] => [`${kind}s`, kind]),
  ['countries', 'country'], ['people', 'person'], ['organization', 'organisation'], ['organizations', 'organisation'],
]);

export interface CsvCandidate {
  readonly row: number;
  /** A candidate entry in the glossary format, not validated yet. */
  readonly raw: Record<string, unknown>;
}

export interface CsvGlossary {
  readonly candidates: readonly CsvCandidate[];
  readonly problems: readonly ImportProblem[];
  /** The column a schema path ("sources[0].url") comes from, to name it in problems. */
  readonly columnOf: (path: string) => string;
}

const headerKey = (cell: string): string => cell.trim().toLowerCase().replace(/[\s_-]+/g, '');

/** An entry id from a label: ASCII letters and digits in kebab case, or a hash for a label in another script. */
export function idFromLabel(label: string): string {
  const slug = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  if (slug) return slug;
  let hash = 0x811c9dc5; // FNV-1a: stable across imports, so muting an entry survives re-importing the file
  for (const char of label) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return `entry-${hash.toString(36)}`;
}

const publisherOf = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url || '-';
  }
};

/** Aliases in one cell, separated by semicolons or vertical bars (only bars when the file itself is split by semicolons). */
function splitAliases(cell: string, delimiter: string): string[] {
  return cell
    .split(delimiter === ';' ? /\|/ : /[;|]/)
    .map((alias) => alias.trim())
    .filter(Boolean);
}

export function readCsvGlossary(text: string, asOf: string): CsvGlossary {
  const parsed = parseCsv(text);
  const problems: ImportProblem[] = [];
  if (parsed.unclosedQuoteLine !== undefined) problems.push(problem('problem_csv_quote', [], { row: parsed.unclosedQuoteLine }));
  const rows = parsed.rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const first = rows[0];
  let columns: Array<Column | undefined> = [...CSV_COLUMNS];
  let body = rows;
  const named = first?.cells.map((cell) => HEADER_NAMES.get(headerKey(cell))) ?? [];
  // A header row names the label column and at least two others; a data row almost never does.
  if (first && named.includes('label') && named.filter(Boolean).length >= 3) {
    body = rows.slice(1);
    columns = named;
    first.cells.forEach((cell, index) => {
      if (columns[index] === undefined && cell.trim()) problems.push(problem('problem_csv_header', [cell.trim()], { row: first.line, field: cell.trim() }));
    });
    const missing = REQUIRED.filter((column) => !columns.includes(column));
    for (const column of missing) problems.push(problem('problem_csv_missing_column', [column], { row: first.line }));
    // Without a required column every row would fail on it: the header problem says it once.
    if (missing.length > 0) return { candidates: [], problems, columnOf: (path) => path };
  }

  const candidates: CsvCandidate[] = [];
  for (const { line, cells } of body) {
    const extra = cells.slice(columns.length).filter((cell) => cell.trim() !== '');
    if (extra.length > 0) {
      problems.push(problem('problem_csv_cells', [String(cells.length), String(columns.length)], { row: line }));
      continue;
    }
    const value = new Map<Column, string>();
    columns.forEach((column, index) => column && value.set(column, (cells[index] ?? '').trim()));
    const label = value.get('label') ?? '';
    const aliases = [label, ...splitAliases(value.get('aliases') ?? '', parsed.delimiter)].filter(Boolean);
    const unique = aliases.filter((alias, index) => aliases.findIndex((other) => other.toLowerCase() === alias.toLowerCase()) === index);
    const kindCell = value.get('kind') ?? '';
    const url = value.get('source URL') ?? '';
    candidates.push({
      row: line,
      raw: {
        id: value.get('id') || idFromLabel(label),
        label,
        kind: KIND_SPELLINGS.get(kindCell.toLowerCase()) ?? kindCell,
        aliases: unique,
        summary: value.get('summary') ?? '',
        asOf: value.get('asOf') || asOf,
        sources: [{ publisher: value.get('publisher') || publisherOf(url), url }],
      },
    });
  }
  const hasId = columns.includes('id');
  const columnOf = (path: string): string => {
    const top = /^[A-Za-z]+/.exec(path)?.[0] ?? path;
    if (path.startsWith('sources') && path.endsWith('.publisher')) return columns.includes('publisher') ? 'publisher' : 'source URL';
    if (top === 'sources') return 'source URL';
    if (top === 'id') return hasId ? 'id' : 'label';
    return top;
  };
  return { candidates, problems, columnOf };
}
