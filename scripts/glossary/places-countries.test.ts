import { describe, expect, it } from 'vitest';
import { handWrittenEntries } from './generate-places.ts';
import { COUNTRIES, DIVISION_COUNTRIES, PLACE_REGIONS } from './places-countries.ts';

describe('country table of the place generator', () => {
  const byId = new Map(handWrittenEntries().map((entry) => [entry.id, entry]));

  it('names only country entries of the glossary, each once', () => {
    for (const [code, row] of COUNTRIES) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(byId.get(row.id)?.kind, `${code} → ${row.id}`).toBe('country');
      expect(PLACE_REGIONS).toContain(row.region);
    }
    const ids = [...COUNTRIES.values()].map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers every state whose divisions are all generated', () => {
    for (const code of DIVISION_COUNTRIES) expect(COUNTRIES.has(code), code).toBe(true);
    expect(DIVISION_COUNTRIES.length).toBeGreaterThanOrEqual(31);
  });
});
