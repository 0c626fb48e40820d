import { describe, expect, it } from 'vitest';
import { canonicalGlossaryText, readGlossarySource } from '../../scripts/lib/glossary-files.ts';
import { exportFileName, glossaryToJson } from './glossary-export.ts';
import { previewImport } from './glossary-import.ts';

/** Checking every entry of the bundled glossary (5,700+) takes seconds, more on a loaded machine. */
const WHOLE_GLOSSARY_MS = 30_000;

describe('glossary export', () => {
  const { entries, files } = readGlossarySource();

  it('writes the canonical format the build checks', () => {
    const text = glossaryToJson('Backgrounder', entries);
    expect(text).toBe(canonicalGlossaryText({ name: 'Backgrounder', entries: [...entries] }));
  });

  it('imports back to the same entries', () => {
    // File by file: the whole bundled glossary is larger than one import may be (MAX_IMPORT_BYTES).
    // The other files are installed, so links across files resolve.
    const installed = new Map(entries.map((entry) => [entry.id, { label: entry.label, glossary: 'bundled' }]));
    for (const [file, fileEntries] of files) {
      const knownEntries = new Map(installed);
      for (const entry of fileEntries) knownEntries.delete(entry.id);
      const text = glossaryToJson('Round trip', [...fileEntries].reverse());
      const result = previewImport({ text, knownEntries, today: new Date() });
      expect(result.problems, file).toEqual([]);
      expect(result.name).toBe('Round trip');
      expect(new Map(result.entries.map((e) => [e.id, e]))).toEqual(new Map(fileEntries.map((e) => [e.id, e])));
    }
  }, WHOLE_GLOSSARY_MS);

  it('names the file after the glossary', () => {
    expect(exportFileName('Mes termes à moi')).toBe('mes-termes-a-moi.json');
    expect(exportFileName('مصطلحاتي')).toBe('glossary.json');
  });
});
