/**
 * Reading the bundled glossary from assets/glossary/*.json: parse, validate,
 * check consistency and canonical formatting. Shared by the build, the check
 * and the coverage report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkGlossaryConsistency, validateGlossaryFile, type GlossaryProblem } from '../../src/core/glossary/validate.ts';
import type { Entry } from '../../src/core/glossary/schema.ts';

export const GLOSSARY_DIR = path.resolve(import.meta.dirname, '../../assets/glossary');

const ENTRY_KEYS = ['id', 'label', 'kind', 'aliases', 'summary', 'facts', 'asOf', 'sources', 'related', 'generated'];
const ALIAS_KEYS = ['text', 'case', 'plural', 'contexts', 'relatedContexts', 'notContexts', 'scope', 'exclude', 'givenName'];

export interface GlossarySource {
  readonly files: ReadonlyMap<string, readonly Entry[]>;
  /** Every entry, files in name order, entries in file order. */
  readonly entries: readonly Entry[];
  readonly problems: readonly GlossaryProblem[];
}

function orderKeys<T extends object>(value: T, keys: readonly string[]): T {
  const record = value as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of keys) if (key in record) ordered[key] = record[key];
  for (const key of Object.keys(record)) if (!(key in ordered)) ordered[key] = record[key];
  return ordered as T;
}

/** The canonical text of a glossary file: entries sorted by id, keys in documented order, 2-space JSON. */
export function canonicalGlossaryText(data: { name: string; entries: unknown[] } & Record<string, unknown>): string {
  const entries = [...data.entries]
    .map((entry) => {
      const ordered = orderKeys(entry as Record<string, unknown>, ENTRY_KEYS);
      if (Array.isArray(ordered['aliases'])) {
        ordered['aliases'] = ordered['aliases'].map((alias: unknown) =>
          typeof alias === 'object' && alias !== null ? orderKeys(alias, ALIAS_KEYS) : alias,
        );
      }
      if (Array.isArray(ordered['sources'])) ordered['sources'] = ordered['sources'].map((s: object) => orderKeys(s, ['publisher', 'url']));
      if (Array.isArray(ordered['facts'])) ordered['facts'] = ordered['facts'].map((f: object) => orderKeys(f, ['label', 'value']));
      return ordered;
    })
    .sort((a, b) => String(a['id']).localeCompare(String(b['id']), 'en'));
  return `${JSON.stringify(orderKeys({ ...data, entries }, ['$schema', 'name', 'entries']), null, 2)}\n`;
}

export function glossaryFileNames(dir = GLOSSARY_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** Read and check every glossary file. Nothing throws: every problem is returned. */
export function readGlossarySource(dir = GLOSSARY_DIR): GlossarySource {
  const problems: GlossaryProblem[] = [];
  const files = new Map<string, Entry[]>();
  for (const name of glossaryFileNames(dir)) {
    const file = path.relative(process.cwd(), path.join(dir, name));
    const text = readFileSync(path.join(dir, name), 'utf8');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      problems.push({ file, message: `is not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const result = validateGlossaryFile(file, data);
    problems.push(...result.problems);
    files.set(file, result.entries);
    if (result.problems.length === 0 && canonicalGlossaryText(data as { name: string; entries: unknown[] }) !== text) {
      problems.push({ file, message: 'is not in canonical format (entries sorted by id, keys in documented order, 2-space JSON); run `npm run glossary:format`' });
    }
  }
  problems.push(...checkGlossaryConsistency(files));
  return { files, entries: [...files.values()].flat(), problems };
}
