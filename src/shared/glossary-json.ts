/**
 * A glossary from a JSON file in the documented format (docs/glossary-format.md):
 * parsed, checked for depth and for the top-level shape, and split into its
 * candidate entries, each to be checked against the shared schema.
 */
import { problem, type ImportProblem } from './import-problems.ts';

/** Deeper than any valid glossary (file → entries → entry → alias → contexts → term is 6). */
export const MAX_JSON_DEPTH = 12;

export interface JsonCandidate {
  /** The entry's position in "entries", from 1. */
  readonly row: number;
  readonly raw: unknown;
}

export interface JsonGlossary {
  readonly name: string | undefined;
  readonly candidates: readonly JsonCandidate[];
  readonly problems: readonly ImportProblem[];
}

/** The path to the first value nested deeper than `limit`, or undefined. Iterative: a hostile file cannot overflow the stack. */
export function tooDeep(value: unknown, limit: number): string | undefined {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value, depth: 0, path: '' }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth >= limit) return item.path || '(top)';
    const children = Array.isArray(item.value)
      ? item.value.map((child, index) => [`[${index}]`, child] as const)
      : Object.entries(item.value).map(([key, child]) => [`.${key}`, child] as const);
    for (const [step, child] of children) stack.push({ value: child, depth: item.depth + 1, path: `${item.path}${step}`.replace(/^\./, '') });
  }
  return undefined;
}

export function readJsonGlossary(text: string): JsonGlossary {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { name: undefined, candidates: [], problems: [problem('problem_json_syntax', [error instanceof Error ? error.message : String(error)])] };
  }
  const deepPath = tooDeep(data, MAX_JSON_DEPTH);
  if (deepPath !== undefined) return { name: undefined, candidates: [], problems: [problem('problem_too_deep', [String(MAX_JSON_DEPTH)], { field: deepPath })] };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { name: undefined, candidates: [], problems: [problem('problem_json_shape')] };

  const record = data as Record<string, unknown>;
  const problems: ImportProblem[] = [];
  for (const key of Object.keys(record)) {
    if (!['$schema', 'name', 'entries'].includes(key)) problems.push(problem('problem_unknown_field', [], { field: key }));
  }
  const name = Object.hasOwn(record, 'name') && typeof record['name'] === 'string' && record['name'].trim() ? record['name'].trim() : undefined;
  if (Object.hasOwn(record, 'name') && name === undefined) problems.push(problem('problem_type_text', [], { field: 'name' }));
  const entries = Object.hasOwn(record, 'entries') ? record['entries'] : undefined;
  if (!Array.isArray(entries)) {
    problems.push(problem(entries === undefined ? 'problem_missing' : 'problem_type_list', [], { field: 'entries' }));
    return { name, candidates: [], problems };
  }
  return { name, candidates: entries.map((raw, index) => ({ row: index + 1, raw })), problems };
}
