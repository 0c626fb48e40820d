/**
 * Kinds of unsafe alias that review 5 found (docs/glossary-review.md), each
 * flagged as a kind by the ambiguity check rather than fixed for its example:
 * - a Chinese or Japanese person name of one or two characters ("塞西" for
 *   Sisi is the start of "塞西尔", Cecil), or of three that begins another
 *   person's name: Chinese is written without spaces, so the short name
 *   matches inside the longer one;
 * - a name made only of generic institution words ("Police nationale",
 *   "Islamic Action Front"): other countries have a body of that name;
 * - a numbered resolution ("Resolution 2254"): the Security Council, the
 *   General Assembly and legislatures number theirs from 1, so the numbers
 *   repeat.
 * Each is answered only by contexts looked for near the mention or in its
 * block (the full name, the office, the country, the body): a word anywhere
 * on the page does not decide which Cecil, which police or which resolution.
 */
import type { AliasSpec } from '../../src/core/glossary/schema.ts';
import { isUnspacedChar } from '../../src/core/text/char-class.ts';
import { isGenericInstitutionName } from './institution-words.ts';
import { aliasText, foldName, type Name } from './name-index.ts';

export type KindReason = 'short-cjk-person' | 'generic-institution' | 'numbered-document';

/** Kinds whose names are specific in their own right: a person, a place, a state. */
const NAMED_KINDS = new Set(['person', 'place', 'country']);

/**
 * "Resolution 2254", "résolution 2254", "resolución 2254", "القرار 2254", "第2254号决议", "UN Resolution 242": a
 * number without its body ("UN" has two numbering bodies). "UNSC Resolution 1701" names its body and is left alone.
 */
const NUMBERED_DOCUMENT = [
  /^(?:un )?(?:resolution|resolucion|resolucao|risoluzione|resolutie|резолюция|резолюции|القرار|قرار)(?: (?:no\.?|nr\.?|n°|№|رقم))? ?\d+$/u,
  /^第?\d+号?(?:决议|決議)$/u,
];

/**
 * Three-character transliterations that mostly mean something else in Chinese text: in the first ten hits of an
 * exact search of public Chinese text (December 2026), at least three were another name that holds them or another
 * person of the name: 佩特罗 (佩特罗夫 Petrov, 佩特罗尼), 卡拉斯 (阿尔卡拉斯 Alcaraz, 卡拉斯科 Carrasco), 布莱尔 (Port
 * Blair, Brier score), 默克尔 (默克尔树, the Merkle tree), 图斯克 (inside longer names), 桑切斯 (other Sánchezes),
 * 斯塔默 (other Starmers), 卢比奥 (Ricky Rubio), 巴希尔 (Martin Bashir). Twelve others measured the same way were the
 * person in all or all but one of ten (特朗普, 马克龙, 马杜罗, 萨科齐, 欧尔班, 奥巴马, 辛鲍姆, 梅洛尼, 奥朗德, 朔尔茨, 蓬佩奥, 特鲁多).
 */
const MEASURED_SHARED_CJK = new Set(['佩特罗', '卡拉斯', '布莱尔', '默克尔', '图斯克', '桑切斯', '斯塔默', '卢比奥', '巴希尔']);

/** Han, kana: the scripts a Chinese or Japanese name is written in. */
const isCjkName = (folded: string): boolean => [...folded].every((char) => isUnspacedChar(char.codePointAt(0)!) && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(char));

export interface KindRisk {
  readonly reason: KindReason;
  readonly detail: string;
}

/**
 * The kinds this alias belongs to. `startsOthers` gives the other people's
 * names (in a script without spaces) that begin with a folded name.
 */
export function kindRisks(name: Name, startsOthers: (folded: string) => readonly Name[]): KindRisk[] {
  const text = aliasText(name.alias!);
  const kind = name.owner.entry.kind;
  const risks: KindRisk[] = [];
  if (kind === 'person' && isCjkName(name.folded)) {
    const length = [...name.folded].length;
    const longer = startsOthers(name.folded).filter((other) => other.owner !== name.owner);
    if (length <= 2) risks.push({ reason: 'short-cjk-person', detail: `${length} character${length > 1 ? 's' : ''}: the start of longer names written without spaces` });
    else if (MEASURED_SHARED_CJK.has(name.folded)) risks.push({ reason: 'short-cjk-person', detail: 'measured: mostly another name or person in Chinese text' });
    else if (isOwnSurname(name)) risks.push({ reason: 'short-cjk-person', detail: 'a foreign surname alone: the last part of the full name written with an interpunct, which other people share (坎贝尔 Campbell)' });
    else if (longer.length > 0) risks.push({ reason: 'short-cjk-person', detail: `the start of ${longer.map((other) => `"${other.folded}" (${other.owner.entry.id})`).join(', ')}` });
  }
  if (!NAMED_KINDS.has(kind) && isGenericInstitutionName(text)) {
    risks.push({ reason: 'generic-institution', detail: 'only generic institution words: the name of the same kind of body in other countries' });
  }
  if (NUMBERED_DOCUMENT.some((pattern) => pattern.test(name.folded))) {
    risks.push({ reason: 'numbered-document', detail: 'a numbered document: other bodies number theirs too' });
  }
  return risks;
}

/** Is the name the last part of one of its person's own names written with an interpunct (坎贝尔 of 库尔特·坎贝尔)? */
function isOwnSurname(name: Name): boolean {
  return name.owner.entry.aliases.some((alias) => {
    const parts = foldName(aliasText(alias)).split(/[·・‧]/u);
    return parts.length > 1 && parts.at(-1) === name.folded;
  });
}

/** An index of person names written without spaces, by their first three letters, for `kindRisks`. */
export function cjkPersonNamesStarting(names: Iterable<Name>): (folded: string) => readonly Name[] {
  const byStart = new Map<string, Name[]>();
  for (const name of names) {
    if (name.owner.entry.kind !== 'person' || !isCjkName(name.folded.replace(/[·・]/gu, '')) || [...name.folded].length <= 3) continue;
    const start = [...name.folded].slice(0, 3).join('');
    byStart.set(start, [...(byStart.get(start) ?? []), name]);
  }
  return (folded) => {
    if ([...folded].length !== 3) return [];
    return (byStart.get(folded) ?? []).filter((other) => other.folded.startsWith(folded));
  };
}

/** Contexts that are looked for near the mention or in its block, and are not the alias itself. */
export function hasCloseContexts(spec: AliasSpec, folded: string): boolean {
  if (typeof spec === 'string') return false;
  const scope = spec.scope ?? (spec.relatedContexts ? 'near' : 'page');
  if (scope === 'page') return false;
  if (spec.relatedContexts) return true;
  // A term inside the alias ("UN" of "UN Resolution 242") is found wherever the alias is: no gate.
  const terms = (spec.contexts ?? []).filter((term) => !` ${folded} `.includes(` ${foldName(term)} `));
  return terms.length > 0;
}
