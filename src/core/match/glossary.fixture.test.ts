/**
 * The test glossary shared by the matcher, selection, binary and property
 * tests. Not a test file itself: vitest.config.ts excludes `*.fixture.test.ts`
 * (the name only keeps it inside the files the tests may own).
 *
 * Realistic entries with every trap the matcher has to handle: acronyms that
 * are common words, gated aliases, exclusions, an alias shared by two entries,
 * plurals, diacritics, and names in English, French, Spanish, Arabic and Chinese.
 */
import { compileGlossary } from '../glossary/compile.ts';
import type { CompiledGlossary } from '../glossary/compiled.ts';
import type { AliasSpec, Entry, Kind } from '../glossary/schema.ts';

export function makeEntry(id: string, kind: Kind, aliases: AliasSpec[], extra: Partial<Entry> = {}): Entry {
  return {
    id,
    label: id,
    kind,
    aliases,
    summary: `Test entry ${id}.`,
    asOf: '2025-01',
    sources: [{ publisher: 'Wikipedia', url: `https://en.wikipedia.org/wiki/${encodeURIComponent(id)}` }],
    ...extra,
  };
}

export const FIXTURE_ENTRIES: readonly Entry[] = [
  makeEntry('fatah', 'group', [
    { text: 'Fatah', exclude: ['Fatah al-Islam'] },
    'حركة فتح',
    // فتح is also the everyday verb "opened": only where the Palestinian context is on the page.
    { text: 'فتح', contexts: ['حماس', 'عباس', 'منظمة التحرير'] },
    '法塔赫',
  ]),
  makeEntry('hamas', 'group', ['Hamas', 'Harakat al-Muqawama al-Islamiya', 'حماس', '哈马斯']),
  makeEntry('palestinian-authority', 'government', [
    'Palestinian Authority',
    'Autorité palestinienne',
    'Autoridad Palestina',
    'السلطة الفلسطينية',
    '巴勒斯坦民族权力机构',
    { text: 'PA', contexts: ['Palestinian', 'Ramallah', 'West Bank'] },
  ]),
  makeEntry('mahmoud-abbas', 'person', [
    'Mahmoud Abbas',
    { text: 'Abbas', contexts: ['Mahmoud Abbas', 'Palestinian'] },
    'محمود عباس',
    '阿巴斯',
  ]),
  makeEntry('united-nations', 'organisation', [
    'United Nations',
    'UN',
    'U.N.',
    'ONU',
    'Nations unies',
    'Naciones Unidas',
    'الأمم المتحدة',
    '联合国',
  ]),
  makeEntry('un-security-council', 'organisation', [
    'UN Security Council',
    'U.N. Security Council',
    'United Nations Security Council',
    'Security Council',
    'UNSC',
    'Conseil de sécurité',
    'Conseil de sécurité de l’ONU',
    'Consejo de Seguridad',
    'Consejo de Seguridad de la ONU',
    'مجلس الأمن',
    '联合国安理会',
    '安理会',
  ]),
  makeEntry('unesco', 'organisation', [{ text: 'UNESCO', case: 'insensitive' }, '联合国教科文组织']),
  makeEntry('oman', 'country', ['Oman', 'Sultanate of Oman', '阿曼']),
  makeEntry('recep-tayyip-erdogan', 'person', ['Recep Tayyip Erdoğan', 'Erdoğan', 'أردوغان', '埃尔多安']),
  makeEntry('hezbollah', 'group', ['Hezbollah', 'Ḥizbullāh', 'Hizballah', 'Hezbolá', 'حزب الله', '真主党']),
  makeEntry('two-state-solution', 'concept', [
    { text: 'two-state solution', plural: true },
    'solution à deux États',
    'solución de dos Estados',
    'حل الدولتين',
    '两国方案',
  ]),
  makeEntry('intifada', 'event', [{ text: 'intifada', plural: true }, 'انتفاضة']),
  makeEntry('turkey', 'country', ['Turkey', 'Türkiye', 'Turquie', 'Turquía', 'تركيا', '土耳其']),
  makeEntry('china', 'country', ['China', 'Chine', 'People’s Republic of China', 'الصين', '中国']),
  makeEntry('united-states', 'country', [
    'United States',
    'US',
    'U.S.',
    'USA',
    'États-Unis',
    'Estados Unidos',
    'EE. UU.',
    'الولايات المتحدة',
    '美国',
  ]),
  makeEntry('european-union', 'organisation', [
    'European Union',
    'EU',
    'Union européenne',
    'UE',
    'Unión Europea',
    'الاتحاد الأوروبي',
    '欧盟',
  ]),
  makeEntry('islamic-state', 'group', [
    'Islamic State',
    'ISIS',
    'ISIL',
    'Daesh',
    'État islamique',
    'Estado Islámico',
    'داعش',
    { text: 'IS', contexts: ['Islamic State', 'jihadist', 'Raqqa'] },
  ]),
  makeEntry('chad', 'country', ['Chad', 'Tchad', 'تشاد', '乍得']),
  makeEntry('georgia', 'country', [
    { text: 'Georgia', contexts: ['Tbilisi', 'Caucasus', 'South Ossetia'] },
    { text: 'Géorgie', contexts: ['Tbilissi', 'Caucase'] },
    '格鲁吉亚',
  ]),
  makeEntry('georgia-us-state', 'place', [{ text: 'Georgia', contexts: ['Atlanta', 'Savannah', 'Peach State'] }, '佐治亚州']),
  makeEntry('west-bank', 'place', ['West Bank', 'Cisjordanie', 'Cisjordania', 'الضفة الغربية', '约旦河西岸']),
  makeEntry('gaza-strip', 'place', ['Gaza Strip', 'Gaza', 'bande de Gaza', 'Franja de Gaza', 'قطاع غزة', 'غزة', '加沙']),
  makeEntry('jerusalem', 'place', ['Jerusalem', 'Jerusalén', 'القدس', '耶路撒冷']),
  makeEntry('israel', 'country', ['Israel', 'إسرائيل', '以色列']),
  makeEntry('al-qaeda', 'group', ['al-Qaeda', 'al-Qaida', 'القاعدة', '基地组织']),
  makeEntry('russia', 'country', ['Russia', 'Russie', 'Rusia', 'روسيا', '俄罗斯', '러시아']),
];

/** The fixture compiled; a fresh copy on every call. */
export function fixtureGlossary(entries: readonly Entry[] = FIXTURE_ENTRIES): CompiledGlossary {
  return compileGlossary('fixture', entries);
}

/** Every alias text of the fixture, as written. */
export const FIXTURE_ALIAS_TEXTS: readonly string[] = FIXTURE_ENTRIES.flatMap((entry) =>
  entry.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)),
);

/** Every context and exclusion term of the fixture. */
export const FIXTURE_CONTEXT_TERMS: readonly string[] = FIXTURE_ENTRIES.flatMap((entry) =>
  entry.aliases.flatMap((alias) =>
    typeof alias === 'string' ? [] : [...(alias.contexts ?? []), ...(alias.notContexts ?? []), ...(alias.exclude ?? [])],
  ),
);
