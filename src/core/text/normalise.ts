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
const REPLACEMENT: Folding = { cased: '\ufffd', folded: '\ufffd' };
/** A combining mark, dropped like NOTHING but part of the character before it (see `normalise`). */
const COMBINING: Folding = { cased: '', folded: '' };

const foldCache = new Map<number, Folding>();

function foldCodePoint(codePoint: number): Folding {
  const cached = foldCache.get(codePoint);
  if (cached) return cached;
  const char = String.fromCodePoint(codePoint);
  let result: Folding;
  if (isIgnorable(codePoint)) result = NOTHING;
  // A lone surrogate is broken text, never part of a name: it must not pair up with another across a dropped mark.
  else if (codePoint >= 0xd800 && codePoint <= 0xdfff) result = REPLACEMENT;
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

/** Output buffers, grown as needed (an NFKD expansion can write several units for one character). */
class FoldBuffer {
  cased: Uint16Array;
  folded: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
  length = 0;

  constructor(capacity: number) {
    this.cased = new Uint16Array(capacity);
    this.folded = new Uint16Array(capacity);
    this.starts = new Uint32Array(capacity);
    this.ends = new Uint32Array(capacity);
  }

  reserve(extra: number): void {
    if (this.length + extra <= this.folded.length) return;
    const capacity = Math.max(this.folded.length * 2, this.length + extra);
    const grow = <T extends Uint16Array | Uint32Array>(array: T, make: (n: number) => T): T => {
      const bigger = make(capacity);
      bigger.set(array);
      return bigger;
    };
    this.cased = grow(this.cased, (n) => new Uint16Array(n));
    this.folded = grow(this.folded, (n) => new Uint16Array(n));
    this.starts = grow(this.starts, (n) => new Uint32Array(n));
    this.ends = grow(this.ends, (n) => new Uint32Array(n));
  }
}

/** Units to a string, unit for unit (a TextDecoder would turn a lone surrogate into U+FFFD and break the map). */
function unitsToString(units: Uint16Array, length: number): string {
  const CHUNK = 8192; // stays well under engines' argument-count limits
  let result = '';
  for (let i = 0; i < length; i += CHUNK) result += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  return result;
}

/**
 * Normalise `text` for matching; see the module comment for what is folded.
 * The loop writes straight into typed arrays and handles ASCII inline: it runs
 * once per page on all of its text, mostly before the JIT has warmed up.
 */
export function normalise(text: string): NormalisedText {
  const length = text.length;
  const out = new FoldBuffer(length + 16);
  let { cased, folded, starts, ends } = out;
  let n = 0;
  let i = 0;
  while (i < length) {
    const unit = text.charCodeAt(i);
    if (unit < 128) {
      // ASCII fast path: most news text is mostly ASCII, and never expands.
      if (unit === 32 || (unit >= 9 && unit <= 13) || unit === 45 || unit === 95) {
        if (n > 0 && folded[n - 1] !== 32) {
          cased[n] = 32;
          folded[n] = 32;
          starts[n] = i;
          ends[n++] = i + 1;
        }
      } else {
        const kept = unit === 96 ? 39 : unit;
        cased[n] = kept;
        folded[n] = kept >= 65 && kept <= 90 ? kept | 32 : kept;
        starts[n] = i;
        ends[n++] = i + 1;
      }
      i++;
      continue;
    }
    const codePoint = text.codePointAt(i) ?? unit;
    const width = codePoint > 0xffff ? 2 : 1;
    const folding = foldCodePoint(codePoint);
    if (folding === SPACE) {
      if (n > 0 && folded[n - 1] !== 32) {
        cased[n] = 32;
        folded[n] = 32;
        starts[n] = i;
        ends[n++] = i + width;
      }
    } else if (folding === COMBINING) {
      // A combining mark belongs to the character before it: a match ending there keeps its marks.
      if (n > 0) ends[n - 1] = i + width;
    } else {
      const units = folding.folded.length;
      if (n + units + (length - i) > folded.length) {
        out.length = n;
        out.reserve(units + (length - i));
        ({ cased, folded, starts, ends } = out);
      }
      for (let k = 0; k < units; k++) {
        const foldedUnit = folding.folded.charCodeAt(k);
        // A space produced by NFKD (spacing diacritics such as ¨) collapses like any separator.
        if (foldedUnit === 32 && (n === 0 || folded[n - 1] === 32)) continue;
        cased[n] = folding.cased.charCodeAt(k);
        folded[n] = foldedUnit;
        starts[n] = i;
        ends[n++] = i + width;
      }
    }
    i += width;
  }
  return {
    cased: unitsToString(cased, n),
    folded: unitsToString(folded, n),
    starts: starts.subarray(0, n),
    ends: ends.subarray(0, n),
  };
}

/** Normalise a short phrase (an alias or a context term) without keeping the offset map. */
export function normalisePhrase(text: string): { cased: string; folded: string } {
  const { cased, folded } = normalise(text);
  return { cased: cased.trim(), folded: folded.trim() };
}
