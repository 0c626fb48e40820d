/**
 * Words that name a kind of national body, not one body: "National Guard",
 * "Police nationale", "Constitutional Court", "Islamic Action Front". A name
 * made only of them is the name of the same kind of body in other countries
 * (review 5 found France's "Police nationale" marked in Congo, Burkina Faso and
 * Côte d'Ivoire, and Jordan's Islamic Action Front marked for Lebanon's), so
 * the ambiguity check wants such an alias gated by its country nearby.
 *
 * Written as a newsroom writes them, in the languages of the glossary's
 * aliases; folded like the matcher folds text. A word that names one country,
 * region or body ("European", "Knesset", "Bundestag") is not here: a name that
 * holds one is that body's own.
 */
import { normalisePhrase } from '../../src/core/text/normalise.ts';

/** Nouns and adjectives of institutions, by language. */
const INSTITUTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'national', 'federal', 'central', 'supreme', 'high', 'constitutional', 'court', 'tribunal', 'justice', 'police', 'guard',
    'guards', 'gendarmerie', 'army', 'navy', 'air', 'force', 'forces', 'defence', 'defense', 'territorial', 'armed', 'military',
    'ministry', 'council', 'assembly', 'parliament', 'senate', 'congress', 'chamber', 'representatives', 'commission',
    'committee', 'security', 'border', 'coast', 'republican', 'revolutionary', 'popular', 'people', "people's", 'peoples',
    'democratic', 'liberal', 'conservative', 'socialist', 'communist', 'labour', 'labor', 'workers', 'party', 'front',
    'movement', 'alliance', 'union', 'coalition', 'league', 'islamic', 'christian', 'muslim', 'action', 'development',
    'progress', 'progressive', 'freedom', 'liberty', 'unity', 'reform', 'renewal', 'solidarity', 'independent', 'social',
    'citizens', 'civic', 'electoral', 'election', 'general', 'staff', 'presidential', 'interior', 'foreign', 'affairs',
    'prosecutor', "prosecutor's", 'public', 'government', 'republic', 'liberation', 'salvation', 'homeland', 'nation',
    'patriotic', 'victory', 'and', 'for', 'of', 'the', 'in',
  ],
  fr: [
    'police', 'nationale', 'national', 'gendarmerie', 'armee', 'armees', 'forces', 'force', 'defense', 'garde', 'republicaine',
    'cour', 'constitutionnelle', 'supreme', 'conseil', 'constitutionnel', "d'etat", 'assemblee', 'senat', 'parti',
    'front', 'mouvement', 'rassemblement', 'union', 'alliance', 'democratique', 'democrate', 'socialiste', 'populaire',
    'republicain', 'republique', 'islamique', 'action', 'justice', 'ministere', 'interieur', 'direction', 'generale',
    'securite', 'renseignement', 'federale', 'federal', 'haute', 'tribunal', 'banque', 'centrale', 'commission',
    'electorale', 'independante', 'liberation', 'progres', 'renouveau', 'patriotique', 'salut', 'unite',
    'de', 'la', 'le', 'les', 'du', 'des', "l'", 'et', 'pour',
  ],
  es: [
    'policia', 'nacional', 'guardia', 'ejercito', 'fuerzas', 'armadas', 'fuerza', 'defensa', 'tribunal', 'corte',
    'suprema', 'supremo', 'constitucional', 'congreso', 'senado', 'asamblea', 'partido', 'frente', 'movimiento', 'union',
    'alianza', 'democratico', 'democratica', 'socialista', 'popular', 'republicano', 'republica', 'islamico', 'accion',
    'justicia', 'ministerio', 'interior', 'federal', 'banco', 'central', 'consejo', 'electoral', 'liberacion', 'revolucionario',
    'revolucionaria', 'patriotico', 'unidad', 'de', 'la', 'el', 'los', 'las', 'del', 'y', 'por', 'para',
  ],
  pt: [
    'policia', 'federal', 'nacional', 'guarda', 'exercito', 'forcas', 'armadas', 'supremo', 'tribunal', 'constitucional',
    'congresso', 'senado', 'assembleia', 'partido', 'frente', 'movimento', 'uniao', 'alianca', 'democratico', 'socialista',
    'popular', 'republicano', 'republica', 'justica', 'ministerio', 'banco', 'central', 'de', 'da', 'do', 'das', 'dos', 'e',
  ],
  de: [
    'bundespolizei', 'polizei', 'nationalgarde', 'verfassungsgericht', 'oberster', 'gerichtshof',
    'nationale', 'nationaler', 'partei', 'front', 'bewegung', 'union', 'demokratische', 'sozialistische', 'volkspartei',
    'ministerium', 'armee', 'streitkrafte', 'der', 'die', 'das', 'des', 'und',
  ],
  it: ['polizia', 'guardia', 'nazionale', 'corte', 'costituzionale', 'suprema', 'partito', 'fronte', 'movimento', 'democratico', 'di', 'della', 'del'],
  ru: [
    'национальная', 'национальный', 'гвардия', 'полиция', 'федеральная', 'служба', 'безопасности', 'конституционный',
    'верховный', 'суд', 'партия', 'фронт', 'движение', 'союз', 'народный', 'народная', 'демократическая', 'армия', 'силы',
    'вооруженные', 'вооружённые', 'министерство', 'совет', 'собрание', 'государственная', 'исламский', 'действия', 'и',
  ],
  uk: ['національна', 'гвардія', 'поліція', 'служба', 'безпеки', 'збройні', 'сили', 'територіальної', 'оборони', 'суд', 'конституційний'],
  ar: [
    'الشرطة', 'الوطنية', 'الوطني', 'الحرس', 'الجيش', 'القوات', 'المسلحة', 'الدفاع', 'المحكمة', 'الدستورية', 'العليا',
    'المجلس', 'مجلس', 'النواب', 'الشعب', 'الشعبي', 'الشعبية', 'الأمن', 'الامن', 'العام', 'جبهة', 'الجبهة', 'حزب', 'الحزب',
    'حركة', 'الحركة', 'العمل', 'الإسلامي', 'الإسلامية', 'الديمقراطي', 'الديمقراطية', 'الاتحاد', 'التحالف', 'وزارة',
    'الداخلية', 'الجمهوري', 'الثوري', 'التحرير', 'العدالة', 'التنمية', 'الحرية', 'الاشتراكي', 'جهاز', 'المخابرات',
    'الاستخبارات', 'الدولة', 'الأمة', 'الامة', 'القضاء', 'الأعلى', 'الاعلى', 'في', 'و',
  ],
};

/**
 * Whole names in Chinese and Japanese, written without spaces: each is also the name of another country's body
 * ("国务院" is the US State Department in "美国国务院", "民主进步党" is also Malawi's Democratic Progressive Party,
 * "自由民主党" the UK's Liberal Democrats).
 */
const CJK_INSTITUTION_NAMES = [
  '国务院', '國務院', '国防部', '國防部', '外交部', '公安部', '国家安全部', '國家安全部', '最高法院', '宪法法院', '憲法法院', '议会', '議會',
  '国会', '國會', '国民议会', '國民議會', '参议院', '參議院', '众议院', '眾議院', '立法院', '立法会', '立法會', '国民党', '國民黨', '自由民主党',
  '自由民主黨', '民主进步党', '民主進步黨', '民进党', '民進黨', '国民民主党', '國民民主黨', '共产党', '共產黨', '社会党', '工党', '保守党', '人民党',
  '民主党', '共和党', '国民警卫队', '国家警察', '解放军', '解放軍', '人民解放军', '人民解放軍', '革命卫队', '国防军', '中央银行', '央行',
];

const fold = (word: string): string => normalisePhrase(word).folded;
const CJK_GENERIC = new Set(CJK_INSTITUTION_NAMES.map(fold));

/** Every word of every language, folded: a name is read word by word, in whatever language its words are. */
const GENERIC = new Set(Object.values(INSTITUTION_WORDS).flatMap((words) => words.map(fold)));

/** Articles, prepositions and conjunctions: they make no name specific. */
const FUNCTION_WORDS = new Set(['and', 'for', 'of', 'the', 'in', 'de', 'la', 'le', 'les', 'du', 'des', "l'", 'et', 'pour', 'el', 'los', 'las', 'del', 'y', 'por', 'para', 'da', 'do', 'das', 'dos', 'e', 'der', 'die', 'das', 'und', 'di', 'della', 'и', 'في', 'و'].map(fold));

/**
 * Is this alias made only of generic institution words ("National Guard",
 * "Police nationale", "جبهة العمل الإسلامي")? At least one word must be more
 * than an article, and a one-word alias counts only when it is one of the
 * compound nouns of the list ("Bundespolizei").
 */
export function isGenericInstitutionName(text: string): boolean {
  if (CJK_GENERIC.has(fold(text))) return true;
  const words = fold(text).split(' ').filter(Boolean);
  if (words.length === 0 || !words.every((word) => GENERIC.has(word))) return false;
  if (words.every((word) => FUNCTION_WORDS.has(word))) return false;
  return words.length > 1 || /^(bundes|national|verfassung)/u.test(words[0]!);
}
