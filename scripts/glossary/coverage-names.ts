/**
 * Names a reader may want explained, found in an article's text by a kept
 * named-entity recogniser: compromise (MIT) for English. For French, Spanish
 * and Russian, where no kept recogniser of that quality is on npm, capitalised
 * word sequences away from a sentence's start stand in; German capitalises
 * every noun and Arabic and Chinese have no capitals, so those pages are not
 * measured. Where compromise falls short is said in docs/glossary-coverage.md.
 */
import nlp from 'compromise';

export type NameKind = 'person' | 'place' | 'organisation' | 'name';

export interface FoundName {
  readonly text: string;
  readonly kind: NameKind;
  /** Index of the block the name is in, and its offsets there. */
  readonly block: number;
  readonly start: number;
  readonly end: number;
}

/** Languages whose names this module can find. */
export const MEASURED_LANGUAGES: readonly string[] = ['en', 'fr', 'es', 'ru'];

/** Titles and honorifics compromise keeps inside a person's or place's name ("President Volodymyr Zelensky"). */
const LEADING_TITLES = new Set(
  ('president vice prime minister secretary state foreign defence defense interior chancellor king queen prince princess crown sheikh emir ' +
    'ambassador envoy special senator sen rep representative gov governor mayor general gen col colonel lt lieutenant maj major adm admiral ' +
    'sgt capt captain dr mr mrs ms miss sir dame lord lady former acting deputy chief judge justice pope cardinal rabbi imam ayatollah the ' +
    'm mme président ministre señor presidente ministro господин президент министр ' +
    // Photo credits and bylines glued to a name, and French and Spanish articles.
    'by credit photo writer la le les los las el').split(' '),
);

/** Capitalised words that open sentences and headlines, or label page furniture, in the heuristic's languages. */
const NOT_NAMES = new Set(
  ('the a an in on at of for and but or if as by to from with this that these those it its he she they we i you his her their our ' +
    'le la les un une des du de et ou mais dans sur pour par avec ce cette ces il elle ils elles nous vous en au aux est ' +
    'el los las una unos unas del y o pero en con por para este esta estos estas ese esa él ella ellos nosotros es ' +
    'в на и но с по для это этот эта он она они мы вы не что как ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre ' +
    'lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre').split(' '),
);

const TRAILING = /[\s.,;:!?"“”‘’'()[\]«»—–-]+$|[’']s$/u;
const LEADING = /^[\s.,;:!?"“”‘’'()[\]«»—–-]+/u;

/** Trim punctuation, a possessive and leading titles; undefined when nothing name-like is left. */
function cleanName(raw: string, start: number): { text: string; start: number } | undefined {
  let text = raw;
  let offset = start;
  for (let changed = true; changed; ) {
    changed = false;
    const lead = LEADING.exec(text);
    if (lead) {
      text = text.slice(lead[0].length);
      offset += lead[0].length;
      changed = true;
    }
    const trail = TRAILING.exec(text);
    if (trail) {
      text = text.slice(0, trail.index);
      changed = true;
    }
    const elided = /^[LlDd][’']/u.exec(text); // French l’, d’
    if (elided) {
      text = text.slice(elided[0].length);
      offset += elided[0].length;
      changed = true;
    }
    const glued = /^(?:Credit|Photo)(?=\p{Lu})/u.exec(text); // "CreditJane Doe": a caption's credit read without its space
    if (glued) {
      text = text.slice(glued[0].length);
      offset += glued[0].length;
      changed = true;
    }
    const first = /^(\S+?)\.?\s+/u.exec(text);
    if (first && LEADING_TITLES.has(first[1]!.toLowerCase())) {
      text = text.slice(first[0].length);
      offset += first[0].length;
      changed = true;
    }
  }
  // A name with a slash is a photo credit ("Jane Doe/AFP/Getty Images").
  if (text.length < 2 || text.includes('/') || !/^\p{Lu}/u.test(text) || (!text.includes(' ') && NOT_NAMES.has(text.toLowerCase()))) return undefined;
  return { text, start: offset };
}

function englishNames(text: string, block: number): FoundName[] {
  const doc = nlp(text);
  const found: FoundName[] = [];
  const take = (kind: NameKind, view: { json(options: object): unknown }): void => {
    for (const term of view.json({ offset: true }) as Array<{ text: string; offset: { start: number } }>) {
      const name = cleanName(term.text, term.offset.start);
      if (name) found.push({ text: name.text, kind, block, start: name.start, end: name.start + name.text.length });
    }
  };
  take('person', doc.people());
  take('place', doc.places());
  take('organisation', doc.organizations());
  return found;
}

const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{M}’'-]*(?:\s+(?:(?:de|del|du|des|da|al|bin|ibn)\s+)?\p{Lu}[\p{L}\p{M}’'-]*)*/gu;

/** Capitalised runs that do not open a sentence (a single capitalised word there is usually not a name). */
function capitalisedNames(text: string, block: number): FoundName[] {
  const found: FoundName[] = [];
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const before = text.slice(0, match.index).trimEnd();
    const opensSentence = before === '' || /[.!?:«"“]$/u.test(before);
    const name = cleanName(match[0], match.index);
    if (!name) continue;
    if (opensSentence && !name.text.includes(' ')) continue;
    found.push({ text: name.text, kind: 'name', block, start: name.start, end: name.start + name.text.length });
  }
  return found;
}

/** Names in each block of an article in language `lang` (empty where the language is not measured). */
export function findNames(blocks: readonly string[], lang: string): FoundName[] {
  if (!MEASURED_LANGUAGES.includes(lang)) return [];
  return blocks.flatMap((text, block) => (lang === 'en' ? englishNames(text, block) : capitalisedNames(text, block)));
}
