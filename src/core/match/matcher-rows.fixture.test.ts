/**
 * Table-driven matcher cases: a row is a text, a density and the mentions
 * expected, as [surface text, entry id] in order. Shared by the per-language
 * test files; not a test file itself (see vitest.config.ts).
 */
import { describe, expect, it } from 'vitest';
import { Matcher } from './matcher.ts';
import type { Density, Mention } from './types.ts';
import { fixtureGlossary } from './glossary.fixture.test.ts';

export const matcher = new Matcher([fixtureGlossary()]);

export type Row = readonly [text: string, density: Density, expected: ReadonlyArray<readonly [surface: string, entryId: string]>];

export const found = (text: string, mentions: readonly Mention[]): Array<[string, string]> =>
  mentions.map((m) => [text.slice(m.start, m.end), m.entryId]);

/** One test per row: findMentions on the fixture glossary gives exactly the expected mentions. */
export function describeRows(name: string, rows: readonly Row[]): void {
  describe(`findMentions: ${name}`, () => {
    it.each(rows)('%j (%s)', (text, density, expected) => {
      expect(found(text, matcher.findMentions(text, { density }))).toEqual(expected);
    });
  });
}
