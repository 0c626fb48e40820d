import { describe, expect, it } from 'vitest';
import { checkGlossaryConsistency, validateGlossaryFile } from '../glossary/validate.ts';
import { Matcher } from './matcher.ts';
import type { Density, Mention } from './types.ts';
import { compileGlossary } from '../glossary/compile.ts';
import { FIXTURE_ENTRIES, fixtureGlossary, makeEntry } from './glossary.fixture.test.ts';

const matcher = new Matcher([fixtureGlossary()]);

/** A row: the text, the density, and the expected mentions as [surface text, entry id], in order. */
type Row = readonly [text: string, density: Density, expected: ReadonlyArray<readonly [surface: string, entryId: string]>];

const found = (text: string, mentions: readonly Mention[]): Array<[string, string]> =>
  mentions.map((m) => [text.slice(m.start, m.end), m.entryId]);

const ENGLISH: Row[] = [
  // Fatah and its exclusion
  ['Fatah and Hamas met in Cairo.', 'all', [['Fatah', 'fatah'], ['Hamas', 'hamas']]],
  ['Fatah al-Islam fighters clashed with the army in Nahr al-Bared.', 'all', []],
  ['Fatah al Islam', 'all', []],
  ['FATAH AL-ISLAM', 'all', []],
  ['Fatah–al‑Islam', 'all', []],
  ['Fatah, not Fatah al-Islam, signed the statement.', 'all', [['Fatah', 'fatah']]],
  ['Fatah al-Islamiyya is not a real group.', 'all', [['Fatah', 'fatah']]],
  ['FATAH AND HAMAS', 'all', [['FATAH', 'fatah'], ['HAMAS', 'hamas']]],
  ['Fatah’s leaders', 'all', [['Fatah', 'fatah']]],
  ['fatah', 'all', []],
  // Hamas: possessives, hyphenated compounds, case
  ["Hamas's armed wing", 'all', [['Hamas', 'hamas']]],
  ['Hamas’ political bureau', 'all', [['Hamas', 'hamas']]],
  ['Hamas’s political bureau', 'all', [['Hamas', 'hamas']]],
  ['the Hamas-run health ministry', 'all', [['Hamas', 'hamas']]],
  ['anti-Hamas protests', 'all', [['Hamas', 'hamas']]],
  ['“Hamas” (Hamas) «Hamas» [Hamas]', 'all', [['Hamas', 'hamas'], ['Hamas', 'hamas'], ['Hamas', 'hamas'], ['Hamas', 'hamas']]],
  ['#Hamas', 'all', [['Hamas', 'hamas']]],
  ['hamas', 'all', []],
  ['Hamastan', 'all', []],
  ['Harakat al-Muqawama al-Islamiya, or Hamas', 'all', [['Harakat al-Muqawama al-Islamiya', 'hamas'], ['Hamas', 'hamas']]],
  ['harakat al muqawama al islamiya', 'all', [['harakat al muqawama al islamiya', 'hamas']]],
  ['Hamas\nFatah', 'all', [['Hamas', 'hamas'], ['Fatah', 'fatah']]],
  ['Ha\u00admas', 'all', [['Ha\u00admas', 'hamas']]],
  ['Hamas\u00ad', 'all', [['Hamas', 'hamas']]],
  ['\u200bHamas\u200b', 'all', [['Hamas', 'hamas']]],
  ['Ｈａｍａｓ', 'all', [['Ｈａｍａｓ', 'hamas']]],
  // PA: gated by context
  ['PA security forces', 'all', []],
  ['PA security forces deployed in Ramallah', 'all', [['PA', 'palestinian-authority']]],
  ['The Palestinian Authority (PA) said', 'all', [['Palestinian Authority', 'palestinian-authority'], ['PA', 'palestinian-authority']]],
  ['The Palestinian Authority (PA) said', 'first', [['Palestinian Authority', 'palestinian-authority']]],
  ["The PA's budget, drawn up in the West Bank", 'all', [['PA', 'palestinian-authority'], ['West Bank', 'west-bank']]],
  ['PA’s budget, Palestinian officials said', 'all', [['PA', 'palestinian-authority']]],
  ['The PA system in the Pennsylvania stadium', 'all', []],
  ['pa in Ramallah', 'all', []],
  ['Pa in Ramallah', 'all', []],
  ['PA in the Palestinians’ camp', 'all', []],
  ['PA, West-Bank', 'all', [['PA', 'palestinian-authority'], ['West-Bank', 'west-bank']]],
  ['PALESTINIAN AUTHORITY', 'all', [['PALESTINIAN AUTHORITY', 'palestinian-authority']]],
  // A surname gated by the full name
  ['Abbas said on Monday.', 'all', []],
  ['Abbas said on Monday that Mahmoud Abbas would travel.', 'all', [['Abbas', 'mahmoud-abbas'], ['Mahmoud Abbas', 'mahmoud-abbas']]],
  ['Abbas said on Monday that Mahmoud Abbas would travel.', 'first', [['Abbas', 'mahmoud-abbas']]],
  ['Abbas met Palestinian officials', 'all', [['Abbas', 'mahmoud-abbas']]],
  // UN, Security Council, UNESCO
  ['The UN Security Council met on Friday.', 'all', [['UN Security Council', 'un-security-council']]],
  ['The UN and the Security Council', 'all', [['UN', 'united-nations'], ['Security Council', 'un-security-council']]],
  ['the U.N. Security Council', 'all', [['U.N. Security Council', 'un-security-council']]],
  ['the United Nations Security Council', 'all', [['United Nations Security Council', 'un-security-council']]],
  ['the united nations security council', 'all', [['united nations security council', 'un-security-council']]],
  ['the U.N. said', 'all', [['U.N.', 'united-nations']]],
  ['UNSC resolution 2334', 'all', [['UNSC', 'un-security-council']]],
  ['UNESCO listed the site.', 'all', [['UNESCO', 'unesco']]],
  ['Unesco and unesco', 'all', [['Unesco', 'unesco'], ['unesco', 'unesco']]],
  ['UN-backed talks', 'all', [['UN', 'united-nations']]],
  ['un-named sources', 'all', []],
  ['UNRWA and UNICEF', 'all', []],
  ['@UN', 'all', [['UN', 'united-nations']]],
  ['UN2 UN 2', 'all', [['UN', 'united-nations']]],
  ['The UN, the United Nations and the U.N.', 'first', [['UN', 'united-nations']]],
  ['The UN, the United Nations and the U.N.', 'all', [['UN', 'united-nations'], ['United Nations', 'united-nations'], ['U.N.', 'united-nations']]],
  ['UN\u00a0Security\u00a0Council', 'all', [['UN\u00a0Security\u00a0Council', 'un-security-council']]],
  ['UN Security\nCouncil', 'all', [['UN Security\nCouncil', 'un-security-council']]],
  ['UN  Security   Council', 'all', [['UN  Security   Council', 'un-security-council']]],
  ['UN Security Co\u00aduncil', 'all', [['UN Security Co\u00aduncil', 'un-security-council']]],
  // Oman is not in "woman"
  ['A woman from Oman', 'all', [['Oman', 'oman']]],
  ['WOMAN', 'all', []],
  ['Omani officials', 'all', []],
  ['Oman’s sultan', 'all', [['Oman', 'oman']]],
  ['the Sultanate of Oman', 'all', [['Sultanate of Oman', 'oman']]],
  ['romance, Romania, Omaha', 'all', []],
  // Erdoğan: diacritics folded both ways
  ['Erdoğan spoke', 'all', [['Erdoğan', 'recep-tayyip-erdogan']]],
  ['Erdogan spoke', 'all', [['Erdogan', 'recep-tayyip-erdogan']]],
  ['Recep Tayyip Erdogan spoke', 'all', [['Recep Tayyip Erdogan', 'recep-tayyip-erdogan']]],
  ['recep tayyip erdoğan', 'all', [['recep tayyip erdoğan', 'recep-tayyip-erdogan']]],
  ['ERDOĞAN', 'all', [['ERDOĞAN', 'recep-tayyip-erdogan']]],
  ['erdogan', 'all', []],
  ['Erdog\u0306an said', 'all', [['Erdog\u0306an', 'recep-tayyip-erdogan']]],
  ['Erdoğan’s party', 'all', [['Erdoğan', 'recep-tayyip-erdogan']]],
  ['Erdoganist', 'all', []],
  // Hezbollah transliterations
  ['Hezbollah fired rockets', 'all', [['Hezbollah', 'hezbollah']]],
  ['Ḥizbullāh', 'all', [['Ḥizbullāh', 'hezbollah']]],
  ['Hizbullah', 'all', [['Hizbullah', 'hezbollah']]],
  ['Hizballah', 'all', [['Hizballah', 'hezbollah']]],
  ['Hezbollah-affiliated', 'all', [['Hezbollah', 'hezbollah']]],
  ['Hez\u00adbol\u00adlah', 'all', [['Hez\u00adbol\u00adlah', 'hezbollah']]],
  ['HEZBOLLAH', 'all', [['HEZBOLLAH', 'hezbollah']]],
  ['Hezbollahi', 'all', []],
  // two-state solution: dashes, spaces, case, plural
  ['a two-state solution', 'all', [['two-state solution', 'two-state-solution']]],
  ['Two-State Solution', 'all', [['Two-State Solution', 'two-state-solution']]],
  ['two state solution', 'all', [['two state solution', 'two-state-solution']]],
  ['two‑state solution', 'all', [['two‑state solution', 'two-state-solution']]],
  ['two–state solution', 'all', [['two–state solution', 'two-state-solution']]],
  ['two—state solution', 'all', [['two—state solution', 'two-state-solution']]],
  ['two-state\u00a0solution', 'all', [['two-state\u00a0solution', 'two-state-solution']]],
  ['two-\nstate solution', 'all', [['two-\nstate solution', 'two-state-solution']]],
  ['two-state solutions', 'all', [['two-state solutions', 'two-state-solution']]],
  ['two-state solutionism', 'all', []],
  ['twostate solution', 'all', []],
  // intifada: plural and case
  ['the first intifada', 'all', [['intifada', 'intifada']]],
  ['two intifadas', 'all', [['intifadas', 'intifada']]],
  ['The Intifada began', 'all', [['Intifada', 'intifada']]],
  ['INTIFADAS', 'all', [['INTIFADAS', 'intifada']]],
  ['intifada’s end', 'all', [['intifada', 'intifada']]],
  ['intifadah', 'all', []],
  ['intifadaes', 'all', []],
  // Turkey, China, Chad: names that are common words
  ['Turkey and Syria', 'all', [['Turkey', 'turkey']]],
  ['a roast turkey', 'all', []],
  ['Türkiye', 'all', [['Türkiye', 'turkey']]],
  ['Turkiye', 'all', [['Turkiye', 'turkey']]],
  ['TURKEY', 'all', [['TURKEY', 'turkey']]],
  ['Turkeys', 'all', []],
  ['China and India', 'all', [['China', 'china']]],
  ['fine china', 'all', []],
  ["China's", 'all', [['China', 'china']]],
  ['People’s Republic of China', 'all', [['People’s Republic of China', 'china']]],
  ["People's Republic of China", 'all', [['People\'s Republic of China', 'china']]],
  ['Chinatown and Indochina', 'all', []],
  ['Chad borders Sudan', 'all', [['Chad', 'chad']]],
  ['a hanging chad', 'all', []],
  ['Lake Chad', 'all', [['Chad', 'chad']]],
  ['Chadian troops', 'all', []],
  // US, EU
  ['US troops', 'all', [['US', 'united-states']]],
  ['Let us go', 'all', []],
  ['Us and them', 'all', []],
  ['U.S. troops', 'all', [['U.S.', 'united-states']]],
  ['the U.S.-led coalition', 'all', [['U.S.', 'united-states']]],
  ['the USA', 'all', [['USA', 'united-states']]],
  ['the United States', 'all', [['United States', 'united-states']]],
  ['US-UK talks', 'all', [['US', 'united-states']]],
  ['BUS USB USED', 'all', []],
  ['the US, the U.S. and the United States', 'first', [['US', 'united-states']]],
  ['EU leaders', 'all', [['EU', 'european-union']]],
  ['the EU’s rules', 'all', [['EU', 'european-union']]],
  ['EU-wide', 'all', [['EU', 'european-union']]],
  ['the European Union', 'all', [['European Union', 'european-union']]],
  ['eu', 'all', []],
  ['EUR 50', 'all', []],
  ['Europe', 'all', []],
  // IS: gated
  ['IS fighters', 'all', []],
  ['IS fighters near Raqqa', 'all', [['IS', 'islamic-state']]],
  ['the Islamic State (IS)', 'all', [['Islamic State', 'islamic-state'], ['IS', 'islamic-state']]],
  ['This is what it is', 'all', []],
  ['is in Raqqa', 'all', []],
  ['IS claimed the attack, a jihadist website said', 'all', [['IS', 'islamic-state']]],
  ['ISIS and ISIL and Daesh', 'all', [['ISIS', 'islamic-state'], ['ISIL', 'islamic-state'], ['Daesh', 'islamic-state']]],
  ['ISIS and ISIL and Daesh', 'first', [['ISIS', 'islamic-state']]],
  // Georgia: one alias, two entries, separated by contexts
  ['Georgia is on my mind', 'all', []],
  ['Georgia, whose capital is Tbilisi', 'all', [['Georgia', 'georgia']]],
  ['Georgia, whose capital is Atlanta', 'all', [['Georgia', 'georgia-us-state']]],
  ['Georgia: flights from Atlanta to Tbilisi', 'all', []],
  ['Georgia and South Ossetia', 'all', [['Georgia', 'georgia']]],
  ['the Peach State of Georgia', 'all', [['Georgia', 'georgia-us-state']]],
  // Places
  ['in the Gaza Strip', 'all', [['Gaza Strip', 'gaza-strip']]],
  ['Gaza City', 'all', [['Gaza', 'gaza-strip']]],
  ['the West Bank and Gaza', 'all', [['West Bank', 'west-bank'], ['Gaza', 'gaza-strip']]],
  ['Jerusalem', 'all', [['Jerusalem', 'jerusalem']]],
  ['Israel and Israeli officials', 'all', [['Israel', 'israel']]],
  ['Russia and Russian officials', 'all', [['Russia', 'russia']]],
  ["Israel's", 'all', [['Israel', 'israel']]],
  // al-Qaeda: dashes and spaces
  ['al-Qaeda', 'all', [['al-Qaeda', 'al-qaeda']]],
  ['Al Qaeda', 'all', [['Al Qaeda', 'al-qaeda']]],
  ['AL-QAIDA', 'all', [['AL-QAIDA', 'al-qaeda']]],
  ['al‑Qaeda', 'all', [['al‑Qaeda', 'al-qaeda']]],
  ['al\u00a0Qaeda', 'all', [['al\u00a0Qaeda', 'al-qaeda']]],
  ['alQaeda', 'all', []],
  // First mention per entry, not per surface form; all mentions otherwise
  ['Hamas said. Hamas denied. Hamas again.', 'first', [['Hamas', 'hamas']]],
  ['Hamas said. Hamas denied. Hamas again.', 'all', [['Hamas', 'hamas'], ['Hamas', 'hamas'], ['Hamas', 'hamas']]],
  ['Hamas and Fatah; then Hamas, Fatah and the PA in Ramallah', 'first', [['Hamas', 'hamas'], ['Fatah', 'fatah'], ['PA', 'palestinian-authority']]],
  ['Erdogan, then Recep Tayyip Erdoğan', 'first', [['Erdogan', 'recep-tayyip-erdogan']]],
  // Nothing at all
  ['', 'all', []],
  ['   ', 'all', []],
  ['The weather in Paris was mild.', 'all', []],
];

const FRENCH: Row[] = [
  ['Le Fatah et le Hamas ont signé un accord au Caire.', 'all', [['Fatah', 'fatah'], ['Hamas', 'hamas']]],
  ['Un porte-parole de l’ONU a déclaré…', 'all', [['ONU', 'united-nations']]],
  ['Un responsable du Hamas', 'all', [['Hamas', 'hamas']]],
  ['un accord', 'all', []],
  ['Le Conseil de sécurité de l’ONU s’est réuni.', 'all', [['Conseil de sécurité de l’ONU', 'un-security-council']]],
  ["Le Conseil de securite de l'ONU", 'all', [["Conseil de securite de l'ONU", 'un-security-council']]],
  ['Le Conseil de sécurité s’est réuni.', 'all', [['Conseil de sécurité', 'un-security-council']]],
  ['les Nations unies', 'all', [['Nations unies', 'united-nations']]],
  ['les Nations Unies', 'all', [['Nations Unies', 'united-nations']]],
  ['l’UNESCO et l’Unesco', 'all', [['UNESCO', 'unesco'], ['Unesco', 'unesco']]],
  ['M. Erdoğan a rencontré M. Abbas.', 'all', [['Erdoğan', 'recep-tayyip-erdogan']]],
  ['La Turquie et la Chine', 'all', [['Turquie', 'turkey'], ['Chine', 'china']]],
  ['la chine', 'all', []],
  ['le Tchad', 'all', [['Tchad', 'chad']]],
  ['la solution à deux États', 'all', [['solution à deux États', 'two-state-solution']]],
  ['la solution a deux Etats', 'all', [['solution a deux Etats', 'two-state-solution']]],
  ['les deux intifadas', 'all', [['intifadas', 'intifada']]],
  ['l’intifada', 'all', [['intifada', 'intifada']]],
  ['l’Autorité palestinienne à Ramallah', 'all', [['Autorité palestinienne', 'palestinian-authority']]],
  ['l’AP à Ramallah', 'all', []],
  ['les États-Unis et l’Union européenne', 'all', [['États-Unis', 'united-states'], ['Union européenne', 'european-union']]],
  ['les Etats Unis', 'all', [['Etats Unis', 'united-states']]],
  ['LES ÉTATS-UNIS', 'all', [['ÉTATS-UNIS', 'united-states']]],
  ['l’UE', 'all', [['UE', 'european-union']]],
  ['La Géorgie, près de Tbilissi', 'all', [['Géorgie', 'georgia']]],
  ['La Géorgie', 'all', []],
  ['l’État islamique', 'all', [['État islamique', 'islamic-state']]],
  ['le Hezbollah libanais', 'all', [['Hezbollah', 'hezbollah']]],
  ['en Cisjordanie', 'all', [['Cisjordanie', 'west-bank']]],
  ['la bande de Gaza', 'all', [['bande de Gaza', 'gaza-strip']]],
  ['Israël', 'all', [['Israël', 'israel']]],
  ['la Russie', 'all', [['Russie', 'russia']]],
  ['d’Israël', 'all', [['Israël', 'israel']]],
  ['une femme d’Oman', 'all', [['Oman', 'oman']]],
  ['Le Fatah al-Islam', 'all', []],
  ['l’ONU, l’ONU', 'first', [['ONU', 'united-nations']]],
  ['Le Hamas, puis les Nations unies, puis le Hamas', 'all', [['Hamas', 'hamas'], ['Nations unies', 'united-nations'], ['Hamas', 'hamas']]],
  ['Jérusalem', 'all', [['Jérusalem', 'jerusalem']]],
];

const SPANISH: Row[] = [
  ['Hamás y Fatah firmaron un acuerdo', 'all', [['Hamás', 'hamas'], ['Fatah', 'fatah']]],
  ['un portavoz de la ONU', 'all', [['ONU', 'united-nations']]],
  ['el Consejo de Seguridad de la ONU', 'all', [['Consejo de Seguridad de la ONU', 'un-security-council']]],
  ['el Consejo de Seguridad', 'all', [['Consejo de Seguridad', 'un-security-council']]],
  ['las Naciones Unidas', 'all', [['Naciones Unidas', 'united-nations']]],
  ['Turquía y China', 'all', [['Turquía', 'turkey'], ['China', 'china']]],
  ['EE. UU.', 'all', [['EE. UU.', 'united-states']]],
  ['Estados Unidos', 'all', [['Estados Unidos', 'united-states']]],
  ['los estados unidos', 'all', [['estados unidos', 'united-states']]],
  ['la Unión Europea (UE)', 'all', [['Unión Europea', 'european-union'], ['UE', 'european-union']]],
  ['la Union Europea', 'all', [['Union Europea', 'european-union']]],
  ['la Autoridad Palestina en Cisjordania', 'all', [['Autoridad Palestina', 'palestinian-authority'], ['Cisjordania', 'west-bank']]],
  ['la solución de dos Estados', 'all', [['solución de dos Estados', 'two-state-solution']]],
  ['el Estado Islámico', 'all', [['Estado Islámico', 'islamic-state']]],
  ['Hezbolá', 'all', [['Hezbolá', 'hezbollah']]],
  ['Hezbola', 'all', [['Hezbola', 'hezbollah']]],
  ['el presidente Erdogan', 'all', [['Erdogan', 'recep-tayyip-erdogan']]],
  ['Chad y Sudán', 'all', [['Chad', 'chad']]],
  ['la Franja de Gaza', 'all', [['Franja de Gaza', 'gaza-strip']]],
  ['la franja de gaza', 'all', [['franja de gaza', 'gaza-strip']]],
  ['las intifadas', 'all', [['intifadas', 'intifada']]],
  ['Omán', 'all', [['Omán', 'oman']]],
  ['Jerusalén', 'all', [['Jerusalén', 'jerusalem']]],
  ['Israel e Irán', 'all', [['Israel', 'israel']]],
  ['Rusia y Ucrania', 'all', [['Rusia', 'russia']]],
  ['Georgia y Tiflis', 'all', []],
  ['un hombre de Omán y una mujer', 'all', [['Omán', 'oman']]],
  ['Hamás, Hamás y Hamás', 'first', [['Hamás', 'hamas']]],
];

const ARABIC: Row[] = [
  ['قالت حماس إن', 'all', [['حماس', 'hamas']]],
  ['وحماس', 'all', [['حماس', 'hamas']]],
  ['لحماس', 'all', [['حماس', 'hamas']]],
  ['بحماس', 'all', [['حماس', 'hamas']]],
  ['كحماس', 'all', [['حماس', 'hamas']]],
  ['فحماس', 'all', [['حماس', 'hamas']]],
  ['وبحماس', 'all', [['حماس', 'hamas']]],
  ['سحماس', 'all', []],
  ['محماس', 'all', []],
  ['حماسي', 'all', []],
  ['حَمَاسُ', 'all', [['حَمَاسُ', 'hamas']]],
  ['حمـــاس', 'all', [['حمـــاس', 'hamas']]],
  ['حماس، فتح', 'all', [['حماس', 'hamas'], ['فتح', 'fatah']]],
  ['فتح الباب', 'all', []],
  ['حركة فتح', 'all', [['حركة فتح', 'fatah']]],
  ['وحركة فتح', 'all', [['حركة فتح', 'fatah']]],
  ['حزب الله', 'all', [['حزب الله', 'hezbollah']]],
  ['لحزب الله', 'all', [['حزب الله', 'hezbollah']]],
  ['أردوغان', 'all', [['أردوغان', 'recep-tayyip-erdogan']]],
  ['اردوغان', 'all', [['اردوغان', 'recep-tayyip-erdogan']]],
  ['وأردوغان', 'all', [['أردوغان', 'recep-tayyip-erdogan']]],
  ['الأمم المتحدة', 'all', [['الأمم المتحدة', 'united-nations']]],
  ['والأمم المتحدة', 'all', [['الأمم المتحدة', 'united-nations']]],
  ['بالأمم المتحدة', 'all', [['الأمم المتحدة', 'united-nations']]],
  ['مجلس الأمن', 'all', [['مجلس الأمن', 'un-security-council']]],
  ['السلطة الفلسطينية في رام الله', 'all', [['السلطة الفلسطينية', 'palestinian-authority']]],
  ['الضفة الغربية', 'all', [['الضفة الغربية', 'west-bank']]],
  ['بالضفة الغربية', 'all', [['الضفة الغربية', 'west-bank']]],
  ['قطاع غزة', 'all', [['قطاع غزة', 'gaza-strip']]],
  ['في غزة', 'all', [['غزة', 'gaza-strip']]],
  ['بغزة', 'all', [['غزة', 'gaza-strip']]],
  ['غزه', 'all', [['غزه', 'gaza-strip']]],
  ['غزة وغزة', 'first', [['غزة', 'gaza-strip']]],
  ['غزة وغزة', 'all', [['غزة', 'gaza-strip'], ['غزة', 'gaza-strip']]],
  ['الصين وتركيا', 'all', [['الصين', 'china'], ['تركيا', 'turkey']]],
  ['الولايات المتحدة', 'all', [['الولايات المتحدة', 'united-states']]],
  ['الاتحاد الأوروبي', 'all', [['الاتحاد الأوروبي', 'european-union']]],
  ['الاتحاد الاوروبي', 'all', [['الاتحاد الاوروبي', 'european-union']]],
  ['داعش', 'all', [['داعش', 'islamic-state']]],
  ['لداعش', 'all', [['داعش', 'islamic-state']]],
  ['تشاد', 'all', [['تشاد', 'chad']]],
  ['الانتفاضة الأولى', 'all', [['انتفاضة', 'intifada']]],
  ['حل الدولتين', 'all', [['حل الدولتين', 'two-state-solution']]],
  ['القدس', 'all', [['القدس', 'jerusalem']]],
  ['بالقدس', 'all', [['القدس', 'jerusalem']]],
  ['إسرائيل', 'all', [['إسرائيل', 'israel']]],
  ['محمود عباس', 'all', [['محمود عباس', 'mahmoud-abbas']]],
  ['التقى محمود عباس قادة فتح', 'all', [['محمود عباس', 'mahmoud-abbas'], ['فتح', 'fatah']]],
  ['القاعدة', 'all', [['القاعدة', 'al-qaeda']]],
  ['وروسيا والصين', 'all', [['روسيا', 'russia'], ['الصين', 'china']]],
  ['Hamas (حماس) and Fatah', 'all', [['Hamas', 'hamas'], ['حماس', 'hamas'], ['Fatah', 'fatah']]],
  ['Hamas (حماس)', 'first', [['Hamas', 'hamas']]],
];

const CHINESE: Row[] = [
  ['中国和美国', 'all', [['中国', 'china'], ['美国', 'united-states']]],
  ['中国外交部发言人', 'all', [['中国', 'china']]],
  ['联合国安理会', 'all', [['联合国安理会', 'un-security-council']]],
  ['联合国秘书长', 'all', [['联合国', 'united-nations']]],
  ['联合国教科文组织', 'all', [['联合国教科文组织', 'unesco']]],
  ['安理会决议', 'all', [['安理会', 'un-security-council']]],
  ['哈马斯和法塔赫', 'all', [['哈马斯', 'hamas'], ['法塔赫', 'fatah']]],
  ['以色列总理', 'all', [['以色列', 'israel']]],
  ['土耳其总统埃尔多安', 'all', [['土耳其', 'turkey'], ['埃尔多安', 'recep-tayyip-erdogan']]],
  ['黎巴嫩真主党', 'all', [['真主党', 'hezbollah']]],
  ['乍得湖', 'all', [['乍得', 'chad']]],
  ['欧盟委员会', 'all', [['欧盟', 'european-union']]],
  ['两国方案', 'all', [['两国方案', 'two-state-solution']]],
  ['加沙地带', 'all', [['加沙', 'gaza-strip']]],
  ['约旦河西岸', 'all', [['约旦河西岸', 'west-bank']]],
  ['格鲁吉亚', 'all', [['格鲁吉亚', 'georgia']]],
  ['佐治亚州', 'all', [['佐治亚州', 'georgia-us-state']]],
  ['巴勒斯坦民族权力机构', 'all', [['巴勒斯坦民族权力机构', 'palestinian-authority']]],
  ['耶路撒冷', 'all', [['耶路撒冷', 'jerusalem']]],
  ['基地组织', 'all', [['基地组织', 'al-qaeda']]],
  ['俄罗斯总统', 'all', [['俄罗斯', 'russia']]],
  ['阿巴斯说', 'all', [['阿巴斯', 'mahmoud-abbas']]],
  ['在UN和EU之间', 'all', [['UN', 'united-nations'], ['EU', 'european-union']]],
  ['ＵＮ安理会', 'all', [['ＵＮ', 'united-nations'], ['安理会', 'un-security-council']]],
  ['中国，美国。', 'all', [['中国', 'china'], ['美国', 'united-states']]],
  ['中国中国中国', 'first', [['中国', 'china']]],
  ['中国中国中国', 'all', [['中国', 'china'], ['中国', 'china'], ['中国', 'china']]],
  ['中国的China与美国的US', 'all', [['中国', 'china'], ['China', 'china'], ['美国', 'united-states'], ['US', 'united-states']]],
  ['中国的China与美国的US', 'first', [['中国', 'china'], ['美国', 'united-states']]],
  // Japanese uses the same Han names.
  ['中国の外務省', 'all', [['中国', 'china']]],
  // Korean: a name ends at a syllable's end, not inside it (러시안 "Russian" is not 러시아 "Russia").
  ['러시아는', 'all', [['러시아', 'russia']]],
  ['러시안 룰렛', 'all', []],
  ['哈马斯说，以色列', 'all', [['哈马斯', 'hamas'], ['以色列', 'israel']]],
];

describe('the fixture glossary', () => {
  it('is a valid glossary', () => {
    const { problems, entries } = validateGlossaryFile('fixture.json', { name: 'Fixture', entries: FIXTURE_ENTRIES });
    expect(problems).toEqual([]);
    expect(checkGlossaryConsistency(new Map([['fixture.json', entries]]))).toEqual([]);
  });
});

describe.each([
  ['English', ENGLISH],
  ['French', FRENCH],
  ['Spanish', SPANISH],
  ['Arabic', ARABIC],
  ['Chinese and Japanese', CHINESE],
])('findMentions: %s', (_language, rows) => {
  it.each(rows)('%j (%s)', (text, density, expected) => {
    const mentions = matcher.findMentions(text, { density });
    expect(found(text, mentions)).toEqual(expected);
  });
});

describe('findMentions: the mention record', () => {
  it('gives offsets, alias as written and the rule', () => {
    const text = 'In Ramallah, the PA’s two-state solutions';
    expect(matcher.findMentions(text, { density: 'all' })).toEqual([
      { start: 17, end: 19, entryId: 'palestinian-authority', alias: 'PA', rule: { case: 'sensitive', plural: false, context: 'Ramallah' } },
      { start: 22, end: 41, entryId: 'two-state-solution', alias: 'two-state solution', rule: { case: 'insensitive', plural: true } },
    ]);
  });

  it('names the first context term of the alias that is present', () => {
    const [mention] = matcher.findMentions('PA officials in the West Bank, Palestinian sources said', { density: 'first' });
    expect(mention?.rule.context).toBe('Palestinian');
  });

  it('reports the alias that matched, not the entry label', () => {
    const mentions = matcher.findMentions('Ḥizbullāh, Hizballah', { density: 'all' });
    expect(mentions.map((m) => m.alias)).toEqual(['Ḥizbullāh', 'Hizballah']);
  });

  it('offsets count UTF-16 units of the original text, astral characters included', () => {
    const text = '𝐇𝐚𝐦𝐚𝐬 😀 Hamas';
    const mentions = matcher.findMentions(text, { density: 'all' });
    expect(mentions.map((m) => [m.start, m.end])).toEqual([[0, 10], [14, 19]]);
  });

  it('a match keeps the combining marks of its letters', () => {
    const text = 'Hezbola\u0301 y Jerusale\u0301n';
    expect(found(text, matcher.findMentions(text, { density: 'all' }))).toEqual([
      ['Hezbola\u0301', 'hezbollah'],
      ['Jerusale\u0301n', 'jerusalem'],
    ]);
    const vocalised = 'حماسُ، فتحَ';
    expect(found(vocalised, matcher.findMentions(vocalised, { density: 'all' }))).toEqual([
      ['حماسُ', 'hamas'],
      ['فتحَ', 'fatah'],
    ]);
  });

  it('chunks give the same mentions as the whole text', () => {
    const text = 'The UN Security Council and Hamas’s leaders met 𝐄𝐫𝐝𝐨𝐠𝐚𝐧 in Ramallah; the PA agreed.';
    const whole = matcher.findMentions(text, { density: 'all' });
    expect(found(text, whole).map(([, id]) => id)).toEqual([
      'un-security-council',
      'hamas',
      'recep-tayyip-erdogan',
      'palestinian-authority',
    ]);
    // Cuts inside names, inside an apostrophe-s, and between the two halves of a surrogate pair.
    const cuts = [0, 11, 31, 33, 55, 56, 56, 90, text.length];
    const chunks = cuts.slice(1).map((cut, i) => text.slice(cuts[i], cut));
    expect(chunks.join('')).toBe(text);
    expect(matcher.findMentions(chunks, { density: 'all' })).toEqual(whole);
  });
});

describe('Matcher: entries and glossaries', () => {
  it('finds an entry by id', () => {
    expect(matcher.entry('hamas')?.label).toBe('hamas');
    expect(matcher.entry('nobody')).toBeUndefined();
  });

  it('a later glossary overrides an entry with the same id, aliases included', () => {
    const reader = compileGlossary('reader', [makeEntry('hamas', 'group', ['Harakat Hamas'], { label: 'Hamas (reader)' })]);
    const both = new Matcher([fixtureGlossary(), reader]);
    expect(both.entry('hamas')?.label).toBe('Hamas (reader)');
    expect(both.entry('fatah')?.label).toBe('fatah');
    const text = 'Hamas, or Harakat Hamas, and Fatah';
    expect(found(text, both.findMentions(text, { density: 'all' }))).toEqual([
      ['Harakat Hamas', 'hamas'],
      ['Fatah', 'fatah'],
    ]);
  });

  it('a reader glossary adds aliases and entries alongside the bundled one', () => {
    const reader = compileGlossary('reader', [makeEntry('lin-jian', 'person', ['Lin Jian', { text: 'Lin', contexts: ['Lin Jian'] }])]);
    const both = new Matcher([fixtureGlossary(), reader]);
    const text = 'Lin said China; Lin Jian is a spokesman.';
    expect(found(text, both.findMentions(text, { density: 'all' }))).toEqual([
      ['Lin', 'lin-jian'],
      ['China', 'china'],
      ['Lin Jian', 'lin-jian'],
    ]);
  });

  it('an entry switched off is not marked but still hides shorter names inside it', () => {
    const text = 'The UN Security Council and the UN';
    const mentions = matcher.findMentions(text, { density: 'all' });
    expect(found(text, mentions)).toEqual([['UN Security Council', 'un-security-council'], ['UN', 'united-nations']]);
    const off = matcher.select([matcher.scan(text)], { density: 'all', isEnabled: (entry) => entry.id !== 'un-security-council' })[0]!;
    expect(found(text, off)).toEqual([['UN', 'united-nations']]);
    expect(off[0]!.start).toBe(32);
  });
});
