/**
 * One file holding everything the reader made: settings (with the muted
 * names and the corrections of wrong links), their own glossaries and their
 * notes. `parseBackup` checks a file as a whole and says everything that is
 * wrong, by place; only a file without problems can be restored, so a bad
 * file changes nothing. Pure: the store (backup-store.ts) reads and writes.
 */
import * as v from 'valibot';
import { entrySchema, type Entry } from '../core/glossary/schema.ts';
import { GLOSSARY_ID, glossaryNameSchema, type CustomGlossary } from './custom-glossaries.ts';
import { checkNote } from './notes.ts';
import { DEFAULT_SETTINGS, SETTING_KEYS, SETTING_GUARDS, type SettingKey, type Settings } from './settings-schema.ts';

export const BACKUP_FORMAT = 'backgrounder-backup';
export const BACKUP_VERSION = 1;
/** storage.local holds 10 MB in Chrome without `unlimitedStorage`; a larger backup could never be restored whole. */
export const MAX_BACKUP_BYTES = 8 * 1024 * 1024;
const MAX_GLOSSARIES = 200;
const MAX_NOTES = 5000;

export interface Backup {
  readonly exportedAt: string;
  readonly settings: Settings;
  readonly glossaries: readonly CustomGlossary[];
  /** Entry id → note. */
  readonly notes: Readonly<Record<string, string>>;
}

/** What is wrong, and where: "settings.hoverDelay", "glossaries[0].entries[3].summary", "notes.nato". */
export interface BackupProblem {
  readonly where: string;
  readonly message: string;
}

export type ParsedBackup = { readonly ok: true; readonly backup: Backup } | { readonly ok: false; readonly problems: readonly BackupProblem[] };

export function backupToJson(backup: Backup): string {
  const file = { format: BACKUP_FORMAT, version: BACKUP_VERSION, ...backup };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const backupFileName = (exportedAt: string): string => `backgrounder-backup-${exportedAt.slice(0, 10)}.json`;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function issuePlace(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('');
}

function parseSettingsStrictly(raw: unknown, problems: BackupProblem[]): Settings {
  const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  if (!isRecord(raw)) {
    problems.push({ where: 'settings', message: 'must be an object' });
    return settings;
  }
  const target = settings as Record<SettingKey, unknown>;
  for (const [key, value] of Object.entries(raw)) {
    if (!SETTING_KEYS.includes(key as SettingKey)) {
      problems.push({ where: `settings.${key}`, message: 'is not a setting of this version' });
      continue;
    }
    const result = SETTING_GUARDS[key as SettingKey](value);
    if (result.ok) target[key as SettingKey] = result.value;
    else problems.push({ where: `settings.${key}${result.at}`, message: result.message });
  }
  return settings;
}

function parseGlossaries(raw: unknown, problems: BackupProblem[]): CustomGlossary[] {
  if (!Array.isArray(raw)) {
    problems.push({ where: 'glossaries', message: 'must be a list' });
    return [];
  }
  if (raw.length > MAX_GLOSSARIES) problems.push({ where: 'glossaries', message: `at most ${MAX_GLOSSARIES} glossaries` });
  const glossaries: CustomGlossary[] = [];
  const ids = new Set<string>();
  raw.slice(0, MAX_GLOSSARIES).forEach((item, i) => {
    const where = `glossaries[${i}]`;
    if (!isRecord(item)) return problems.push({ where, message: 'must be an object' });
    const { id, name, importedAt, entries } = item;
    const before = problems.length;
    if (typeof id !== 'string' || !GLOSSARY_ID.test(id)) problems.push({ where: `${where}.id`, message: 'must be "custom-" and lower-case letters, digits or hyphens' });
    else if (ids.has(id)) problems.push({ where: `${where}.id`, message: `"${id}" is used by two glossaries` });
    const checkedName = v.safeParse(glossaryNameSchema, name);
    if (!checkedName.success) problems.push({ where: `${where}.name`, message: checkedName.issues[0].message });
    if (typeof importedAt !== 'string' || Number.isNaN(Date.parse(importedAt))) problems.push({ where: `${where}.importedAt`, message: 'must be a date and time' });
    if (!Array.isArray(entries) || entries.length === 0) problems.push({ where: `${where}.entries`, message: 'must be a list of at least one entry' });
    const parsed: Entry[] = [];
    const entryIds = new Set<string>();
    (Array.isArray(entries) ? entries : []).forEach((entry, j) => {
      const result = v.safeParse(entrySchema, entry);
      if (!result.success) {
        for (const issue of result.issues.slice(0, 3)) problems.push({ where: `${where}.entries[${j}]${issuePlace(issue)}`, message: issue.message });
      } else if (entryIds.has(result.output.id)) {
        problems.push({ where: `${where}.entries[${j}].id`, message: `"${result.output.id}" is used by two entries` });
      } else {
        entryIds.add(result.output.id);
        parsed.push(result.output);
      }
    });
    if (problems.length === before && typeof id === 'string' && checkedName.success && typeof importedAt === 'string') {
      ids.add(id);
      glossaries.push({ id, name: checkedName.output, importedAt, entries: parsed });
    }
  });
  return glossaries;
}

function parseNotes(raw: unknown, problems: BackupProblem[]): Record<string, string> {
  if (!isRecord(raw)) {
    problems.push({ where: 'notes', message: 'must be an object of entry ids and notes' });
    return {};
  }
  const notes: Record<string, string> = {};
  const entries = Object.entries(raw);
  if (entries.length > MAX_NOTES) problems.push({ where: 'notes', message: `at most ${MAX_NOTES} notes` });
  for (const [entryId, text] of entries.slice(0, MAX_NOTES)) {
    const problem = typeof text === 'string' ? checkNote(entryId, text) : 'must be text';
    if (problem) problems.push({ where: `notes.${entryId}`, message: problem.replace(/^note: /, '') });
    else if ((text as string).trim() !== '') Object.defineProperty(notes, entryId, { value: (text as string).trim(), enumerable: true, writable: true, configurable: true });
  }
  return notes;
}

export const tooLargeProblem = (): BackupProblem => ({ where: 'file', message: `is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB` });

/** Read a backup file; every problem is listed, and a file with any problem restores nothing. */
export function parseBackup(text: string): ParsedBackup {
  if (new TextEncoder().encode(text).byteLength > MAX_BACKUP_BYTES) return { ok: false, problems: [tooLargeProblem()] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ where: 'file', message: `is not JSON (${error instanceof Error ? error.message : String(error)})` }] };
  }
  if (!isRecord(raw) || raw['format'] !== BACKUP_FORMAT) return { ok: false, problems: [{ where: 'file', message: 'is not a Backgrounder backup' }] };
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problems: [{ where: 'version', message: 'must be a whole number' }] };
  if (version > BACKUP_VERSION) return { ok: false, problems: [{ where: 'version', message: `was written by a newer Backgrounder (backup version ${version}); update the extension first` }] };
  const problems: BackupProblem[] = [];
  const exportedAt = typeof raw['exportedAt'] === 'string' ? raw['exportedAt'] : '';
  const settings = parseSettingsStrictly(raw['settings'], problems);
  const glossaries = parseGlossaries(raw['glossaries'] ?? [], problems);
  const notes = parseNotes(raw['notes'] ?? {}, problems);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, backup: { exportedAt, settings, glossaries, notes } };
}
