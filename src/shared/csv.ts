/**
 * A CSV reader (RFC 4180): quoted cells with doubled quotes, line breaks
 * inside quotes, CRLF or LF, a leading byte-order mark. The delimiter is a
 * comma, a semicolon (what spreadsheets write in locales with a decimal
 * comma, such as French) or a tab, guessed from the first line.
 */

export interface CsvRow {
  /** The line of the file the row starts on, from 1, as a spreadsheet numbers it. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvResult {
  readonly delimiter: ',' | ';' | '\t';
  readonly rows: readonly CsvRow[];
  /** The line of a quoted cell that is never closed, if there is one (the rows up to it are read). */
  readonly unclosedQuoteLine?: number;
}

/** The delimiter that splits the first line (outside quotes) into the most cells. */
export function guessDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  if (counts['\t'] > 0 && counts['\t'] >= counts[','] && counts['\t'] >= counts[';']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

export function parseCsv(input: string): CsvResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = guessDelimiter(text);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRow = (): void => {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
      quoteLine = line;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += char;
  }
  if (quoted) return { delimiter, rows, unclosedQuoteLine: quoteLine };
  if (cell !== '' || cells.length > 0) endRow();
  return { delimiter, rows };
}
