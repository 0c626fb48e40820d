import { describe, expect, it } from 'vitest';
import { splitSource } from './glossary-parts.ts';

const entries = Array.from({ length: 10 }, (_, i) => ({ id: `entry-${i}`, summary: 'x'.repeat(100) }));

describe('splitSource', () => {
  it('writes one file in the documented format when the source is small', () => {
    const parts = splitSource('Backgrounder', entries, 'glossary.json');
    expect(parts.map((part) => part.file)).toEqual(['glossary.json']);
    expect(JSON.parse(parts[0]!.text)).toEqual({ name: 'Backgrounder', entries });
  });

  it('splits a large source into parts under the limit, the first naming the others, no entry lost or split', () => {
    const parts = splitSource('Backgrounder', entries, 'glossary.json', 400);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(new TextEncoder().encode(part.text).length).toBeLessThan(400 + 200);
    const [first, ...rest] = parts.map((part) => JSON.parse(part.text) as { name?: string; parts?: string[]; entries: unknown[] });
    expect(first!.name).toBe('Backgrounder');
    expect(first!.parts).toEqual(parts.slice(1).map((part) => part.file));
    expect([...first!.entries, ...rest.flatMap((part) => part.entries)]).toEqual(entries);
  });
});
