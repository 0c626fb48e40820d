/**
 * Fuzzing the glossary import: any text, any JSON, hostile keys, hostile
 * strings and URLs. The import never throws, every problem is a message the
 * UI can show, prototype pollution never happens, what it accepts passes the
 * schema, and a file with problems changes nothing in storage.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import messages from '../../assets/_locales/en/messages.json';
import { entrySchema, KINDS, type Entry } from '../core/glossary/schema.ts';
import { previewImport, type ImportPreview } from './glossary-import.ts';
import type { FakeBrowser } from './test-support/fake-browser.ts';

vi.mock('./browser.ts', async () => ({ default: (await import('./test-support/fake-browser.ts')).fakeBrowser() }));
const { default: realBrowser } = await import('./browser.ts');
const { addImportedGlossary } = await import('./custom-glossaries.ts');
const browser = realBrowser as unknown as FakeBrowser;

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const preview = (text: string, fileName?: string): ImportPreview =>
  previewImport({ text, ...(fileName && { fileName }), knownEntries: new Map([['hamas', { label: 'Hamas', glossary: 'Backgrounder' }]]), today: new Date(Date.UTC(2026, 0, 1)) });

/** Checks that hold for every preview. */
function checkPreview(result: ImportPreview): void {
  for (const problem of result.problems) expect(Object.hasOwn(messages, problem.key), problem.key).toBe(true);
  for (const entry of result.entries) expect(v.is(entrySchema, entry)).toBe(true);
  if (result.problems.length === 0) expect(new Set(result.entries.map((e) => e.id)).size).toBe(result.entries.length);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
}

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '__proto__', 'constructor', '\u202Eevil', ''),
);
const hostileUrl = fc.oneof(
  fc.constantFrom('javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'http://example.org/', 'https://', 'https://user:pw@example.org/', '//example.org'),
  fc.string({ maxLength: 20 }),
);
const validEntry: fc.Arbitrary<Entry> = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/),
  label: fc.stringMatching(/^[A-Za-z<>"'&]([A-Za-z<>"'& ]{0,18}[A-Za-z>])?$/),
  kind: fc.constantFrom(...KINDS),
  aliases: fc.array(fc.stringMatching(/^[A-Z][a-z]{2,10}( [A-Z][a-z]{2,10})?$/), { minLength: 1, maxLength: 3 }),
  summary: fc.constantFrom('A summary.', '<b>Bold</b> <script>alert(1)</script>', 'Texte en français.', 'نص عربي.'),
  asOf: fc.constantFrom('2024-01', '2025-12'),
  sources: fc.constant([{ publisher: 'Example', url: 'https://example.org/' }]),
});

/** Any JSON, with prototype-pollution keys mixed in. */
const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), tie('object'), fc.array(tie('value'), { maxLength: 4 })),
  object: fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'name', 'entries', 'id', 'aliases', 'sources', 'polluted'), tie('value'), { maxKeys: 5 }),
})).value;

beforeEach(async () => {
  await browser.storage.local.clear();
});

describe('glossary import, fuzzed', () => {
  it('any text, as CSV or JSON, gives a preview and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(undefined, 'a.csv', 'a.json', 'a.txt'), (text, fileName) => checkPreview(preview(text, fileName))),
      { numRuns: 400 },
    );
  });

  it('any JSON value, with __proto__ and constructor keys anywhere, is refused or read safely', () => {
    fc.assert(
      fc.property(hostileJson, (value) => {
        // JSON.stringify drops a "__proto__" set through assignment; build the text so the key reaches JSON.parse.
        const text = JSON.stringify(value).replaceAll('"polluted"', '"__proto__"');
        checkPreview(preview(text, 'a.json'));
      }),
      { numRuns: 400 },
    );
  });

  it('CSV rows made of hostile cells are refused or read as plain text', () => {
    const cell = fc.oneof(hostileText, hostileUrl).map((value) => `"${value.replaceAll('"', '""')}"`);
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 6 }), (rows) => {
        checkPreview(preview(rows.map((row) => row.join(',')).join('\n'), 'a.csv'));
      }),
      { numRuns: 300 },
    );
  });

  it('HTML and script in strings are kept as text, exactly', () => {
    fc.assert(
      fc.property(fc.uniqueArray(validEntry, { selector: (e) => e.id, minLength: 1, maxLength: 4 }), (entries) => {
        const unique = entries.map((e, i) => ({ ...e, aliases: [`${e.aliases[0]} Term${'x'.repeat(i)}`] }));
        const result = preview(JSON.stringify({ name: '<b>n</b>', entries: unique }));
        expect(result.problems).toEqual([]);
        expect(result.entries).toEqual(unique);
        expect(result.name).toBe('<b>n</b>');
      }),
      { numRuns: 200 },
    );
  });

  it('every URL but a well-formed https one is refused, naming the source’s field', () => {
    fc.assert(
      fc.property(validEntry, hostileUrl, (entry, url) => {
        fc.pre(!/^https:\/\/[^/@:]+\.[^/@]+/.test(url));
        const result = preview(JSON.stringify({ name: 'x', entries: [{ ...entry, sources: [{ publisher: 'P', url }] }] }));
        expect(result.problems.map((p) => [p.row, p.field, p.key])).toContainEqual([1, 'sources[0].url', 'problem_url']);
        expect(result.entries).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a duplicate id is always reported on the later entry', () => {
    fc.assert(
      fc.property(validEntry, validEntry, (a, b) => {
        const result = preview(JSON.stringify({ name: 'x', entries: [a, { ...b, id: a.id, aliases: ['Zzzz Other'] }] }));
        expect(result.problems.map((p) => [p.row, p.key])).toContainEqual([2, 'problem_duplicate_id_entry']);
      }),
      { numRuns: 100 },
    );
  });

  it('a file with problems changes nothing in storage', async () => {
    await browser.storage.local.set({ 'glossary:custom-existing': { keep: 'me' } });
    const before = [...browser.storage.local.data];
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), hostileJson.map((value) => JSON.stringify(value))), async (text) => {
        const result = preview(text);
        fc.pre(result.problems.length > 0);
        await expect(addImportedGlossary(result, 'Name')).rejects.toMatchObject({ reason: 'invalid' });
        expect([...browser.storage.local.data]).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });
});
