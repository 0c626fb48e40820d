/**
 * Words in Chinese and Japanese, which are written without spaces: 南非
 * (South Africa) is also the middle of 湖南非法 ("Hunan illegal"), and a
 * boundary check that looks only at the two characters around a match cannot
 * tell the two apart. A dictionary segmenter can: `Intl.Segmenter` (ICU's
 * word break, built into every engine Backgrounder runs in) reads 湖南/非法.
 *
 * A match there is rejected when it starts inside a word that began before it,
 * or ends inside a word that began inside it (中东 "Middle East" in 中/东欧
 * "Central and Eastern Europe"). A word that begins where the match begins and
 * runs on by one character keeps the match only if that character makes a
 * place's or a people's form of the name: ICU reads 北京市 ("Beijing city")
 * and 以色列人 ("Israelis") as one word each, and they still name the place;
 * 印度洋 ("Indian Ocean") and 日本海 ("Sea of Japan") are other things.
 *
 * A name followed by 舰 ("warship") is a ship's: 山东舰 is the carrier
 * Shandong, not the province.
 *
 * Only a name the dictionary itself reads as one word is checked. A name it
 * does not know, a transliteration above all, it splits into characters and
 * then joins the last to whatever follows: 埃/尔/多/安在 for 埃尔多安在 ("Erdoğan
 * at"). Its reading of such a name's edges says nothing.
 */
import { codePointAt, codePointBefore, isSegmentedChar } from '../text/char-class.ts';

/** Characters read on each side of a boundary: enough for the dictionary's longest common words. */
const MARGIN = 8;
/** One character after a name that the dictionary joins to it without making it another thing: people, city, province, county, district, state, side, forces, team, nationality, clan, descent. */
const FORM_SUFFIXES = new Set(['人', '市', '省', '县', '縣', '区', '區', '州', '方', '军', '軍', '队', '隊', '籍', '族', '裔']);

/** "Warship" after a name, in simplified and traditional characters. */
const SHIP_SUFFIXES: ReadonlySet<string> = new Set(['舰', '艦']);

let segmenter: Intl.Segmenter | undefined;
/** Whether the dictionary reads each name alone as one word, by name (a page meets few). */
const knownWords = new Map<string, boolean>();

function isDictionaryWord(words: Intl.Segmenter, name: string): boolean {
  let known = knownWords.get(name);
  if (known === undefined) {
    const segments = [...words.segment(name)];
    known = segments.length === 1 && segments[0]!.segment.length > 1;
    knownWords.set(name, known);
  }
  return known;
}

/** Is `index` between two Han or kana characters, where only a dictionary knows whether a word ends? */
export function isInsideUnspacedRun(text: string, index: number): boolean {
  return isSegmentedChar(codePointBefore(text, index)) && isSegmentedChar(codePointAt(text, index));
}

/** Does the match [start, end) of `text` stand as a word (or a word's start) where the dictionary reads the text? */
export function isUnspacedWordMatch(text: string, start: number, end: number): boolean {
  const openBefore = isInsideUnspacedRun(text, start);
  const openAfter = isInsideUnspacedRun(text, end);
  if (!openBefore && !openAfter) return true;
  if (SHIP_SUFFIXES.has(text[end]!)) return false;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  if (!isDictionaryWord(segmenter, text.slice(start, end))) return true;
  const from = Math.max(0, start - MARGIN);
  const window = text.slice(from, Math.min(text.length, end + MARGIN));
  for (const { index, segment } of segmenter.segment(window)) {
    const wordStart = from + index;
    const wordEnd = wordStart + segment.length;
    if (wordStart < start && wordEnd > start) return false;
    if (wordStart > start && wordStart < end && wordEnd > end) return false;
    if (wordStart === start && wordEnd > end && !(wordEnd === end + 1 && FORM_SUFFIXES.has(text[end]!))) return false;
    if (wordStart >= end) break;
  }
  return true;
}
