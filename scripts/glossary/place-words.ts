/**
 * Words that turn one place's name into another's, for the ambiguity check.
 *
 * A division word next to a name makes the region of a city ("Kursk" and
 * "Kursk Oblast", "Aleppo" and "Aleppo Governorate"); a direction or position
 * makes a neighbouring place ("Mongolia" and "Inner Mongolia", "Mongolie" and
 * "Mongolie-Intérieure", "Монголия" and "Внутренняя Монголия"). Written folded
 * (lower case, no diacritics), in the languages the glossary's aliases use.
 * Inflected forms are listed where the languages inflect (German, Russian).
 */
import { normalisePhrase } from '../../src/core/text/normalise.ts';

const DIVISION_WORDS = [
  // English
  'oblast', 'region', 'province', 'governorate', 'state', 'district', 'county', 'prefecture', 'krai', 'territory',
  'municipality', 'department', 'canton', 'wilayah', 'wilaya', 'muhafazah', 'raion',
  // French, Spanish, Italian, Portuguese
  'région', 'département', 'gouvernorat', 'état', 'provincia', 'región', 'gobernación', 'estado', 'distrito', 'regione',
  'município',
  // German
  'gebiet', 'provinz', 'bezirk', 'bundesstaat', 'gouvernement', 'kreis',
  // Russian and Ukrainian
  'область', 'области', 'областью', 'край', 'края', 'район', 'района', 'губерния', 'округ', 'округа',
  // Arabic, Persian, Turkish
  'محافظة', 'ولاية', 'منطقة', 'إقليم', 'استان', 'ili', 'vilayeti',
  // Chinese, Japanese
  '省', '州', '区', '县', '県', '府',
];

/** Words that make a city of a name that is also a region's ("Gaza" and "Gaza City"). */
const CITY_WORDS = ['city', 'ville', 'stadt', 'ciudad', 'città', 'cidade', 'город', 'города', 'місто', 'مدينة', 'شهر', '市'];

const POSITION_WORDS = [
  'inner', 'outer', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'greater',
  'central', 'new', 'old',
  'intérieure', 'intérieur', 'extérieure', 'nord', 'sud', 'est', 'ouest', 'haute', 'haut', 'basse', 'bas', 'grand', 'nouvelle',
  'interior', 'norte', 'sur', 'este', 'oeste', 'alta', 'baja',
  'innere', 'inneren', 'innerer', 'äußere', 'nord', 'süd', 'ost', 'west', 'ober', 'nieder', 'groß',
  'внутренняя', 'внутренней', 'внутреннюю', 'северная', 'северной', 'южная', 'южной', 'восточная', 'восточной', 'западная', 'западной',
  'верхняя', 'нижняя', 'новая',
  'الداخلية', 'الشمالية', 'الجنوبية', 'الشرقية', 'الغربية', 'شمال', 'جنوب', 'شرق', 'غرب',
  '内', '外', '北', '南', '东', '西', '上', '下', '新',
];

const folded = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((word) => normalisePhrase(word).folded));
/** Division words: a label with one names a region ("Kursk Oblast"). */
export const DIVISION = folded(DIVISION_WORDS);
const CITY = folded(CITY_WORDS);
export const POSITION = folded(POSITION_WORDS);

/** How the rest of a longer place name relates to the name inside it, if it is one of these kinds. */
export function placeRelation(restWords: readonly string[]): 'division' | 'position' | undefined {
  if (restWords.length === 0 || restWords.length > 3) return undefined;
  const meaningful = restWords.filter((word) => !['of', 'the', 'de', 'du', 'des', 'la', 'del', 'di', 'al', 'el'].includes(word));
  if (meaningful.length === 0) return undefined;
  if (meaningful.some((word) => DIVISION.has(word) || CITY.has(word))) return 'division';
  if (meaningful.every((word) => POSITION.has(word))) return 'position';
  return undefined;
}
