import { describe, expect, it } from 'vitest';
import { canonicalGlossaryText, readGlossarySource } from '../../scripts/lib/glossary-files.ts';
import { exportFileName, glossaryToJson } from './glossary-export.ts';
import { previewImport } from './glossary-import.ts';

describe('glossary export', () => {
  const { entries } = readGlossarySource();

  it('writes the canonical format the build checks', () => {
    const text = glossaryToJson('Backgrounder', entries);
    expect(text).toBe(canonicalGlossaryText({ name: 'Backgrounder', entries: [...entries] }));
  });

  it('imports back to the same entries', () => {
    const text = glossaryToJson('Round trip', [...entries].reverse());
    const result = previewImport({ text, knownEntries: new Map(), today: new Date() });
    expect(result.problems).toEqual([]);
    expect(result.name).toBe('Round trip');
    expect(new Map(result.entries.map((e) => [e.id, e]))).toEqual(new Map(entries.map((e) => [e.id, e])));
  });

  it('names the file after the glossary', () => {
    expect(exportFileName('Mes termes à moi')).toBe('mes-termes-a-moi.json');
    expect(exportFileName('مصطلحاتي')).toBe('glossary.json');
  });
});
