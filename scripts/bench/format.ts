/** Number formatting for the tables: as many digits as the size of the number warrants. */

export function ms(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (Math.abs(value) < 10) return value.toFixed(2);
  if (Math.abs(value) < 100) return value.toFixed(1);
  return value.toFixed(0);
}

export const times = (value: number | null | undefined): string => (value === null || value === undefined || !Number.isFinite(value) ? '–' : `${ms(value)}×`);

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** A Markdown table from a header row and body rows. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>, align?: readonly ('l' | 'r')[]): string {
  const rule = header.map((_, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'r' ? '---:' : '---'));
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}
