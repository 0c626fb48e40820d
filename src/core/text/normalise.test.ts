import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalise, normalisePhrase, type NormalisedText } from './normalise.ts';

/**
 * Checks every invariant of the offset map and returns nothing; throws with a
 * readable message on the first violation.
 */
function checkOffsetMap(text: string, n: NormalisedText): void {
  const { cased, folded, starts, ends } = n;
  expect(cased.length).toBe(folded.length);
  expect(starts.length).toBe(folded.length);
  expect(ends.length).toBe(folded.length);
  expect(folded).toBe(cased.toLowerCase());
  expect(folded.startsWith(' ')).toBe(false);
  expect(folded.includes('  ')).toBe(false);
  for (let i = 0; i < folded.length; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    expect(start).toBeLessThan(end);
    expect(end).toBeLessThanOrEqual(text.length);
    if (i > 0) {
      expect(start).toBeGreaterThanOrEqual(starts[i - 1]!);
      expect(end).toBeGreaterThanOrEqual(ends[i - 1]!);
    }
    // Never inside a surrogate pair, at either end.
    expect(isInsidePair(text, start)).toBe(false);
    expect(isInsidePair(text, end)).toBe(false);
  }
  // Group the units by source slice: each slice, normalised alone, gives the same units.
  let i = 0;
  while (i < folded.length) {
    let j = i + 1;
    while (j < folded.length && starts[j] === starts[i]) j++;
    const slice = text.slice(starts[i], ends[j - 1]);
    const group = folded.slice(i, j);
    if (group === ' ') {
      expect(normalise(`x${slice}x`).folded).toBe('x x');
    } else {
      expect(normalise(slice).folded).toBe(group);
    }
    i = j;
  }
}

function isInsidePair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

describe('normalise: folding', () => {
  const cases: Array<[label: string, input: string, folded: string, cased?: string]> = [
    // Latin diacritics and letters with no decomposition
    ['Turkish g with breve', 'Erdoğan', 'erdogan', 'Erdogan'],
    ['dots below and macrons', 'Ḥizbullāh', 'hizbullah', 'Hizbullah'],
    ['capital I with dot', 'İstanbul', 'istanbul', 'Istanbul'],
    ['dotless i', 'Kırıkkale', 'kirikkale', 'Kirikkale'],
    ['Polish l with stroke', 'Łódź', 'lodz', 'Lodz'],
    ['sharp s expands', 'Straße', 'strasse', 'Strasse'],
    ['capital sharp s expands', 'STRAẞE', 'strasse', 'STRASSE'],
    ['oe ligature', 'Œuvre', 'oeuvre', 'OEuvre'],
    ['ae and o with stroke', 'Ærø', 'aero', 'AEro'],
    ['French accents', 'Israël, Géorgie, État', 'israel, georgie, etat', 'Israel, Georgie, Etat'],
    ['Spanish accents', 'Hamás, Turquía, Unión', 'hamas, turquia, union', 'Hamas, Turquia, Union'],
    ['decomposed breve', 'Erdog\u0306an', 'erdogan', 'Erdogan'],
    ['thorn', 'Þingvellir', 'thingvellir', 'THingvellir'],
    // Compatibility forms (NFKD)
    ['fi ligature', 'ﬁnance', 'finance'],
    ['full-width Latin', 'ＵＮ', 'un', 'UN'],
    ['full-width word', 'Ｈａｍａｓ', 'hamas', 'Hamas'],
    ['mathematical bold (astral)', '𝐇𝐚𝐦𝐚𝐬', 'hamas', 'Hamas'],
    ['circled digit', '①', '1'],
    ['full-width comma between Han', '中国，美国', '中国,美国'],
    ['ideographic space', '中国\u3000美国', '中国 美国'],
    // Apostrophes
    ['right single quote', 'Hamas’s', "hamas's"],
    ['left single quote', 'Hamas‘s', "hamas's"],
    ['modifier apostrophe', 'Hamasʼs', "hamas's"],
    ['modifier turned comma', 'Hawaiʻi', "hawai'i"],
    ['grave accent', 'Hamas`s', "hamas's"],
    ['acute accent', 'Hamas´s', "hamas's"],
    ['prime', 'Hamas′s', "hamas's"],
    ['full-width apostrophe', 'Hamas＇s', "hamas's"],
    ['French elision', 'l’ONU', "l'onu", "l'ONU"],
    // Dashes and hyphens
    ['hyphen-minus', 'al-Qaeda', 'al qaeda', 'al Qaeda'],
    ['hyphen U+2010', 'al‐Qaeda', 'al qaeda'],
    ['non-breaking hyphen U+2011', 'al‑Qaeda', 'al qaeda'],
    ['figure dash', 'al‒Qaeda', 'al qaeda'],
    ['en dash', 'al–Qaeda', 'al qaeda'],
    ['em dash', 'al—Qaeda', 'al qaeda'],
    ['horizontal bar', 'al―Qaeda', 'al qaeda'],
    ['minus sign', 'al−Qaeda', 'al qaeda'],
    ['full-width hyphen', 'al－Qaeda', 'al qaeda'],
    ['underscore', 'al_Qaeda', 'al qaeda'],
    ['spaced dash collapses', 'al - Qaeda', 'al qaeda'],
    // White space
    ['no-break space', 'a\u00a0b', 'a b'],
    ['narrow no-break space', 'a\u202fb', 'a b'],
    ['thin space', 'a\u2009b', 'a b'],
    ['tab and newline', 'a\t\r\nb', 'a b'],
    ['line separator', 'a\u2028b', 'a b'],
    ['leading white space dropped', '  \u00a0Hamas', 'hamas', 'Hamas'],
    ['trailing white space kept as one space', 'Hamas \n ', 'hamas ', 'Hamas '],
    ['runs collapse across kinds', 'a \u00a0\u2003-\u2013 b', 'a b'],
    // Invisible characters
    ['soft hyphen', 'Hez\u00adbollah', 'hezbollah'],
    ['zero-width space', 'Hez\u200bbollah', 'hezbollah'],
    ['zero-width non-joiner', 'Hez\u200cbollah', 'hezbollah'],
    ['zero-width joiner', 'Hez\u200dbollah', 'hezbollah'],
    ['word joiner', 'Hez\u2060bollah', 'hezbollah'],
    ['byte order mark', '\ufeffHamas', 'hamas', 'Hamas'],
    ['variation selector', 'UN\ufe0f', 'un', 'UN'],
    ['zero-width space between spaces', 'a \u200b b', 'a b'],
    // Spacing diacritics decompose to a space: still one space
    ['spacing diaeresis between spaces', 'a \u00a8 b', 'a b'],
    ['spacing diaeresis alone', '\u00a8', ''],
    ['spacing macron before a word', '\u00afHamas', 'hamas', 'Hamas'],
    // Arabic
    ['alef with hamza above', 'أردوغان', 'اردوغان'],
    ['alef with hamza below, yeh with hamza', 'إسرائيل', 'اسراييل'],
    ['alef with madda', 'آل', 'ال'],
    ['alef wasla', 'ٱلله', 'الله'],
    ['alef maqsura', 'مصطفى', 'مصطفي'],
    ['ta marbuta', 'غزة', 'غزه'],
    ['yeh with hamza', 'رئيس', 'رييس'],
    ['waw with hamza', 'مؤتمر', 'موتمر'],
    ['harakat', 'حَمَاسٌ', 'حماس'],
    ['shadda and superscript alef', 'اللّٰه', 'الله'],
    ['tatweel', 'حمـــاس', 'حماس'],
    ['presentation forms', 'ﺣﻤﺎﺱ', 'حماس'],
    ['lam-alef ligature', 'ﻻ', 'لا'],
    ['medial fatha presentation form (tatweel + fatha)', 'حﹷماس', 'حماس'],
    ['Arabic comma kept', 'حماس، فتح', 'حماس، فتح'],
    // Scripts left alone
    ['Han', '中华人民共和国', '中华人民共和国'],
    ['astral Han', '𠮷野家', '𠮷野家'],
    ['kana', 'ハマス', 'ハマス'],
    ['Cyrillic lowers', 'ХАМАС', 'хамас', 'ХАМАС'],
    ['empty', '', ''],
  ];

  it.each(cases)('%s', (_label, input, folded, cased) => {
    const n = normalise(input);
    expect(n.folded).toBe(folded);
    if (cased !== undefined) expect(n.cased).toBe(cased);
    checkOffsetMap(input, n);
  });
});

describe('normalise: exact offset maps', () => {
  const cases: Array<[label: string, input: string, folded: string, starts: number[], ends: number[]]> = [
    ['ASCII one to one', 'Hamas', 'hamas', [0, 1, 2, 3, 4], [1, 2, 3, 4, 5]],
    ['soft hyphen skipped', 'Ha\u00admas', 'hamas', [0, 1, 3, 4, 5], [1, 2, 4, 5, 6]],
    ['surrogate pair: both units of a pair map to the pair', '𠮷野家', '𠮷野家', [0, 0, 2, 3], [2, 2, 3, 4]],
    ['astral letter folded to one unit', '𝐇a', 'ha', [0, 2], [2, 3]],
    ['ligature: two units from one character', 'ﬁn', 'fin', [0, 0, 1], [1, 1, 2]],
    ['sharp s', 'ßa', 'ssa', [0, 0, 1], [1, 1, 2]],
    ['collapsed separators keep the first', 'a  -  b', 'a b', [0, 1, 6], [1, 2, 7]],
    ['leading white space', '  x', 'x', [2], [3]],
    ['no-break space', 'UN\u00a0SC', 'un sc', [0, 1, 2, 3, 4], [1, 2, 3, 4, 5]],
    ['precomposed letter', 'ğa', 'ga', [0, 1], [1, 2]],
    // A combining mark belongs to the letter before it: a match that ends on that letter keeps its mark.
    ['decomposed mark joins the letter before', 'og\u0306a', 'oga', [0, 1, 3], [1, 3, 4]],
    ['final combining mark', 'Bogota\u0301', 'bogota', [0, 1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 7]],
    ['Arabic harakat join their letter', 'حَمَاس', 'حماس', [0, 2, 4, 5], [2, 4, 5, 6]],
    ['tatweel does not join', 'حمـاس', 'حماس', [0, 1, 3, 4], [1, 2, 4, 5]],
  ];

  it.each(cases)('%s', (_label, input, folded, starts, ends) => {
    const n = normalise(input);
    expect(n.folded).toBe(folded);
    expect([...n.starts]).toEqual(starts);
    expect([...n.ends]).toEqual(ends);
    checkOffsetMap(input, n);
  });
});

describe('normalisePhrase', () => {
  it.each([
    ['  Palestinian  Authority ', 'palestinian authority', 'Palestinian Authority'],
    ['-Hamas-', 'hamas', 'Hamas'],
    ['\u00ad', '', ''],
    ['U.S.', 'u.s.', 'U.S.'],
    ['Conseil de sécurité de l’ONU', "conseil de securite de l'onu", "Conseil de securite de l'ONU"],
  ])('%j', (input, folded, cased) => {
    expect(normalisePhrase(input)).toEqual({ folded, cased });
  });
});

describe('normalise: properties', () => {
  const pieces = fc.constantFrom(
    'a', 'Z', 'é', 'e\u0301', 'ğ', 'İ', 'ß', 'ﬁ', 'Œ', 'ł', '𝐇', '𠮷', '中', 'ﾊ', 'ح', 'َ', 'ـ', 'ة', 'أ', 'ﻻ', 'ﹷ',
    ' ', '\u00a0', '\u200b', '\u00ad', '-', '–', '’', "'", '`', '\n', '\u00a8', '½', '①', '\ufe0f', '\ud800', '\udc00',
  );
  const mixed = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')),
  );

  it('keeps an exact offset map for any text', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        checkOffsetMap(text, normalise(text));
      }),
      { numRuns: 400 },
    );
  });

  it('is the concatenation of its parts around a space', () => {
    // Normalising two texts joined by a space gives the two results joined by one space.
    fc.assert(
      fc.property(mixed, mixed, (a, b) => {
        const joined = normalise(`${a} ${b}`).folded;
        const left = normalise(a).folded;
        const right = normalise(b).folded;
        const expected = `${left} ${right}`.replace(/ +/g, ' ').replace(/^ /, '');
        expect(joined).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
