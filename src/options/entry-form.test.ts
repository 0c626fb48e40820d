import { describe, expect, it } from 'vitest';
import type { Entry } from '../core/glossary/schema.ts';
import type { KnownEntry } from '../shared/glossary-import.ts';
import { idFromLabel } from '../shared/glossary-csv.ts';
import { indexEntries } from '../shared/glossary-search.ts';
import { checkDraft, draftFromEntry, draftFromPrefill, freeId, nameClashes, type CheckContext, type EntryDraft } from './entry-form.ts';

const TODAY = new Date(2026, 11, 7, 12);
const context = (overrides: Partial<CheckContext> = {}): CheckContext => ({ base: undefined, knownEntries: new Map<string, KnownEntry>(), idTaken: () => false, today: TODAY, ...overrides });
const PREFILL = { text: 'Zorblatt Institute', title: 'Zorblatt Institute opens — Example News', url: 'https://news.example.org/a' };
const filled = (draft: EntryDraft): EntryDraft => ({ ...draft, kind: 'organisation', summary: 'A think tank.' });
const keysOf = (draft: EntryDraft, ctx = context()): Record<string, string[]> =>
  Object.fromEntries([...checkDraft(draft, ctx).problems].map(([field, problems]) => [field, problems.map((problem) => problem.key)]));

describe('the entry editor’s form', () => {
  it('prefills from a selection: label and first alias, the page as first source, kind unset, as of this month', () => {
    const draft = draftFromPrefill(PREFILL, TODAY);
    expect(draft).toMatchObject({ label: 'Zorblatt Institute', aliases: 'Zorblatt Institute', kind: '', summary: '', asOf: '2026-12' });
    expect(draft.sources).toEqual([{ publisher: PREFILL.title, url: PREFILL.url }, { publisher: '', url: '' }, { publisher: '', url: '' }]);
    expect(draftFromPrefill({ ...PREFILL, title: '' }, TODAY).sources[0]).toEqual({ publisher: 'news.example.org', url: PREFILL.url });
    expect(draftFromPrefill({ text: '', title: '', url: '' }, TODAY).sources[0]).toEqual({ publisher: '', url: '' });
  });

  it('files every problem of the prefilled draft under its own field, as the import words it', () => {
    const draft = draftFromPrefill({ ...PREFILL, url: 'http://news.example.org/a' }, TODAY);
    expect(keysOf(draft)).toEqual({ kind: ['problem_missing'], summary: ['problem_empty'], 'sources.0.url': ['problem_url'] });
    expect(checkDraft(draft, context()).entry).toBeUndefined();
  });

  it('makes a valid entry, with an id from the label that no other entry has', () => {
    const checked = checkDraft(filled(draftFromPrefill(PREFILL, TODAY)), context({ idTaken: (id) => id === 'zorblatt-institute' }));
    expect(checked.problems.size).toBe(0);
    expect(checked.entry).toEqual({
      id: 'zorblatt-institute-2',
      label: 'Zorblatt Institute',
      kind: 'organisation',
      aliases: ['Zorblatt Institute'],
      summary: 'A think tank.',
      asOf: '2026-12',
      sources: [{ publisher: PREFILL.title, url: PREFILL.url }],
    });
  });

  it('files problems of the second alias line and the third source row under them, and an empty form under each field', () => {
    const draft: EntryDraft = {
      ...filled(draftFromPrefill(PREFILL, TODAY)),
      aliases: 'Zorblatt Institute\n\nzorblatt institute\n' + 'x'.repeat(121),
      sources: [{ publisher: '', url: '' }, { publisher: '', url: '' }, { publisher: 'Example', url: 'javascript:alert(1)' }],
    };
    expect(keysOf(draft)).toEqual({ aliases: ['problem_too_long'], 'sources.2.url': ['problem_url'] });
    // As in an import, the checks across aliases run once the entry passes the schema.
    const twice = { ...draft, aliases: 'Zorblatt Institute\nzorblatt institute', sources: [{ publisher: 'Example', url: 'https://example.org/' }] };
    expect(keysOf(twice)).toEqual({ aliases: ['problem_duplicate_alias'] });
    const empty: EntryDraft = { label: '', kind: '', aliases: '', summary: '', asOf: '', sources: [] };
    expect(keysOf(empty)).toEqual({
      label: ['problem_empty'],
      kind: ['problem_missing'],
      aliases: ['problem_no_alias'],
      summary: ['problem_empty'],
      asOf: ['problem_as_of'],
      sources: ['problem_no_source'],
    });
  });

  it('edits an entry keeping its id, its facts and the gates of the aliases left unchanged', () => {
    const base: Entry = {
      id: 'rsf-group',
      label: 'Rapid Support Forces',
      kind: 'group',
      aliases: ['Rapid Support Forces', { text: 'RSF', case: 'sensitive', contexts: ['Sudan'], scope: 'block' }],
      summary: 'A paramilitary force in Sudan.',
      facts: [{ label: 'Founded', value: '2013' }],
      asOf: '2026-01',
      sources: [{ publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Rapid_Support_Forces' }],
      related: ['sudan'],
    };
    const known = new Map<string, KnownEntry>([['sudan', { label: 'Sudan', glossary: 'Backgrounder' }]]);
    const draft = { ...draftFromEntry(base), aliases: 'Rapid Support Forces\nRSF\nJanjaweed successor', asOf: '2026-12' };
    const checked = checkDraft(draft, context({ base, knownEntries: known, idTaken: () => true }));
    expect(checked.entry).toEqual({ ...base, aliases: [...base.aliases, 'Janjaweed successor'], asOf: '2026-12' });
    expect(keysOf(draft, context({ base }))).toEqual({ form: ['problem_related_unknown'] });
  });

  it('makes ids that are kebab-case from any label', () => {
    expect(idFromLabel('  Médecins Sans Frontières (MSF) ')).toBe('medecins-sans-frontieres-msf');
    expect(idFromLabel('حماس')).toMatch(/^entry-[0-9a-z]+$/);
    expect(idFromLabel('a'.repeat(59) + ' b')).toBe('a'.repeat(59));
    expect(freeId('entry', (id) => ['entry', 'entry-2'].includes(id))).toBe('entry-3');
  });
});

describe('names the draft shares with other entries', () => {
  const entryOf = (id: string, label: string, ...aliases: string[]): Entry => ({ id, label, kind: 'group', aliases: [label, ...aliases], summary: 's', asOf: '2026-01', sources: [] });
  const index = indexEntries([
    { entry: entryOf('fatah', 'Fatah', 'Fateh', 'حركة فتح'), glossaryId: 'bundled', glossaryName: 'Bundled' },
    { entry: entryOf('hamas', 'Hamas'), glossaryId: 'bundled', glossaryName: 'Bundled' },
    { entry: entryOf('my-fatah', 'Fatah'), glossaryId: 'own', glossaryName: 'Mine' },
  ]);
  const draft = (label: string, aliases: string): EntryDraft => ({ ...draftFromPrefill({ text: label, title: '', url: '' }, TODAY), aliases });
  const named = (clashes: ReturnType<typeof nameClashes>) => clashes.map(({ name, others }) => [name, others.map((other) => `${other.glossaryId}/${other.entry.id}`)]);

  it('finds a name folded as the matcher folds it, once per set of entries, whatever line it is on', () => {
    expect(named(nameClashes(draft('FATEH', 'FATEH\nFatah\nPalestine Liberation'), index))).toEqual([
      ['FATEH', ['bundled/fatah']],
      ['Fatah', ['bundled/fatah', 'own/my-fatah']],
    ]);
  });

  it('finds nothing for new names and for the edited entry itself', () => {
    expect(nameClashes(draft('Zorblatt Institute', 'Zorblatt Institute'), index)).toEqual([]);
    expect(named(nameClashes(draft('Fatah', 'Fatah'), index, { id: 'my-fatah', glossaryId: 'own' }))).toEqual([['Fatah', ['bundled/fatah']]]);
  });
});
