/**
 * The entry editor's form, without the DOM: a draft of plain strings (what
 * the fields hold), the entry it makes, and its problems by field. It
 * validates exactly as an import does, by running the one-entry glossary
 * the draft makes through previewImport (src/shared/glossary-import.ts):
 * the same schema, the same consistency checks, the same messages.
 */
import { KINDS, type Entry, type Kind } from '../core/glossary/schema.ts';
import type { EntryPrefill } from '../shared/add-entry-route.ts';
import { previewImport, type KnownEntry } from '../shared/glossary-import.ts';
import { entriesNamed, type IndexedEntry } from '../shared/glossary-search.ts';
import { idFromLabel } from '../shared/glossary-csv.ts';
import type { ImportProblem } from '../shared/import-problems.ts';

/** Source rows the form shows: the schema allows three. */
export const SOURCE_ROWS = 3;

export interface SourceDraft {
  readonly publisher: string;
  readonly url: string;
}

export interface EntryDraft {
  readonly label: string;
  readonly kind: Kind | '';
  /** One alias a line. */
  readonly aliases: string;
  readonly summary: string;
  readonly asOf: string;
  readonly sources: readonly SourceDraft[];
}

/** A field of the form, as problems are filed: `sources.1.url` is the second source's address. */
export type FieldName = 'form' | 'label' | 'kind' | 'aliases' | 'summary' | 'asOf' | 'sources' | `sources.${number}.${'publisher' | 'url'}`;

/** The month of a date, as "as of" months are written (the reader's own calendar month). */
export const monthOf = (date: Date): string => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;

const padSources = (sources: readonly SourceDraft[]): SourceDraft[] => [
  ...sources.slice(0, SOURCE_ROWS),
  ...Array.from({ length: Math.max(0, SOURCE_ROWS - sources.length) }, () => ({ publisher: '', url: '' })),
];

/** The editor opened on a selection: label and first alias from it, the page as first source, kind unset, as of this month. */
export function draftFromPrefill(prefill: EntryPrefill, today: Date): EntryDraft {
  const source = prefill.url ? [{ publisher: prefill.title || new URL(prefill.url).hostname, url: prefill.url }] : [];
  return { label: prefill.text, kind: '', aliases: prefill.text, summary: '', asOf: monthOf(today), sources: padSources(source) };
}

/** The editor opened on an existing entry. */
export function draftFromEntry(entry: Entry): EntryDraft {
  return {
    label: entry.label,
    kind: entry.kind,
    aliases: entry.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)).join('\n'),
    summary: entry.summary,
    asOf: entry.asOf,
    sources: padSources(entry.sources),
  };
}

/** The first of `id`, `id-2`, `id-3`… that `taken` does not hold: a new entry never silently replaces another. */
export function freeId(id: string, taken: (id: string) => boolean): string {
  if (!taken(id)) return id;
  for (let n = 2; ; n++) if (!taken(`${id}-${n}`)) return `${id}-${n}`;
}

interface Candidate {
  readonly value: Record<string, unknown>;
  /** For each source of the candidate, the form row it came from (empty rows are left out). */
  readonly sourceRows: readonly number[];
}

/**
 * The entry the draft makes. What the form does not show of an edited entry
 * (facts, related entries, an alias's gates) is kept from `base`: an alias
 * whose text is unchanged keeps its contexts.
 */
function candidateOf(draft: EntryDraft, id: string, base: Entry | undefined): Candidate {
  const gated = new Map((base?.aliases ?? []).flatMap((alias) => (typeof alias === 'string' ? [] : [[alias.text, alias] as const])));
  const aliases = draft.aliases
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((text) => gated.get(text) ?? text);
  const sourceRows = draft.sources.flatMap((source, row) => (source.publisher.trim() || source.url.trim() ? [row] : []));
  const { aliases: _aliases, sources: _sources, kind: _kind, ...kept } = base ?? ({} as Partial<Entry>);
  const value: Record<string, unknown> = {
    ...kept,
    id,
    label: draft.label,
    ...(KINDS.includes(draft.kind as Kind) && { kind: draft.kind }),
    aliases,
    summary: draft.summary,
    asOf: draft.asOf.trim(),
    sources: sourceRows.map((row) => ({ publisher: draft.sources[row]!.publisher, url: draft.sources[row]!.url.trim() })),
  };
  return { value, sourceRows };
}

/** The form field a problem's path names ("sources[0].url" → the first filled source row's address). */
function fieldOf(path: string | undefined, sourceRows: readonly number[]): FieldName {
  const root = /^[a-zA-Z]+/.exec(path ?? '')?.[0];
  if (root === 'sources') {
    const match = /^sources\[(\d+)\](?:\.(publisher|url))?/.exec(path ?? '');
    const row = match ? sourceRows[Number(match[1])] : undefined;
    return row === undefined ? 'sources' : `sources.${row}.${(match?.[2] as 'publisher' | 'url' | undefined) ?? 'url'}`;
  }
  if (root === 'label' || root === 'kind' || root === 'aliases' || root === 'summary' || root === 'asOf') return root;
  return 'form';
}

export interface CheckedDraft {
  /** The entry, when the draft has no problem. */
  readonly entry: Entry | undefined;
  readonly problems: ReadonlyMap<FieldName, readonly ImportProblem[]>;
}

export interface CheckContext {
  /** The entry being edited, or undefined for a new one. */
  readonly base: Entry | undefined;
  /** Entries of the installed glossaries by id (for related links), the edited one left out. */
  readonly knownEntries: ReadonlyMap<string, KnownEntry>;
  /** Whether an id is taken in the glossary the entry goes to (a new entry then gets another). */
  readonly idTaken: (id: string) => boolean;
  readonly today: Date;
}

/** Check a draft as the import checks a file of one entry. */
export function checkDraft(draft: EntryDraft, context: CheckContext): CheckedDraft {
  const id = context.base?.id ?? freeId(idFromLabel(draft.label), context.idTaken);
  const { value, sourceRows } = candidateOf(draft, id, context.base);
  const preview = previewImport({ text: JSON.stringify({ name: 'entry', entries: [value] }), fileName: 'entry.json', knownEntries: context.knownEntries, today: context.today });
  const problems = new Map<FieldName, ImportProblem[]>();
  for (const problem of preview.problems) {
    const field = fieldOf(problem.field, sourceRows);
    problems.set(field, [...(problems.get(field) ?? []), problem]);
  }
  return { entry: problems.size === 0 ? preview.entries[0] : undefined, problems };
}

/** A name of the draft that other entries have too. */
export interface NameClash {
  /** As the reader typed it. */
  readonly name: string;
  readonly others: readonly IndexedEntry[];
}

/**
 * The draft's names (label and aliases) that other entries already have. On a
 * page the reader's entry wins such a name unless the page's context points
 * to the other (src/core/match/select.ts), so the editor says so before saving.
 * `editing` is the entry being edited, which does not clash with itself.
 */
export function nameClashes(draft: EntryDraft, index: readonly IndexedEntry[], editing?: { readonly id: string; readonly glossaryId: string }): NameClash[] {
  const names = [draft.label, ...draft.aliases.split('\n')].map((name) => name.trim()).filter(Boolean);
  const clashes: NameClash[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const others = entriesNamed(index, name).filter((item) => !(editing && item.entry.id === editing.id && item.glossaryId === editing.glossaryId));
    const key = others.map((item) => `${item.glossaryId}/${item.entry.id}`).join(' ');
    if (others.length === 0 || seen.has(key)) continue;
    seen.add(key);
    clashes.push({ name, others });
  }
  return clashes;
}
