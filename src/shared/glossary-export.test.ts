import { describe, expect, it } from 'vitest';
import { canonicalGlossaryText, readGlossarySource } from '../../scripts/lib/glossary-files.ts';
import { exportFileName, glossaryToJson } from './glossary-export.ts';
import { previewImport } from './glossary-import.ts';

describe('glossary export', () => {
  const { entries, files } = readGlossarySource();

  it('writes the canonical format the build checks', () => {
    const text = glossaryToJson('Backgrounder', entries);
    expect(text).toBe(canonicalGlossaryText({ name: 'Backgrounder', entries: [...entries] }));
  });

  it('imports back to the same entries', () => {
    // File by file: the whole bundled glossary is larger than one import may be (MAX_IMPORT_BYTES).
    // The other files are installed, so links across files resolve.
    for (const [file, fileEntries] of files) {
      const others = entries.filter((entry) => !fileEntries.includes(entry));
      const knownEntries = new Map(others.map((entry) => [entry.id, { label: entry.label, glossary: 'bundled' }]));
      const text = glossaryToJson('Round trip', [...fileEntries].reverse());
      const result = previewImport({ text, knownEntries, today: new Date() });
      expect(result.problems, file).toEqual([]);
      expect(result.name).toBe('Round trip');
      expect(new Map(result.entries.map((e) => [e.id, e]))).toEqual(new Map(fileEntries.map((e) => [e.id, e])));
    }
  });

  it('names the file after the glossary', () => {
    expect(exportFileName('Mes termes à moi')).toBe('mes-termes-a-moi.json');
    expect(exportFileName('مصطلحاتي')).toBe('glossary.json');
  });
});
