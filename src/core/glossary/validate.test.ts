import { describe, expect, it } from 'vitest';
import type { Entry } from './schema.ts';
import { checkGlossaryConsistency, formatProblem, validateGlossaryFile, type GlossaryProblem } from './validate.ts';

const FILE = 'middle-east.json';

function raw(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    label: id,
    kind: 'group',
    aliases: [id],
    summary: 'A short neutral summary.',
    asOf: '2025-01',
    sources: [{ publisher: 'Wikipedia', url: `https://en.wikipedia.org/wiki/${id}` }],
    ...overrides,
  };
}

function entry(id: string, overrides: Partial<Entry> = {}): Entry {
  return raw(id, overrides) as unknown as Entry;
}

/** The problems of one bad entry, as [entry, field, message] triples. */
function problemsOf(badEntry: unknown): Array<[string | undefined, string | undefined, string]> {
  const { problems, entries } = validateGlossaryFile(FILE, { name: 'Middle East', entries: [raw('hamas'), badEntry] });
  expect(entries.map((e) => e.id)).toEqual(['hamas']);
  for (const problem of problems) expect(problem.file).toBe(FILE);
  return problems.map((p) => [p.entry, p.field, p.message]);
}

describe('validateGlossaryFile: the file', () => {
  it('accepts a valid file and returns its entries', () => {
    const result = validateGlossaryFile(FILE, {
      $schema: './schema.json',
      name: ' Middle East ',
      entries: [raw('hamas'), raw('fatah', { aliases: [{ text: 'Fatah', exclude: ['Fatah al-Islam'] }], related: ['hamas'] })],
    });
    expect(result.problems).toEqual([]);
    expect(result.name).toBe('Middle East');
    expect(result.entries.map((e) => e.id)).toEqual(['hamas', 'fatah']);
  });

  it.each<[string, unknown, Array<Pick<GlossaryProblem, 'field' | 'message'>>]>([
    ['not an object', [], [{ message: 'must be a JSON object with "name" and "entries"' }]],
    ['null', null, [{ message: 'must be a JSON object with "name" and "entries"' }]],
    ['no name', { entries: [] }, [{ field: 'name', message: 'must be a non-empty string' }]],
    ['blank name', { name: '  ', entries: [] }, [{ field: 'name', message: 'must be a non-empty string' }]],
    ['unknown field', { name: 'x', entries: [], extra: 1 }, [{ field: 'extra', message: 'is not a known field' }]],
    ['entries not an array', { name: 'x', entries: {} }, [{ field: 'entries', message: 'must be an array of entries' }]],
  ])('reports a file that is %s', (_label, data, expected) => {
    const { problems, entries } = validateGlossaryFile(FILE, data);
    expect(entries).toEqual([]);
    expect(problems).toEqual(expected.map((p) => ({ file: FILE, ...p })));
  });

  it('falls back to the file name when the name is missing', () => {
    expect(validateGlossaryFile(FILE, { entries: [] }).name).toBe(FILE);
  });
});

describe('validateGlossaryFile: entries name the file, the entry and the field', () => {
  it.each<[string, unknown, string | undefined, string, RegExp]>([
    ['id not kebab-case', raw('Bad_Id'), '"Bad_Id" (#2)', 'id', /kebab-case/],
    ['id with a double hyphen', raw('bad--id'), '"bad--id" (#2)', 'id', /kebab-case/],
    ['unknown kind', raw('x', { kind: 'militia' }), '"x" (#2)', 'kind', /.+/],
    ['no alias', raw('x', { aliases: [] }), '"x" (#2)', 'aliases', /needs at least one alias/],
    ['blank alias', raw('x', { aliases: ['  '] }), '"x" (#2)', 'aliases[0]', /.+/],
    ['alias object with an unknown rule', raw('x', { aliases: ['x', { text: 'PA', context: ['Ramallah'] }] }), '"x" (#2)', 'aliases[1]', /.+/],
    ['alias object with empty contexts', raw('x', { aliases: [{ text: 'PA', contexts: [] }] }), '"x" (#2)', 'aliases[0].contexts', />=1/],
    ['alias object with a bad case', raw('x', { aliases: [{ text: 'PA', case: 'upper' }] }), '"x" (#2)', 'aliases[0]', /.+/],
    ['blank summary', raw('x', { summary: ' ' }), '"x" (#2)', 'summary', /must not be empty/],
    ['summary over 60 words', raw('x', { summary: 'word '.repeat(61) }), '"x" (#2)', 'summary', /at most 60 words/],
    ['asOf with month 13', raw('x', { asOf: '2024-13' }), '"x" (#2)', 'asOf', /YYYY-MM/],
    ['asOf with a day', raw('x', { asOf: '2024-05-01' }), '"x" (#2)', 'asOf', /YYYY-MM/],
    ['http source', raw('x', { sources: [{ publisher: 'W', url: 'http://example.org/' }] }), '"x" (#2)', 'sources[0].url', /https:\/\//],
    ['source URL with credentials', raw('x', { sources: [{ publisher: 'W', url: 'https://u:p@example.org/' }] }), '"x" (#2)', 'sources[0].url', /https:\/\//],
    ['source host without a dot', raw('x', { sources: [{ publisher: 'W', url: 'https://localhost/' }] }), '"x" (#2)', 'sources[0].url', /https:\/\//],
    ['no source', raw('x', { sources: [] }), '"x" (#2)', 'sources', /needs at least one source/],
    ['four sources', raw('x', { sources: Array(4).fill({ publisher: 'W', url: 'https://example.org/' }) }), '"x" (#2)', 'sources', /.+/],
    ['related id not kebab-case', raw('x', { related: ['Hamas'] }), '"x" (#2)', 'related[0]', /must be an entry id/],
    ['unknown entry field', raw('x', { wikipedia: 'Hamas' }), '"x" (#2)', 'wikipedia', /.+/],
    ['fact label too long', raw('x', { facts: [{ label: 'x'.repeat(41), value: 'v' }] }), '"x" (#2)', 'facts[0].label', /at most 40/],
    ['no id at all', (({ id: _id, ...rest }) => rest)(raw('x')), '#2', 'id', /.+/],
    ['id that is not a string', raw('x', { id: 7 }), '#2', 'id', /.+/],
  ])('%s', (_label, bad, entryName, field, message) => {
    const problems = problemsOf(bad);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toContainEqual([entryName, field, expect.stringMatching(message)]);
  });

  it('an entry that is not an object is reported by its position', () => {
    expect(problemsOf('hamas')).toEqual([['#2', undefined, expect.any(String)]]);
  });

  it('reports every problem of an entry, not only the first', () => {
    const fields = problemsOf(raw('x', { kind: 'militia', asOf: 'soon', sources: [] })).map(([, field]) => field);
    expect(fields).toEqual(expect.arrayContaining(['kind', 'asOf', 'sources']));
  });

  it('formats a problem as file: entry: field: message', () => {
    const [problem] = validateGlossaryFile(FILE, { name: 'x', entries: [raw('x', { asOf: '2024' })] }).problems;
    expect(formatProblem(problem!)).toBe('middle-east.json: entry "x" (#1): asOf: must be a year and month, YYYY-MM');
    expect(formatProblem({ file: FILE, message: 'is broken' })).toBe('middle-east.json: is broken');
  });
});

describe('checkGlossaryConsistency', () => {
  const check = (files: Record<string, Entry[]>): GlossaryProblem[] => checkGlossaryConsistency(new Map(Object.entries(files)));

  it('accepts a consistent glossary', () => {
    expect(
      check({
        'a.json': [entry('hamas', { related: ['fatah'] }), entry('fatah', { related: ['hamas'] })],
        'b.json': [entry('georgia', { aliases: [{ text: 'Georgia', contexts: ['Tbilisi'] }] })],
        'c.json': [entry('georgia-us-state', { aliases: [{ text: 'Georgia', contexts: ['Atlanta'] }] })],
      }),
    ).toEqual([]);
  });

  it('reports a duplicate id in another file, naming both files', () => {
    expect(check({ 'a.json': [entry('hamas')], 'b.json': [entry('hamas', { aliases: ['Harakat'] })] })).toEqual([
      { file: 'b.json', entry: '"hamas"', field: 'id', message: 'duplicates the id of an entry in a.json' },
    ]);
  });

  it('reports a duplicate id in the same file', () => {
    expect(check({ 'a.json': [entry('hamas'), entry('hamas', { aliases: ['Harakat'] })] })).toEqual([
      { file: 'a.json', entry: '"hamas"', field: 'id', message: 'duplicates the id of an entry in a.json' },
    ]);
  });

  it('reports a dangling related link', () => {
    expect(check({ 'a.json': [entry('hamas', { related: ['fatah'] })] })).toEqual([
      { file: 'a.json', entry: '"hamas"', field: 'related', message: '"fatah" is not an entry id' },
    ]);
  });

  it('resolves related links across files', () => {
    expect(check({ 'a.json': [entry('hamas', { related: ['fatah'] })], 'b.json': [entry('fatah')] })).toEqual([]);
  });

  it('reports a link to itself', () => {
    expect(check({ 'a.json': [entry('hamas', { related: ['hamas'] })] })).toEqual([
      { file: 'a.json', entry: '"hamas"', field: 'related', message: 'links to itself' },
    ]);
  });

  it.each([
    ['the same text', 'Erdoğan', 'Erdoğan'],
    ['another case', 'Erdoğan', 'ERDOĞAN'],
    ['without diacritics', 'Erdoğan', 'Erdogan'],
    ['another apostrophe', 'People’s Republic', "People's Republic"],
    ['a hyphen for a space', 'al-Qaeda', 'al Qaeda'],
  ])('reports an alias listed twice in one entry: %s', (_label, first, second) => {
    expect(check({ 'a.json': [entry('erdogan', { aliases: [first, { text: second, contexts: ['Turkey'] }] })] })).toEqual([
      {
        file: 'a.json',
        entry: '"erdogan"',
        field: 'aliases',
        message: `"${second}" is listed twice (aliases are compared without case and diacritics)`,
      },
    ]);
  });

  it.each([
    ['notContexts', 'so the alias never matches'],
    ['contexts', 'so it gates nothing'],
  ])('reports an alias that has itself in its %s', (field, effect) => {
    expect(check({ 'a.json': [entry('mit', { aliases: [{ text: 'MIT', [field]: ['Boston', 'MİT'] }] })] })).toEqual([
      { file: 'a.json', entry: '"mit"', field: 'aliases', message: `"MIT" has itself in ${field} ("MİT"), ${effect}` },
    ]);
  });

  it('reports an alias claimed by two entries without contexts', () => {
    const problems = check({
      'a.json': [entry('georgia', { aliases: ['Georgia'] })],
      'b.json': [entry('georgia-us-state', { aliases: ['GEORGIA'] })],
    });
    expect(problems).toEqual([
      {
        file: 'a.json',
        entry: '"georgia"',
        field: 'aliases',
        message: '"georgia" is also an alias of georgia-us-state; give each claim contexts that separate them',
      },
    ]);
  });

  it('names every other entry that claims the alias', () => {
    const problems = check({
      'a.json': [entry('chad', { aliases: ['Chad'] }), entry('chad-person', { aliases: ['Chad'] })],
      'b.json': [entry('lake-chad', { aliases: ['Chád'] })],
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe('"chad" is also an alias of chad-person, lake-chad; give each claim contexts that separate them');
  });

  it('accepts one plain claim beside claims gated by contexts', () => {
    expect(
      check({
        'a.json': [entry('palestinian-authority', { aliases: ['Palestinian Authority', { text: 'PA', contexts: ['Ramallah'] }] })],
        'b.json': [entry('pennsylvania', { aliases: ['PA'] })],
      }),
    ).toEqual([]);
  });

  it('accepts a claim gated by the names of related entries', () => {
    expect(
      check({
        'a.json': [entry('homs', { aliases: [{ text: 'Homs', relatedContexts: true }], related: ['syria'] }), entry('syria', { aliases: ['Syria'] })],
        'b.json': [entry('homs-person', { aliases: ['Homs'] })],
      }),
    ).toEqual([]);
  });

  it('notContexts alone do not gate a claim', () => {
    const problems = check({
      'a.json': [entry('georgia', { aliases: [{ text: 'Georgia', notContexts: ['Atlanta'] }] })],
      'b.json': [entry('georgia-us-state', { aliases: ['Georgia'] })],
    });
    expect(problems.map((p) => p.field)).toEqual(['aliases']);
  });
});
