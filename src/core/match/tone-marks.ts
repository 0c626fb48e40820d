/**
 * Pinyin written with tone marks (docs/given-name-gate.md, "Kinds closed
 * after review 7"). Matching folds diacritics away, so "Shǎnxī" (陕西,
 * Shaanxi) reads as "Shanxi" (山西, Shānxī): two provinces whose pinyin differs
 * only in tone. An alias written without tones does not say which tones it
 * has, so a span that carries a third tone (a caron on a, i, o, u or ü) is
 * read only as an alias written with the very same marks.
 *
 * The caron on a vowel is pinyin's alone among the languages the glossary
 * reads; Czech writes one on e ("Poděbrady"), so ě is left out. Macrons,
 * acute and grave accents are written by Hepburn ("Tōkyō"), Māori, French and
 * Spanish too, and keep folding as before.
 */

const THIRD_TONE = /[ǍǎǏǐǑǒǓǔǙǚ]|[AaIiOoUuÜü]\u030C/u;

/** Does the text carry a pinyin third tone? */
export const hasThirdTone = (text: string): boolean => THIRD_TONE.test(text);

const marksOf = (text: string): string => text.normalize('NFD').match(/\p{M}/gu)?.join('') ?? '';

/** Is a span written with tone marks a form of this alias? Only if the alias carries the same marks, in order. */
export const fitsTones = (spanText: string, aliasText: string): boolean => marksOf(spanText) === marksOf(aliasText);
