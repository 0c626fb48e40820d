import { describe, expect, it } from 'vitest';
import { countBy, loggedIds, monthsBefore, parseMonth, staleEntries, verificationQueue, type DatedEntry } from './freshness.ts';

const entries: DatedEntry[] = [
  { id: 'nato', kind: 'organisation', asOf: '2025-06', file: 'a.json' },
  { id: 'keir-starmer', kind: 'person', asOf: '2025-06', file: 'b.json' },
  { id: 'iran', kind: 'country', asOf: '2026-03', file: 'b.json' },
  { id: 'oslo-accords', kind: 'agreement', asOf: '2024-11', file: 'a.json' },
  { id: 'hamas', kind: 'group', asOf: '2025-11', file: 'a.json' },
];

describe('the cut-off month', () => {
  it('counts back across a year boundary', () => {
    expect(monthsBefore(new Date('2026-12-07T00:00:00Z'), 12)).toBe('2025-12');
    expect(monthsBefore(new Date('2026-02-28T00:00:00Z'), 3)).toBe('2025-11');
    expect(monthsBefore(new Date('2026-01-01T00:00:00Z'), 0)).toBe('2026-01');
  });

  it('accepts only real YYYY-MM months', () => {
    expect(parseMonth('2025-12')).toBe('2025-12');
    expect(() => parseMonth('2025-13')).toThrow(/2025-13/u);
    expect(() => parseMonth('2025-1')).toThrow();
    expect(() => parseMonth('December 2025')).toThrow();
  });
});

describe('the ids a freshness log names', () => {
  const known = new Set(entries.map((entry) => entry.id));

  it('reads the first cell of table rows, with or without backticks', () => {
    const log = ['| entry | verified to |', '|---|---|', '| nato | 2026-01 |', '| `hamas` | 2026-02 |', 'nato in prose is not a row'].join('\n');
    expect([...loggedIds(log, known)].sort()).toEqual(['hamas', 'nato']);
  });

  it('skips cells that are not ids of entries', () => {
    const log = ['| 2024 Kursk offensive | confirmed |', '| iran-israel | 2026-01 |', '| Iran | x |'].join('\n');
    expect(loggedIds(log, known).size).toBe(0);
  });
});

describe('stale entries', () => {
  const stale = staleEntries(entries, '2025-12', new Set(['nato']));

  it('keeps entries dated before the cut-off, oldest first, and marks the logged ones', () => {
    expect(stale.map((entry) => entry.id)).toEqual(['oslo-accords', 'keir-starmer', 'nato', 'hamas']);
    expect(stale.filter((entry) => entry.logged).map((entry) => entry.id)).toEqual(['nato']);
  });

  it('does not count an entry dated in the cut-off month', () => {
    expect(staleEntries(entries, '2025-11', new Set()).map((entry) => entry.id)).not.toContain('hamas');
  });

  it('counts by kind and by file, with the logged share', () => {
    expect(countBy(stale, 'file')).toEqual([
      { key: 'a.json', stale: 3, logged: 1 },
      { key: 'b.json', stale: 1, logged: 0 },
    ]);
    expect(countBy(stale, 'kind').find((row) => row.key === 'organisation')).toEqual({ key: 'organisation', stale: 1, logged: 1 });
  });

  it('queues unlogged entries people first, then governments, countries, organisations, groups, events, agreements', () => {
    expect(verificationQueue(stale).map((entry) => entry.id)).toEqual(['keir-starmer', 'hamas', 'oslo-accords']);
  });
});
