import { describe, expect, it } from 'vitest';
import { aliasesAddedSince } from './aliases-added.ts';

const file = (entries: unknown[]) => JSON.stringify({ entries });

describe('aliasesAddedSince', () => {
  it('lists aliases added to entries that already existed, and nothing else', () => {
    const before = new Map([['a.json', file([{ id: 'x', aliases: ['X'] }])]]);
    const now = new Map([
      ['a.json', file([{ id: 'x', aliases: ['X', { text: 'إكس' }] }, { id: 'y', aliases: ['Y'] }])],
      ['generated-places.json', file([{ id: 'x', aliases: ['Ex'] }])],
    ]);
    expect(aliasesAddedSince(before, now)).toEqual(['x\tإكس']);
  });

  it('counts an entry moved to another file as the same entry', () => {
    const before = new Map([['a.json', file([{ id: 'x', aliases: ['X'] }])]]);
    const now = new Map([['b.json', file([{ id: 'x', aliases: ['X'] }])]]);
    expect(aliasesAddedSince(before, now)).toEqual([]);
  });
});
