/**
 * Validation of glossary files with messages a person can act on: every
 * problem names the file, the entry (id and position) and the field.
 *
 * Used by the build for the bundled glossary and by the options page for
 * imported ones, so the same file gets the same verdict everywhere.
 */
import * as v from 'valibot';
import { normalisePhrase } from '../text/normalise.ts';
import { entrySchema, type Entry } from './schema.ts';

export interface GlossaryProblem {
  readonly file: string;
  /** The entry's id when it has a readable one, else its position. */
  readonly entry?: string;
  readonly field?: string;
  readonly message: string;
}

export function formatProblem(problem: GlossaryProblem): string {
  return [problem.file, problem.entry && `entry ${problem.entry}`, problem.field, problem.message].filter(Boolean).join(': ');
}

const issuePath = (issue: v.BaseIssue<unknown>): string =>
  (issue.path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('').replace(/^\./, '');

/** Validate the parsed JSON of one glossary file. Returns the valid entries and every problem. */
export function validateGlossaryFile(file: string, data: unknown): { name: string; entries: Entry[]; problems: GlossaryProblem[] } {
  const problems: GlossaryProblem[] = [];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { name: file, entries: [], problems: [{ file, message: 'must be a JSON object with "name" and "entries"' }] };
  }
  const record = data as Record<string, unknown>;
  const name = typeof record['name'] === 'string' && record['name'].trim() ? record['name'].trim() : file;
  if (typeof record['name'] !== 'string' || !record['name'].trim()) problems.push({ file, field: 'name', message: 'must be a non-empty string' });
  for (const key of Object.keys(record)) {
    if (!['$schema', 'name', 'entries'].includes(key)) problems.push({ file, field: key, message: 'is not a known field' });
  }
  if (!Array.isArray(record['entries'])) {
    problems.push({ file, field: 'entries', message: 'must be an array of entries' });
    return { name, entries: [], problems };
  }
  const entries: Entry[] = [];
  record['entries'].forEach((raw: unknown, index) => {
    const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
    const entry = id ? `"${id}" (#${index + 1})` : `#${index + 1}`;
    const result = v.safeParse(entrySchema, raw);
    if (result.success) entries.push(result.output);
    else {
      for (const issue of result.issues) {
        const field = issuePath(issue);
        problems.push({ file, entry, ...(field && { field }), message: issue.message });
      }
    }
  });
  return { name, entries, problems };
}

/**
 * Checks that need the whole glossary: unique ids, `related` links that
 * resolve, and aliases that two entries claim without contexts to tell them
 * apart. `files` maps each file name to its valid entries.
 */
export function checkGlossaryConsistency(files: ReadonlyMap<string, readonly Entry[]>): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const idFile = new Map<string, string>();
  for (const [file, entries] of files) {
    for (const entry of entries) {
      const previous = idFile.get(entry.id);
      if (previous) problems.push({ file, entry: `"${entry.id}"`, field: 'id', message: `duplicates the id of an entry in ${previous}` });
      else idFile.set(entry.id, file);
    }
  }
  const claims = new Map<string, Array<{ file: string; id: string; gated: boolean }>>();
  for (const [file, entries] of files) {
    for (const entry of entries) {
      for (const related of entry.related ?? []) {
        if (!idFile.has(related)) problems.push({ file, entry: `"${entry.id}"`, field: 'related', message: `"${related}" is not an entry id` });
        if (related === entry.id) problems.push({ file, entry: `"${entry.id}"`, field: 'related', message: 'links to itself' });
      }
      const seenHere = new Set<string>();
      for (const alias of entry.aliases) {
        const text = typeof alias === 'string' ? alias : alias.text;
        const folded = normalisePhrase(text).folded;
        if (seenHere.has(folded)) {
          problems.push({ file, entry: `"${entry.id}"`, field: 'aliases', message: `"${text}" is listed twice (aliases are compared without case and diacritics)` });
          continue;
        }
        seenHere.add(folded);
        // A gate term that is the alias itself is always present where the alias is: it gates nothing, or cancels every match.
        if (typeof alias !== 'string') {
          for (const [field, terms] of [['contexts', alias.contexts], ['notContexts', alias.notContexts]] as const) {
            const self = terms?.find((term) => normalisePhrase(term).folded === folded);
            if (self !== undefined) {
              const effect = field === 'contexts' ? 'so it gates nothing' : 'so the alias never matches';
              problems.push({ file, entry: `"${entry.id}"`, field: 'aliases', message: `"${text}" has itself in ${field} ("${self}"), ${effect}` });
            }
          }
        }
        const gated = typeof alias !== 'string' && (alias.contexts !== undefined || alias.relatedContexts === true);
        const list = claims.get(folded) ?? [];
        list.push({ file, id: entry.id, gated });
        claims.set(folded, list);
      }
    }
  }
  for (const [folded, list] of claims) {
    if (list.length < 2) continue;
    // One entry may hold the plain meaning; every other claim must be gated by contexts.
    const ungated = list.filter((claim) => !claim.gated);
    if (ungated.length > 1) {
      const [first] = ungated;
      const others = ungated.slice(1).map((claim) => claim.id);
      problems.push({
        file: first!.file,
        entry: `"${first!.id}"`,
        field: 'aliases',
        message: `"${folded}" is also an alias of ${others.join(', ')}; give each claim contexts that separate them`,
      });
    }
  }
  return problems;
}
