/**
 * The other ways English news writes a state body's name, added as aliases
 * with the same rules (as case-forms.ts adds Russian cases):
 *
 * - the country's possessive for its adjective: "Russia's Defence Ministry"
 *   for "Russian Defence Ministry", "India's Air Force" for "Indian Air
 *   Force". Only for government bodies: a company's name is a name, and its
 *   possessive form would read inside other phrases ("Korean Air" is not in
 *   "South Korea's Air Force");
 * - British and American spellings of the words that differ in these names:
 *   "Defence" and "Defense", "Organisation" and "Organization", for
 *   government bodies and organisations alike.
 *
 * A form the entry already has keeps its own rules.
 */
import type { AliasSpec, Entry } from './schema.ts';

/**
 * Adjectives of nationality that name one state, and that state's possessive.
 * Left out: adjectives two states share or that name a people across borders
 * ("Korean", "Congolese", "Kurdish", "Palestinian"), and states whose
 * possessive news writes with an article ("the Netherlands'").
 */
const POSSESSIVES: Readonly<Record<string, string>> = {
  Afghan: "Afghanistan's", Algerian: "Algeria's", Argentine: "Argentina's", Armenian: "Armenia's", Australian: "Australia's",
  Austrian: "Austria's", Azerbaijani: "Azerbaijan's", Bangladeshi: "Bangladesh's", Belarusian: "Belarus's", Belgian: "Belgium's",
  Bolivian: "Bolivia's", Brazilian: "Brazil's", British: "Britain's", Bulgarian: "Bulgaria's", Cambodian: "Cambodia's", Canadian: "Canada's",
  Chilean: "Chile's", Chinese: "China's", Colombian: "Colombia's", Croatian: "Croatia's", Cuban: "Cuba's", Czech: "the Czech Republic's",
  Danish: "Denmark's", Ecuadorian: "Ecuador's", Egyptian: "Egypt's", Emirati: "the UAE's", Eritrean: "Eritrea's", Estonian: "Estonia's",
  Ethiopian: "Ethiopia's", Finnish: "Finland's", French: "France's", Georgian: "Georgia's", German: "Germany's", Greek: "Greece's",
  Haitian: "Haiti's", Hungarian: "Hungary's", Indian: "India's", Indonesian: "Indonesia's", Iranian: "Iran's", Iraqi: "Iraq's",
  Irish: "Ireland's", Israeli: "Israel's", Italian: "Italy's", Japanese: "Japan's", Jordanian: "Jordan's", Kazakh: "Kazakhstan's",
  Kenyan: "Kenya's", Kuwaiti: "Kuwait's", Latvian: "Latvia's", Lebanese: "Lebanon's", Libyan: "Libya's", Lithuanian: "Lithuania's",
  Malaysian: "Malaysia's", Malian: "Mali's", Mexican: "Mexico's", Moldovan: "Moldova's", Moroccan: "Morocco's", Nepalese: "Nepal's",
  Nigerian: "Nigeria's", 'North Korean': "North Korea's", Norwegian: "Norway's", Omani: "Oman's", Pakistani: "Pakistan's",
  Peruvian: "Peru's", Philippine: "the Philippines'", Polish: "Poland's", Portuguese: "Portugal's", Qatari: "Qatar's",
  Romanian: "Romania's", Russian: "Russia's", Rwandan: "Rwanda's", Saudi: "Saudi Arabia's", Serbian: "Serbia's", Singaporean: "Singapore's",
  Slovak: "Slovakia's", Somali: "Somalia's", 'South African': "South Africa's", 'South Korean': "South Korea's", 'South Sudanese': "South Sudan's",
  Spanish: "Spain's", 'Sri Lankan': "Sri Lanka's", Sudanese: "Sudan's", Swedish: "Sweden's", Swiss: "Switzerland's", Syrian: "Syria's",
  Taiwanese: "Taiwan's", Thai: "Thailand's", Tunisian: "Tunisia's", Turkish: "Turkey's", Ugandan: "Uganda's", Ukrainian: "Ukraine's",
  Uzbek: "Uzbekistan's", Venezuelan: "Venezuela's", Vietnamese: "Vietnam's", Yemeni: "Yemen's",
};

/** The adjective at the start of a name, the longest first ("South Korean" before "Korean"), then a capitalised word. */
const ADJECTIVE_FIRST = new RegExp(
  `^(${Object.keys(POSSESSIVES)
    .sort((a, b) => b.length - a.length)
    .join('|')}) (?=\\p{Lu})`,
  'u',
);

/**
 * Words spelled one way in British and another in American names. "Defence"
 * only in a name that carries its country ("Israel Defense Forces", "Russian
 * Defence Ministry"): Australia's and Ireland's "Department of Defence" is
 * not the Pentagon's "Department of Defense".
 */
const SPELLINGS: ReadonlyArray<readonly [RegExp, string, 'any' | 'national']> = [
  [/\bDefence\b/gu, 'Defense', 'national'],
  [/\bDefense\b/gu, 'Defence', 'national'],
  [/\bOrganisation\b/gu, 'Organization', 'any'],
  [/\bOrganization\b/gu, 'Organisation', 'any'],
];

/** The countries' own names, as they open a body's name ("Israel Defense Forces", "Pakistan Army"). */
const COUNTRY_FIRST = new RegExp(
  `^(?:${Object.values(POSSESSIVES)
    .map((possessive) => possessive.replace(/^the /u, '').replace(/'s?$/u, ''))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?:'s?)? (?=\\p{Lu})`,
  'u',
);

const isNational = (text: string): boolean => ADJECTIVE_FIRST.test(text) || COUNTRY_FIRST.test(text);

const textOf = (spec: AliasSpec): string => (typeof spec === 'string' ? spec : spec.text);

/** The other forms of one alias's text ("Russia's Defense Ministry" and the rest for "Russian Defence Ministry"). */
export function englishForms(text: string, kind: Entry['kind']): string[] {
  if (kind !== 'government' && kind !== 'organisation') return [];
  const spelled = [text];
  for (const [pattern, other, where] of SPELLINGS) {
    const respelled = where === 'any' || isNational(text) ? text.replace(pattern, other) : text;
    if (respelled !== text) spelled.push(respelled);
  }
  const possessive = kind === 'government' ? spelled.flatMap((form) => possessiveForm(form) ?? []) : [];
  return [...new Set([...spelled, ...possessive])].filter((form) => form !== text);
}

function possessiveForm(text: string): string | undefined {
  const adjective = ADJECTIVE_FIRST.exec(text)?.[1];
  if (!adjective) return undefined;
  const rest = text.slice(adjective.length + 1);
  // "the UAE's", "the Philippines'": news opens these with an article the alias does not hold; drop it.
  return `${POSSESSIVES[adjective]!.replace(/^the /u, '')} ${rest}`;
}

/** The entry with the English forms of its aliases added, each with its alias's rules. */
export function withEnglishForms(entry: Entry): Entry {
  if (entry.kind !== 'government' && entry.kind !== 'organisation') return entry;
  const own = new Set(entry.aliases.map(textOf));
  const aliases: AliasSpec[] = [];
  for (const spec of entry.aliases) {
    aliases.push(spec);
    for (const form of englishForms(textOf(spec), entry.kind)) {
      if (own.has(form)) continue;
      own.add(form);
      aliases.push(typeof spec === 'string' ? form : { ...spec, text: form });
    }
  }
  return aliases.length === entry.aliases.length ? entry : { ...entry, aliases };
}
