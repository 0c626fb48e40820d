/**
 * What is wrong with a glossary being imported, located by row (CSV) or
 * entry (JSON) and field, as a message key and its arguments so that the
 * options page shows it in the reader's language. Validation issues from the
 * shared glossary schema are turned into these here.
 */
import type * as v from 'valibot';
import type { MessageKey } from './i18n.ts';

export type ProblemKey = Extract<MessageKey, `problem_${string}`>;

export interface ImportProblem {
  /** CSV: the line the row starts on, from 1. JSON: the entry's position in "entries", from 1. */
  readonly row?: number;
  /** The entry's id, when it has a readable one. */
  readonly entryId?: string;
  /** A CSV column name, or a path into a JSON entry ("sources[0].url"). */
  readonly field?: string;
  readonly key: ProblemKey;
  readonly args: readonly string[];
}

export const problem = (key: ProblemKey, args: readonly string[] = [], where: Pick<ImportProblem, 'row' | 'entryId' | 'field'> = {}): ImportProblem => ({
  ...where,
  key,
  args,
});

/** "sources[0].url" from an issue path. */
export function issuePath(path: readonly { key: unknown }[] | undefined): string {
  return (path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('').replace(/^\./, '');
}

/** The schema's own messages (src/core/glossary/schema.ts), each with its key. */
const SCHEMA_MESSAGES: ReadonlyArray<readonly [RegExp, ProblemKey]> = [
  [/^must not be empty$/, 'problem_empty'],
  [/^must be at most (\d+) characters$/, 'problem_too_long'],
  [/^must be at most (\d+) words$/, 'problem_too_many_words'],
  [/^must be a well-formed https:\/\/ URL$/, 'problem_url'],
  [/^must be kebab-case/, 'problem_id_format'],
  [/^must be an entry id$/, 'problem_id_format'],
  [/^needs at least one alias$/, 'problem_no_alias'],
  [/^needs at least one source$/, 'problem_no_source'],
  [/^must be a year and month, YYYY-MM$/, 'problem_as_of'],
];

const TYPE_KEYS: Readonly<Record<string, ProblemKey>> = {
  string: 'problem_type_text',
  Object: 'problem_type_object',
  Array: 'problem_type_list',
  boolean: 'problem_type_boolean',
  number: 'problem_type_number',
};

/** Strip valibot's quotes from a received value and keep it short enough to show. */
const shown = (received: string): string => {
  const text = received.replace(/^"(.*)"$/s, '$1');
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

export interface DescribedIssue {
  readonly key: ProblemKey;
  readonly args: readonly string[];
  readonly path: string;
}

/** The messages for one validation issue; a union (an alias) is explained by the branch that fits its input. */
export function describeIssue(issue: v.BaseIssue<unknown>): DescribedIssue[] {
  const path = issuePath(issue.path);
  if (issue.type === 'union' && issue.issues && typeof issue.input === 'object' && issue.input !== null) {
    // The object branch's issues have paths inside the alias (relative to it); the string branch's have none.
    const inside = issue.issues.filter((sub) => (sub.path?.length ?? 0) > 0);
    if (inside.length > 0) return inside.flatMap((sub) => describeIssue({ ...sub, path: [...(issue.path ?? []), ...(sub.path ?? [])] as typeof sub.path }));
  }
  if (issue.type === 'union') return [{ key: 'problem_alias_type', args: [], path }];
  for (const [pattern, key] of SCHEMA_MESSAGES) {
    const match = pattern.exec(issue.message);
    if (match) return [{ key, args: match.slice(1), path }];
  }
  return [describeBuiltIn(issue, path)];
}

/** Valibot's own issues, whose messages are English prose: by type instead. */
function describeBuiltIn(issue: v.BaseIssue<unknown>, path: string): DescribedIssue {
  if (issue.type === 'strict_object' && issue.expected === 'never') return { key: 'problem_unknown_field', args: [], path };
  if (issue.type === 'strict_object' && issue.received === 'undefined') return { key: 'problem_missing', args: [], path };
  if (issue.type === 'picklist') {
    const options = [...(issue.expected ?? '').matchAll(/"([^"]*)"/g)].map((match) => match[1]!);
    return { key: 'problem_not_one_of', args: [shown(issue.received), options.join(', ')], path };
  }
  if (issue.kind === 'schema') return { key: TYPE_KEYS[issue.expected ?? ''] ?? 'problem_invalid', args: [], path };
  const requirement = String((issue as { requirement?: unknown }).requirement ?? '');
  if (issue.type === 'max_length' && Array.isArray(issue.input)) return { key: 'problem_too_many_items', args: [requirement], path };
  if (issue.type === 'min_length' && Array.isArray(issue.input)) return { key: 'problem_too_few_items', args: [requirement], path };
  if (issue.type === 'max_length') return { key: 'problem_too_long', args: [requirement], path };
  return { key: 'problem_invalid', args: [], path };
}
