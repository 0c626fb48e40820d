/**
 * Words that turn one place's name into another's, or that follow a place's
 * name in a longer name of the place ("Kursk Oblast", "Inner Mongolia", "Gaza
 * City"). Written in the languages the glossary's aliases use; inflected forms
 * are listed where the languages inflect (German, Russian).
 *
 * Shared by the ambiguity check (scripts/glossary/place-words.ts) and the
 * matcher's given-name gate (name-gates.ts), so both read a word after a
 * place's name the same way.
 */

export const DIVISION_WORDS = [
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
export const CITY_WORDS = ['city', 'ville', 'stadt', 'ciudad', 'città', 'cidade', 'город', 'города', 'місто', 'مدينة', 'شهر', '市'];

export const POSITION_WORDS = [
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
