import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessDelimiter, parseCsv } from './csv.ts';

const cellsOf = (text: string) => parseCsv(text).rows.map((row) => row.cells);

describe('parseCsv', () => {
  it('reads plain rows with LF or CRLF', () => {
    expect(cellsOf('a,b,c\n1,2,3\n')).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
    expect(cellsOf('a,b\r\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('reads quoted cells with delimiters, doubled quotes and line breaks', () => {
    const result = parseCsv('label,summary\n"Hamas, the group","Said ""no"".\nTwice."\nnext,row\n');
    expect(result.rows.map((row) => row.cells)).toEqual([
      ['label', 'summary'],
      ['Hamas, the group', 'Said "no".\nTwice.'],
      ['next', 'row'],
    ]);
    expect(result.rows.map((row) => row.line)).toEqual([1, 2, 4]);
  });

  it('keeps empty cells and strips a byte-order mark', () => {
    expect(cellsOf('\uFEFFa,,c\n,,\n')).toEqual([['a', '', 'c'], ['', '', '']]);
  });

  it('guesses semicolons and tabs from the first line', () => {
    expect(guessDelimiter('label;aliases;kind;summary;url\n')).toBe(';');
    expect(guessDelimiter('label\taliases\tkind\n')).toBe('\t');
    expect(guessDelimiter('"a;b",c\n')).toBe(',');
    expect(cellsOf('a;"b;c";d')).toEqual([['a', 'b;c', 'd']]);
  });

  it('reports a quoted cell that is never closed, with its line', () => {
    const result = parseCsv('a,b\n1,"open\n2,3\n');
    expect(result.unclosedQuoteLine).toBe(2);
    expect(result.rows.map((row) => row.cells)).toEqual([['a', 'b']]);
  });

  it('round-trips any table written with quotes', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', 'é', '؟') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }), (table) => {
        const text = table.map((row) => row.map((value) => `"${value.replaceAll('"', '""')}"`).join(',')).join('\r\n');
        expect(cellsOf(text)).toEqual(table);
      }),
    );
  });
});
