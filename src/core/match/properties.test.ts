import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileGlossary, pluralSuffix } from '../glossary/compile.ts';
import type { AliasSpec, Entry } from '../glossary/schema.ts';
import { normalise, normalisePhrase } from '../text/normalise.ts';
import { matchesCase } from './case-rule.ts';
import { Matcher } from './matcher.ts';
import type { Density, Mention } from './types.ts';
import {
  FIXTURE_ALIAS_TEXTS,
  FIXTURE_CONTEXT_TERMS,
  FIXTURE_ENTRIES,
  fixtureGlossary,
  makeEntry,
} from './glossary.fixture.test.ts';

const matcher = new Matcher([fixtureGlossary()]);
const DENSITIES: readonly Density[] = ['all', 'first'];

/** Alias text as written → the entries that list it. */
const ALIAS_OWNERS = new Map<string, Set<string>>();
for (const entry of FIXTURE_ENTRIES) {
  for (const alias of entry.aliases) {
    const text = typeof alias === 'string' ? alias : alias.text;
    const owners = ALIAS_OWNERS.get(text) ?? new Set<string>();
    owners.add(entry.id);
    ALIAS_OWNERS.set(text, owners);
  }
}

/** Words that appear in no alias, context or exclusion of the fixture: the vocabulary of "unrelated" entries. */
const UNRELATED_WORDS = ['lorem', 'ipsum', 'dolor', 'amet', 'consectetur', 'adipiscing', 'elit', 'tempor'];

// ----- generators -------------------------------------------------------------------------------

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** A name from the glossary, as written or in another case, sometimes plural or possessive. */
const glossaryName = fc
  .tuple(
    fc.constantFrom(...FIXTURE_ALIAS_TEXTS, ...FIXTURE_CONTEXT_TERMS, 'intifadas', 'two-state solutions'),
    fc.constantFrom('as written', 'upper', 'lower', 'capitalised', 'as written'),
    fc.constantFrom('', '', '', '’s', "'s", '’', 's', '-led', '\u0301'),
  )
  .map(([name, casing, suffix]) => {
    const cased = casing === 'upper' ? name.toUpperCase() : casing === 'lower' ? name.toLowerCase() : casing === 'capitalised' ? capitalise(name) : name;
    return cased + suffix;
  });

/** Words that look like names but are not, or are only in some contexts. */
const trapWord = fc.constantFrom(
  'woman', 'Omani', 'UNESCO', 'UNRWA', 'us', 'is', 'Us', 'turkey', 'china', 'chad', 'Georgia', 'PA', 'IS', 'un', 'Un',
  'Fatah al-Islam', 'Chinatown', 'Hamastan', 'EUR', 'USB', 'Indochina', 'Pennsylvania',
);

const latinWord = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), minLength: 1, maxLength: 8 });
const unrelatedWord = fc
  .array(fc.constantFrom(...UNRELATED_WORDS), { minLength: 1, maxLength: 2 })
  .chain((words) => fc.constantFrom(words.join(' '), capitalise(words.join(' ')), words.join(' ').toUpperCase(), words.join('-')));
const cjk = fc.string({ unit: fc.constantFrom('中', '国', '美', '的', '在', '联', '合', '安', '理', '会', '哈', '马', '斯', '𠮷', '。', '，'), minLength: 1, maxLength: 6 });
const arabic = fc.string({ unit: fc.constantFrom('و', 'ب', 'ل', 'ال', 'ح', 'م', 'ا', 'س', 'ف', 'ت', 'َ', 'ُ', 'ـ', 'ة', 'ه', '،', 'أ'), minLength: 1, maxLength: 6 });
/** Hangul syllables decompose into jamo: a name must not end inside a syllable (러시아 is not in 러시안). */
const korean = fc.string({ unit: fc.constantFrom('러', '시', '아', '안', '는', '서', '울', '평', '양', '야', '의'), minLength: 1, maxLength: 6 });
const accented = fc.constantFrom('é', 'ğ', 'ā', 'Ḥ', 'ß', 'ø', 'e\u0301', 'İ', 'ı');
const punctuation = fc.constantFrom('.', ',', ';', ':', '!', '?', '(', ')', '«', '»', '“', '”', '’', "'", '"', '#', '@', '/', '&', '…');

const token = fc.oneof(
  { weight: 6, arbitrary: glossaryName },
  { weight: 2, arbitrary: trapWord },
  { weight: 3, arbitrary: unrelatedWord },
  { weight: 3, arbitrary: latinWord },
  { weight: 2, arbitrary: cjk },
  { weight: 2, arbitrary: arabic },
  { weight: 1, arbitrary: korean },
  { weight: 1, arbitrary: accented },
  { weight: 1, arbitrary: punctuation },
);
const joiner = fc.constantFrom(' ', ' ', ' ', '', '-', '–', ', ', '. ', '\u00a0', '\u200b', '\u00ad', '\n', '’', ' (');

/** Text made of glossary names, traps, random words, CJK and Arabic, glued by separators (or by nothing). */
const newsText = fc
  .array(fc.tuple(token, joiner), { maxLength: 24 })
  .map((parts) => parts.map(([t, j]) => t + j).join(''));

/** Cut points anywhere, including inside surrogate pairs and names. */
function chunksOf(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let previous = 0;
  for (const point of points) {
    chunks.push(text.slice(previous, point));
    previous = point;
  }
  chunks.push(text.slice(previous));
  return chunks;
}

// ----- properties -------------------------------------------------------------------------------

describe('properties of findMentions', () => {
  it('the generator produces mentions (the properties below are not vacuous)', () => {
    const samples = fc.sample(newsText, { numRuns: 200, seed: 42 });
    const withMentions = samples.filter((text) => matcher.findMentions(text, { density: 'all' }).length > 0);
    expect(withMentions.length).toBeGreaterThan(100);
  });

  it('mentions never overlap, are in order and lie inside the text', () => {
    fc.assert(
      fc.property(newsText, fc.constantFrom(...DENSITIES), (text, density) => {
        const mentions = matcher.findMentions(text, { density });
        let lastEnd = 0;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(lastEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          lastEnd = m.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('text.slice(start, end) normalises to an alias of the entry, or its plural', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        for (const m of matcher.findMentions(text, { density: 'all' })) checkMention(text, m);
      }),
      { numRuns: 400 },
    );
  });

  it('a mention never cuts a surrogate pair or a combining sequence', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        for (const m of matcher.findMentions(text, { density: 'all' })) {
          expect(/^\p{M}/u.test(text.slice(m.start))).toBe(false);
          expect(/^\p{M}/u.test(text.slice(m.end))).toBe(false);
          expect(/^[\udc00-\udfff]/.test(text.slice(m.start))).toBe(false);
          expect(/^[\udc00-\udfff]/.test(text.slice(m.end))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('chunked and whole input give the same result', () => {
    fc.assert(
      fc.property(newsText, fc.array(fc.nat(), { maxLength: 8 }), fc.constantFrom(...DENSITIES), (text, cuts, density) => {
        const chunks = chunksOf(text, cuts);
        expect(chunks.join('')).toBe(text);
        expect(matcher.findMentions(chunks, { density })).toEqual(matcher.findMentions(text, { density }));
      }),
      { numRuns: 300 },
    );
  });

  it('first-mention density keeps exactly the earliest mention of each entry', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const all = matcher.findMentions(text, { density: 'all' });
        const first = matcher.findMentions(text, { density: 'first' });
        const earliest = all.filter((m, i) => all.findIndex((n) => n.entryId === m.entryId) === i);
        expect(first).toEqual(earliest);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same text gives the same mentions from a fresh matcher', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const again = new Matcher([fixtureGlossary()]);
        expect(again.findMentions(text, { density: 'all' })).toEqual(matcher.findMentions(text, { density: 'all' }));
      }),
      { numRuns: 100 },
    );
  });
});

/** `arbitrary` once in `oneIn` draws, undefined otherwise. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

describe('adding an unrelated entry never removes a mention of another', () => {
  it('its words are in no alias, context or exclusion of the fixture', () => {
    const tokens = new Set(
      [...FIXTURE_ALIAS_TEXTS, ...FIXTURE_CONTEXT_TERMS].flatMap((text) => normalisePhrase(text).folded.split(/[^\p{L}\p{N}\p{M}]+/u)),
    );
    // Plural forms too.
    for (const token of [...tokens]) tokens.add(token + pluralSuffix(token));
    expect(UNRELATED_WORDS.filter((word) => tokens.has(word))).toEqual([]);
  });

  const unrelatedAlias: fc.Arbitrary<AliasSpec> = fc
    .tuple(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...UNRELATED_WORDS).map((word) => [word]) },
        { weight: 1, arbitrary: fc.array(fc.constantFrom(...UNRELATED_WORDS), { minLength: 2, maxLength: 3 }) },
      ),
      fc.constantFrom<'auto' | 'sensitive' | 'insensitive'>('auto', 'sensitive', 'insensitive'),
      fc.boolean(),
      sometimes(fc.array(fc.constantFrom(...FIXTURE_CONTEXT_TERMS, ...UNRELATED_WORDS), { minLength: 1, maxLength: 3 }), 2),
      sometimes(fc.array(fc.constantFrom(...FIXTURE_CONTEXT_TERMS, ...UNRELATED_WORDS), { minLength: 1, maxLength: 2 }), 4),
      fc.constantFrom<'page' | 'block'>('page', 'block'),
    )
    .map(([words, casing, plural, contexts, notContexts, scope]) => ({
      text: words.join(' '),
      case: casing,
      plural,
      scope,
      ...(contexts && { contexts }),
      ...(notContexts && { notContexts }),
    }));
  const unrelatedEntry: fc.Arbitrary<Entry> = fc
    .uniqueArray(unrelatedAlias, { minLength: 1, maxLength: 4, selector: (alias) => (typeof alias === 'string' ? alias : alias.text) })
    .map((aliases) => makeEntry('unrelated', 'concept', aliases));

  const mentionKeys = (mentions: readonly Mention[], without: string): string[] =>
    mentions.filter((m) => m.entryId !== without).map((m) => `${m.start}:${m.end}:${m.entryId}:${m.alias}`);

  it('in the same glossary, at any position', () => {
    fc.assert(
      fc.property(newsText, unrelatedEntry, fc.nat(), fc.constantFrom(...DENSITIES), (text, extra, position, density) => {
        const entries = [...FIXTURE_ENTRIES];
        entries.splice(position % (entries.length + 1), 0, extra);
        const before = matcher.findMentions(text, { density });
        const after = new Matcher([compileGlossary('fixture', entries)]).findMentions(text, { density });
        expect(mentionKeys(after, 'unrelated')).toEqual(mentionKeys(before, 'unrelated'));
      }),
      { numRuns: 300 },
    );
  });

  it('in a second glossary', () => {
    fc.assert(
      fc.property(newsText, unrelatedEntry, fc.constantFrom(...DENSITIES), (text, extra, density) => {
        const before = matcher.findMentions(text, { density });
        const after = new Matcher([fixtureGlossary(), compileGlossary('reader', [extra])]).findMentions(text, { density });
        expect(mentionKeys(after, 'unrelated')).toEqual(mentionKeys(before, 'unrelated'));
      }),
      { numRuns: 300 },
    );
  });

  it('the unrelated entry does get mentions of its own (the property is not vacuous)', () => {
    const samples = fc.sample(fc.tuple(newsText, unrelatedEntry), { numRuns: 300, seed: 7 });
    const hits = samples.filter(([text, extra]) =>
      new Matcher([fixtureGlossary(), compileGlossary('reader', [extra])]).findMentions(text, { density: 'all' }).some((m) => m.entryId === 'unrelated'),
    );
    expect(hits.length).toBeGreaterThan(10);
  });
});

function checkMention(text: string, m: Mention): void {
  expect(ALIAS_OWNERS.get(m.alias)?.has(m.entryId)).toBe(true);
  const slice = text.slice(m.start, m.end);
  const { folded, cased } = normalisePhrase(slice);
  const alias = normalisePhrase(m.alias);
  const suffix = m.rule.plural ? pluralSuffix(alias.folded) : '';
  expect(folded).toBe(alias.folded + suffix);
  if (m.rule.case === 'sensitive') {
    expect(matchesCase(cased.slice(0, cased.length - suffix.length), alias.cased)).toBe(true);
  }
  // The slice is not padded: it starts and ends with what the alias starts and ends with.
  expect(normalise(slice).folded).toBe(folded);
}
