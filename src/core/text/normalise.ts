/**
 * Normalisation with an exact map back to the original text.
 *
 * Matching runs on a folded copy of the text: diacritics removed (Erdoğan →
 * erdogan), compatibility forms unified (NFKD), case folded, apostrophes and
 * dashes unified, white space collapsed, invisible characters dropped. Every
 * UTF-16 unit of the copy remembers which original characters produced it, so
 * a match in the copy maps back to an exact slice of the page's text.
 *
 * `cased` and `folded` always have the same length: folding case never changes
 * the number of units here (the one expansion in Unicode's lower-casing, İ, is
 * reduced to I before it is lower-cased).
 */

export interface NormalisedText {
  /** Folded text with its case kept, for case-sensitive aliases. */
  readonly cased: string;
  /** Folded, lower-cased text: what the automaton reads. */
  readonly folded: string;
  /** For unit i of `folded`, the original offset where its source character starts. */
  readonly starts: Uint32Array;
  /** For unit i of `folded`, the original offset just after its source character and the combining marks that follow it. */
  readonly ends: Uint32Array;
}

/** Dropped entirely: soft hyphen, zero-width characters, BOM, Arabic tatweel, Mongolian vowel separator, variation selectors. */
const isIgnorable = (codePoint: number): boolean =>
  codePoint === 0xad ||
  (codePoint >= 0x200b && codePoint <= 0x200d) ||
  codePoint === 0x2060 ||
  codePoint === 0xfeff ||
  codePoint === 0x640 ||
  codePoint === 0x180e ||
  (codePoint >= 0xfe00 && codePoint <= 0xfe0f);
/** Treated as a word separator: white space of every kind, and every dash and hyphen. */
const SEPARATOR = /^[\s\u00a0\u2000-\u200a\u202f\u205f\u3000\-\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d_]$/u;
/** Apostrophes and the marks typed in their place. */
const APOSTROPHE = /^['\u2018\u2019\u201b\u02bc\u02bb\u2032\u00b4\u0060\uff07]$/u;
/** Letters with no canonical decomposition that readers still write without their mark. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'Ħ': 'H', 'ı': 'i',
  'ß': 'ss', 'ẞ': 'SS', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'þ': 'th', 'Þ': 'TH',
  // Arabic: the folds of common search normalisers (alef wasla, alef maqsura, ta marbuta).
  'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه',
};
const MARKS = /\p{M}/gu;

interface Folding {
  readonly cased: string;
  readonly folded: string;
}
const SPACE: Folding = { cased: ' ', folded: ' ' };
const APOS: Folding = { cased: "'", folded: "'" };
const NOTHING: Folding = { cased: '', folded: '' };
/** A combining mark, dropped like NOTHING but part of the character before it (see `normalise`). */
const COMBINING: Folding = { cased: '', folded: '' };

const foldCache = new Map<number, Folding>();

function foldCodePoint(codePoint: number): Folding {
  const cached = foldCache.get(codePoint);
  if (cached) return cached;
  const char = String.fromCodePoint(codePoint);
  let result: Folding;
  if (isIgnorable(codePoint)) result = NOTHING;
  else if (SEPARATOR.test(char)) result = SPACE;
  else if (APOSTROPHE.test(char)) result = APOS;
  else {
    const cased = EXTRA_FOLDS[char] ?? char.normalize('NFKD').replace(MARKS, '');
    // NFKD can itself produce separators (a no-break space inside a ligature form) and
    // ignorables (the tatweel of Arabic medial presentation forms): unify or drop them.
    const unified = [...cased]
      .map((c) => (isIgnorable(c.codePointAt(0)!) ? '' : SEPARATOR.test(c) ? ' ' : APOSTROPHE.test(c) ? "'" : c))
      .join('');
    const lower = unified.toLowerCase();
    result = { cased: unified, folded: lower.length === unified.length ? lower : unified };
    if (!unified && /^\p{M}$/u.test(char)) result = COMBINING;
  }
  foldCache.set(codePoint, result);
  return result;
}

/** Normalise `text` for matching; see the module comment for what is folded. */
export function normalise(text: string): NormalisedText {
  const length = text.length;
  const cased: number[] = [];
  const folded: number[] = [];
  let starts = new Uint32Array(length + 8);
  let ends = new Uint32Array(length + 8);
  let out = 0;
  const push = (casedUnit: number, foldedUnit: number, start: number, end: number): void => {
    if (out === starts.length) {
      const grownStarts = new Uint32Array(out * 2);
      grownStarts.set(starts);
      starts = grownStarts;
      const grownEnds = new Uint32Array(out * 2);
      grownEnds.set(ends);
      ends = grownEnds;
    }
    cased.push(casedUnit);
    folded.push(foldedUnit);
    starts[out] = start;
    ends[out] = end;
    out++;
  };

  let i = 0;
  while (i < length) {
    const unit = text.charCodeAt(i);
    if (unit < 128) {
      // ASCII fast path: most news text is mostly ASCII.
      if (unit === 32 || (unit >= 9 && unit <= 13) || unit === 45 || unit === 95) {
        if (out > 0 && folded[out - 1] !== 32) push(32, 32, i, i + 1);
      } else if (unit === 96) {
        push(39, 39, i, i + 1);
      } else {
        push(unit, unit >= 65 && unit <= 90 ? unit | 32 : unit, i, i + 1);
      }
      i++;
      continue;
    }
    const codePoint = text.codePointAt(i) ?? unit;
    const width = codePoint > 0xffff ? 2 : 1;
    const folding = foldCodePoint(codePoint);
    if (folding === SPACE) {
      if (out > 0 && folded[out - 1] !== 32) push(32, 32, i, i + width);
    } else if (folding === COMBINING) {
      // A combining mark belongs to the character before it: a match ending there keeps its marks.
      if (out > 0) ends[out - 1] = i + width;
    } else {
      for (let k = 0; k < folding.folded.length; k++) {
        const foldedUnit = folding.folded.charCodeAt(k);
        // A space produced by NFKD (spacing diacritics such as ¨) collapses like any separator.
        if (foldedUnit === 32 && (out === 0 || folded[out - 1] === 32)) continue;
        push(folding.cased.charCodeAt(k), foldedUnit, i, i + width);
      }
    }
    i += width;
  }
  return {
    cased: unitsToString(cased),
    folded: unitsToString(folded),
    starts: starts.subarray(0, out),
    ends: ends.subarray(0, out),
  };
}

/** Normalise a short phrase (an alias or a context term) without keeping the offset map. */
export function normalisePhrase(text: string): { cased: string; folded: string } {
  const { cased, folded } = normalise(text);
  return { cased: cased.trim(), folded: folded.trim() };
}

function unitsToString(units: number[]): string {
  let result = '';
  const CHUNK = 8192; // stays well under engines' argument-count limits
  for (let i = 0; i < units.length; i += CHUNK) {
    result += String.fromCharCode(...units.slice(i, i + CHUNK));
  }
  return result;
}
