import { describe, expect, it } from 'vitest';
import type { Entry } from '../core/glossary/schema.ts';
import { MAX_IMPORT_BYTES, checkImportSize, detectFormat, previewImport, type ImportInput } from './glossary-import.ts';
import type { ImportProblem } from './import-problems.ts';

const TODAY = new Date(Date.UTC(2026, 2, 15));
const NO_KNOWN = new Map();

const preview = (text: string, extra: Partial<ImportInput> = {}) => previewImport({ text, knownEntries: NO_KNOWN, today: TODAY, ...extra });
/** Problems as "row/field: key args", for compact assertions. */
const described = (problems: readonly ImportProblem[]) =>
  problems.map((p) => `${p.row ?? '-'}/${p.field ?? '-'}: ${p.key}${p.args.length ? ` ${p.args.join(' | ')}` : ''}`);

const CSV_HEADER = 'label,aliases,kind,summary,source URL';

const validEntry = (id: string, extra: Partial<Entry> = {}): Entry => ({
  id,
  label: id.toUpperCase(),
  kind: 'organisation',
  aliases: [id.toUpperCase()],
  summary: `About ${id}.`,
  asOf: '2025-06',
  sources: [{ publisher: 'Example', url: `https://example.org/${id}` }],
  ...extra,
});
const json = (entries: unknown[], name = 'My terms') => JSON.stringify({ name, entries });

describe('CSV import', () => {
  it('reads rows with a header into entries, filling in id, as-of month, publisher, and the label as an alias', () => {
    const result = preview(`${CSV_HEADER}\nZorblatt Institute,ZI; the Zorblatt,organisation,A think tank in Zorbla.,https://www.zorblatt.example/about\n`, {
      fileName: 'my-terms.csv',
    });
    expect(result.problems).toEqual([]);
    expect(result.format).toBe('csv');
    expect(result.name).toBe('my-terms');
    expect(result.entries).toEqual([
      {
        id: 'zorblatt-institute',
        label: 'Zorblatt Institute',
        kind: 'organisation',
        aliases: ['Zorblatt Institute', 'ZI', 'the Zorblatt'],
        summary: 'A think tank in Zorbla.',
        asOf: '2026-03',
        sources: [{ publisher: 'zorblatt.example', url: 'https://www.zorblatt.example/about' }],
      },
    ]);
  });

  it('reads the five columns in order without a header, and semicolon-separated files', () => {
    expect(preview('Quux Accord,,agreement,An accord.,https://quux.example/\n').entries[0]).toMatchObject({ id: 'quux-accord', kind: 'agreement', aliases: ['Quux Accord'] });
    const french = preview('label;aliases;kind;summary;source URL\nAccord de Quux;Quux|AQ;agreements;Un accord.;https://quux.example/\n');
    expect(french.problems).toEqual([]);
    expect(french.entries[0]).toMatchObject({ id: 'accord-de-quux', kind: 'agreement', aliases: ['Accord de Quux', 'Quux', 'AQ'] });
  });

  it('accepts header names in any order, with optional id, asOf and publisher', () => {
    const result = preview('Kind,Label,Source,Summary,ID,As of,Publisher\nperson,Ana Pérez,https://ana.example/,A writer.,ana-perez-writer,2024-11,Ana’s site\n');
    expect(result.problems).toEqual([]);
    expect(result.entries[0]).toMatchObject({ id: 'ana-perez-writer', asOf: '2024-11', sources: [{ publisher: 'Ana’s site', url: 'https://ana.example/' }] });
  });

  it('lists every problem by row and column, and nothing is returned as valid from a bad row', () => {
    const result = preview(
      [
        CSV_HEADER,
        'Good One,,place,Fine.,https://good.example/',
        ',,place,No label.,https://x.example/',
        'Bad Kind,,planet,Hmm.,https://x.example/',
        'Bad URL,,place,Hmm.,javascript:alert(1)',
        'Data URL,,place,Hmm.,"data:text/html;base64,PHNjcmlwdD4="',
        'Plain http,,place,Hmm.,http://x.example/',
        'No summary,,place,,https://x.example/',
        'Too, many, cells,place,x,https://x.example/,extra',
      ].join('\n'),
    );
    expect(described(result.problems)).toEqual([
      '3/label: problem_empty',
      '3/aliases: problem_no_alias',
      '4/kind: problem_not_one_of planet | country, place, organisation, government, group, person, agreement, concept, event',
      '5/source URL: problem_url',
      '6/source URL: problem_url',
      '7/source URL: problem_url',
      '8/summary: problem_empty',
      '9/-: problem_csv_cells 7 | 5',
    ]);
    expect(result.entries.map((entry) => entry.id)).toEqual(['good-one']);
  });

  it('reports a duplicate name on the later row, naming the first', () => {
    const result = preview(`${CSV_HEADER}\nZorblatt,,place,One.,https://a.example/\nzorblatt,,place,Two.,https://b.example/\n`);
    expect(described(result.problems)).toEqual(['3/label: problem_duplicate_id_row zorblatt | 2']);
  });

  it('reports an alias two rows claim', () => {
    const result = preview(`${CSV_HEADER}\nNorth Zorbla,Zorbla,place,One.,https://a.example/\nZorbla Republic,Zorbla,country,Two.,https://b.example/\n`);
    expect(described(result.problems)).toEqual(['3/aliases: problem_alias_clash_row zorbla | North Zorbla | 2']);
  });

  it('reports an unknown column, a missing column and an unclosed quote', () => {
    expect(described(preview('label,kind,summary,colour\nA,place,B,red\n').problems)).toEqual([
      '1/colour: problem_csv_header colour',
      '1/-: problem_csv_missing_column source URL',
    ]);
    expect(described(preview(`${CSV_HEADER}\nA,,place,"unclosed,https://a.example/\n`).problems)).toEqual(['2/-: problem_csv_quote']);
  });

  it('gives a label in another script a stable id', () => {
    const once = preview('مجلس الزوربلات,,organisation,مجلس.,https://a.example/\n');
    expect(once.problems).toEqual([]);
    expect(once.entries[0]!.id).toMatch(/^entry-[a-z0-9]+$/);
    expect(preview('مجلس الزوربلات,,organisation,مجلس.,https://a.example/\n').entries[0]!.id).toBe(once.entries[0]!.id);
  });

  it('keeps HTML and script in strings as text', () => {
    const result = preview(`${CSV_HEADER}\n<b>Bold</b> Org,<script>alert(1)</script>,organisation,"<img src=x onerror=alert(1)> is text.",https://a.example/\n`);
    expect(result.problems).toEqual([]);
    expect(result.entries[0]).toMatchObject({ label: '<b>Bold</b> Org', summary: '<img src=x onerror=alert(1)> is text.', aliases: ['<b>Bold</b> Org', '<script>alert(1)</script>'] });
  });

  it('treats __proto__ as an unknown column, without touching Object.prototype', () => {
    const result = preview('label,kind,summary,source URL,__proto__\nA,place,B.,https://a.example/,{"polluted":1}\n');
    expect(described(result.problems)).toEqual(['1/__proto__: problem_csv_header __proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('JSON import', () => {
  it('reads a file in the documented format', () => {
    const entries = [
      validEntry('zorblatt'),
      validEntry('quux', { related: ['zorblatt'], aliases: [{ text: 'QX', contexts: ['Quux'] }, { text: 'Qu', contexts: ['quux town'], scope: 'near' }] }),
    ];
    const result = preview(json(entries), { fileName: 'x.json' });
    expect(result).toMatchObject({ format: 'json', name: 'My terms', problems: [] });
    expect(result.entries).toEqual(entries);
  });

  it('names the entry and the field of each problem', () => {
    const result = preview(
      json([
        validEntry('fine'),
        { ...validEntry('bad-source'), sources: [{ publisher: 'X', url: 'javascript:alert(1)' }] },
        { ...validEntry('bad-alias'), aliases: [{ text: 'A', case: 'upper' }, 5] },
        { ...validEntry('extra'), colour: 'red' },
        'not an entry',
        { ...validEntry('Bad Id') },
      ]),
    );
    expect(described(result.problems)).toEqual([
      '2/sources[0].url: problem_url',
      '3/aliases[0].case: problem_not_one_of upper | auto, sensitive, insensitive',
      '3/aliases[1]: problem_alias_type',
      '4/colour: problem_unknown_field',
      '5/-: problem_entry_not_object',
      '6/id: problem_id_format',
    ]);
    expect(result.problems[0]!.entryId).toBe('bad-source');
    expect(result.entries.map((entry) => entry.id)).toEqual(['fine']);
  });

  it('reports duplicate ids, self links and links to unknown ids, accepting links to installed entries', () => {
    const result = preview(
      json([validEntry('a', { related: ['hamas'] }), validEntry('b', { related: ['b', 'nowhere'] }), validEntry('a')]),
      { knownEntries: new Map([['hamas', { label: 'Hamas', glossary: 'Backgrounder' }]]) },
    );
    expect(described(result.problems)).toEqual([
      '2/related: problem_related_self',
      '2/related: problem_related_unknown nowhere',
      '3/id: problem_duplicate_id_entry a | 1',
    ]);
  });

  it('lists the entries that replace installed ones', () => {
    const result = preview(json([validEntry('hamas'), validEntry('new-one')]), { knownEntries: new Map([['hamas', { label: 'Hamas', glossary: 'Backgrounder' }]]) });
    expect(result.problems).toEqual([]);
    expect(result.replaces.map(({ entry, existing }) => [entry.id, existing.glossary])).toEqual([['hamas', 'Backgrounder']]);
  });

  it('rejects malformed JSON with the parser’s message', () => {
    const result = preview('{"name": "x", "entries": [', { fileName: 'broken.json' });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.key).toBe('problem_json_syntax');
    expect(result.problems[0]!.args[0]).toMatch(/JSON/);
  });

  it('rejects the wrong top-level shape', () => {
    expect(described(preview('[]', { fileName: 'a.json' }).problems)).toEqual(['-/-: problem_json_shape']);
    expect(described(preview('{"name": 5, "entries": {}, "extra": 1}').problems)).toEqual([
      '-/extra: problem_unknown_field',
      '-/name: problem_type_text',
      '-/entries: problem_type_list',
    ]);
    expect(described(preview('{"name": "x"}').problems)).toEqual(['-/entries: problem_missing']);
  });

  it('rejects deep nesting with the path where it starts', () => {
    const deep = `${'['.repeat(50_000)}"x"${']'.repeat(50_000)}`;
    const result = preview(JSON.stringify({ name: 'deep', entries: [{ ...validEntry('a'), facts: 'DEEP' }] }).replace('"DEEP"', deep));
    expect(described(result.problems)).toEqual(['-/entries[0].facts[0][0][0][0][0][0][0][0][0]: problem_too_deep 12']);
  });

  it('rejects __proto__ keys as unknown fields, without touching Object.prototype', () => {
    const text = `{"name": "p", "__proto__": {"polluted": 1}, "entries": [${JSON.stringify(validEntry('a')).replace(/^\{/, '{"__proto__": {"polluted": 1}, ')}]}`;
    const result = preview(text);
    expect(described(result.problems)).toEqual(['-/__proto__: problem_unknown_field', '1/__proto__: problem_unknown_field']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps HTML in strings as text', () => {
    const result = preview(json([validEntry('html', { label: '<img src=x onerror=alert(1)>', summary: '<script>alert(1)</script>' })]));
    expect(result.problems).toEqual([]);
    expect(result.entries[0]!.summary).toBe('<script>alert(1)</script>');
  });
});

describe('files as a whole', () => {
  it('rejects a 20 MB file before reading it, naming its size and the limit', () => {
    expect(checkImportSize(20 * 1024 * 1024)).toEqual({ key: 'problem_file_too_large', args: ['20.0 MB', '2.0 MB'] });
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeUndefined();
  });

  it('rejects 20 MB of pasted text the same way', () => {
    const result = preview(`${CSV_HEADER}\n${'A,,place,B.,https://a.example/\n'.repeat(700_000)}`);
    expect(described(result.problems)).toEqual([expect.stringMatching(/^-\/-: problem_file_too_large 2\d\.\d MB \| 2\.0 MB$/)]);
    expect(result.entries).toEqual([]);
  });

  it('rejects binary files, empty files and files without entries', () => {
    expect(preview('PK\u0003\u0004\u0000\u0000', { fileName: 'sheet.xlsx' }).problems[0]!.key).toBe('problem_not_text');
    expect(preview('  \n').problems[0]!.key).toBe('problem_empty_file');
    expect(preview(`${CSV_HEADER}\n`).problems[0]!.key).toBe('problem_no_entries');
    expect(preview(json([])).problems[0]!.key).toBe('problem_no_entries');
  });

  it('refuses more entries than can be imported at once', () => {
    const rows = Array.from({ length: 5001 }, (_, i) => `N${i},,place,S.,https://a.example/`).join('\n');
    expect(described(preview(rows).problems)).toEqual(['-/-: problem_too_many_entries 5001 | 5000']);
  });

  it('detects the format from the file name, else from the text', () => {
    expect(detectFormat('{}', 'a.csv')).toBe('csv');
    expect(detectFormat('x', 'a.JSON')).toBe('json');
    expect(detectFormat('\uFEFF  {"name"')).toBe('json');
    expect(detectFormat('label,kind')).toBe('csv');
  });
});
