import { describe, expect, it } from 'vitest';
import type { AliasSpec, Entry, Kind } from '../../src/core/glossary/schema.ts';
import { findAmbiguities, type AliasFinding } from './ambiguity.ts';
import type { CommonWords } from './common-words.ts';

const entry = (id: string, kind: Kind, label: string, ...aliases: AliasSpec[]): Entry => ({
  id, label, kind, aliases, summary: 'A test entry.', asOf: '2026-01', sources: [{ publisher: 'Test', url: 'https://example.org/' }],
});
/** No common words, no personal names: only the kinds of ambiguity-kinds.ts are under test. */
const WORDS: CommonWords = { languagesOf: () => [], isCased: (text) => /\p{Script=Latin}/u.test(text), personalName: () => undefined, isGivenName: () => false };

const check = (...entries: Entry[]): AliasFinding[] => findAmbiguities(entries.map((e) => ({ file: 'test.json', entry: e })), WORDS, new Map());
const KINDS = new Set(['short-cjk-person', 'generic-institution', 'numbered-document']);
/** [alias, reason] of every risk of these kinds that no gate answers. */
const unanswered = (...entries: Entry[]): Array<[string, string]> =>
  check(...entries).flatMap((f) => f.unanswered.filter((risk) => KINDS.has(risk.reason)).map((risk): [string, string] => [f.alias, risk.reason]));

describe('short Chinese and Japanese person names', () => {
  const sisi = (alias: AliasSpec) => entry('sisi', 'person', 'Abdel Fattah el-Sisi', 'Abdel Fattah el-Sisi', alias);

  it('flags a name of two characters without contexts near it ("塞西" begins "塞西尔", Cecil)', () => {
    expect(unanswered(sisi('塞西'))).toEqual([['塞西', 'short-cjk-person']]);
    expect(unanswered(sisi({ text: '塞西', contexts: ['埃及'] }))).toEqual([['塞西', 'short-cjk-person']]);
  });

  it('accepts contexts in the block or near it', () => {
    expect(unanswered(sisi({ text: '塞西', contexts: ['埃及', '总统'], scope: 'block' }))).toEqual([]);
    expect(unanswered(sisi({ text: '塞西', contexts: ['埃及'], scope: 'near' }))).toEqual([]);
  });

  it('flags a name of three characters only where it begins another person\'s name', () => {
    const maduro = entry('maduro', 'person', 'Nicolás Maduro', 'Nicolás Maduro', '马杜罗');
    expect(unanswered(maduro)).toEqual([]);
    expect(unanswered(maduro, entry('madurov', 'person', 'Ivan Madurov', 'Ivan Madurov', '马杜罗夫'))).toEqual([['马杜罗', 'short-cjk-person']]);
  });

  it('flags a three-character transliteration measured to mean mostly something else ("默克尔树", the Merkle tree)', () => {
    expect(unanswered(entry('merkel', 'person', 'Angela Merkel', 'Angela Merkel', '默克尔'))).toEqual([['默克尔', 'short-cjk-person']]);
  });

  it('flags a foreign surname alone, the last part of its own full name written with an interpunct (坎贝尔 of 库尔特·坎贝尔)', () => {
    const campbell = (alias: AliasSpec) => entry('campbell', 'person', 'Kurt Campbell', 'Kurt Campbell', '库尔特·坎贝尔', alias);
    expect(unanswered(campbell('坎贝尔'))).toEqual([['坎贝尔', 'short-cjk-person']]);
    expect(unanswered(campbell({ text: '坎贝尔', contexts: ['库尔特·坎贝尔', '副国务卿'], scope: 'block' }))).toEqual([]);
  });

  it('leaves names of other kinds and longer names alone', () => {
    expect(unanswered(entry('nato', 'organisation', 'NATO', '北约'), entry('xi', 'person', 'Xi Jinping', '习近平'))).toEqual([]);
  });
});

describe('generic institution names', () => {
  it('flags a name made only of generic institution words, in any language', () => {
    expect(unanswered(entry('pn', 'government', 'Police nationale (France)', 'Police nationale'))).toEqual([['Police nationale', 'generic-institution']]);
    expect(unanswered(entry('iaf', 'group', 'Islamic Action Front', 'Islamic Action Front', 'جبهة العمل الإسلامي'))).toEqual([
      ['Islamic Action Front', 'generic-institution'],
      ['جبهة العمل الإسلامي', 'generic-institution'],
    ]);
    expect(unanswered(entry('ng', 'government', 'National Guard', 'National Guard of the Republic'))).toEqual([['National Guard of the Republic', 'generic-institution']]);
    // Chinese, written without spaces: whole names ("国务院" is also the US State Department).
    expect(unanswered(entry('sc', 'government', 'State Council', '国务院', '中华人民共和国国务院'))).toEqual([['国务院', 'generic-institution']]);
  });

  it('wants its country near it or in its block, not anywhere on the page', () => {
    const gated = (scope: 'page' | 'block') => entry('pn', 'government', 'Police nationale (France)', { text: 'Police nationale', contexts: ['France'], scope });
    expect(unanswered(gated('page'))).toEqual([['Police nationale', 'generic-institution']]);
    expect(unanswered(gated('block'))).toEqual([]);
  });

  it('leaves alone a name with a word of its own, and people and places', () => {
    expect(unanswered(entry('fbi', 'government', 'FBI', 'Bundestag', 'Knesset Guard', 'Hezbollah'))).toEqual([]);
    expect(unanswered(entry('nf', 'person', 'National Front', 'National Front'), entry('np', 'place', 'National Park', 'National Park'))).toEqual([]);
  });
});

describe('numbered documents', () => {
  it('flags a bare number in any language, and the UN\'s without its body', () => {
    const res = entry('r2254', 'agreement', 'Resolution 2254', 'Resolution 2254', 'resolución 2254', 'القرار 2254', '第2254号决议', 'UN Resolution 2254', 'UNSC Resolution 2254');
    expect(unanswered(res).map(([alias]) => alias).sort()).toEqual(['Resolution 2254', 'UN Resolution 2254', 'resolución 2254', 'القرار 2254', '第2254号决议'].sort());
  });

  it('wants its body named near it, and a term inside the alias does not count', () => {
    const gated = (contexts: string[]) => entry('r242', 'agreement', 'Resolution 242', { text: 'UN Resolution 242', contexts, scope: 'block' });
    expect(unanswered(gated(['UN']))).toEqual([['UN Resolution 242', 'numbered-document']]);
    expect(unanswered(gated(['Security Council']))).toEqual([]);
  });
});
