/**
 * The source of a generated word-list module: one string of words split by
 * spaces, wrapped at 110 columns, split once when first needed (a module of
 * thousands of string literals parses slower).
 */
export function wordListSource(header: readonly string[], name: string, words: readonly string[]): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > 110) {
      lines.push(line);
      line = '';
    }
    line += (line ? ' ' : '') + word;
  }
  if (line) lines.push(line);
  const last = lines.length - 1;
  return [
    '/*!',
    ...header.map((text) => ` * ${text}`),
    ' */',
    `export const ${name} =`,
    ...lines.map((text, i) => `  '${text.replace(/'/gu, "\\'")}${i < last ? ' ' : ''}'${i < last ? ' +' : ';'}`),
    '',
  ].join('\n');
}
