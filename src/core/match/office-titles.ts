/**
 * An office title before a surname: "President Zelensky", "le président
 * Macron", "Chancellor Merz", "Foreign Minister Lavrov" (issue #17).
 *
 * A person's surname alone is gated by their full name on the page, because
 * a surname alone may be a namesake's. News often gives a leader only their
 * title and surname, and then the title says what the full name would have
 * said: a person of that surname who holds (or held) that kind of office.
 * So a gated surname also counts right after an office title, when the
 * person's own card names an office of the same kind: "Governor Healey" is
 * not the UK's defence secretary John Healey, "President Pence" is no one.
 *
 * Honorifics ("Mr", "Mrs", "Dr", "Sir", "Herr") say nothing of the office and
 * nothing reliable of the person ("Mrs Trump" is not the president), so they
 * are not titles here. Two entries that both fit stay a tie, unmarked
 * ("President Bush"), as everywhere in selection.
 */
import { foldWord, letterWordBefore } from '../text/word-shape.ts';

/** Kinds of office: a title word is one kind, an entry's card may name several. */
const OFFICE_WORDS: ReadonlyArray<readonly string[]> = [
  // Russian titles in their cases too: "с президентом Зеленским", "министра Лаврова".
  ['president', 'presidente', 'prasident', 'prasidentin', 'presidenta', 'президент', 'президента', 'президенту', 'президентом', 'президенте'],
  ['minister', 'ministre', 'ministro', 'ministra', 'ministerin', 'министр', 'министра', 'министру', 'министром', 'министре', 'міністр'],
  ['premier', 'премьер', 'премьера', 'премьеру', 'премьером'],
  ['chancellor', 'chancelier', 'chanceliere', 'canciller', 'kanzler', 'kanzlerin', 'канцлер', 'канцлера', 'канцлеру', 'канцлером'],
  ['senator', 'sen', 'senador', 'senadora', 'senateur', 'сенатор'],
  ['representative', 'rep', 'congressman', 'congresswoman'],
  ['speaker', 'спикер'],
  ['governor', 'gov', 'gobernador', 'gobernadora', 'gouverneur', 'губернатор'],
  ['mayor', 'maire', 'alcalde', 'alcaldesa', 'мэр'],
  ['secretary'],
  ['ambassador', 'envoy', 'ambassadeur', 'embajador', 'embajadora', 'посол'],
  ['king', 'queen', 'emir', 'amir', 'sultan', 'emperor', 'roi', 'reine', 'rey', 'reina', 'король'],
  ['general', 'gen', 'marshal', 'admiral', 'colonel', 'col', 'commander', 'brigadier', 'général', 'генерал', 'маршал', 'адмирал'],
  ['judge', 'justice', 'juez', 'jueza', 'juge', 'судья'],
  ['chairman', 'chairwoman', 'chair', 'leader', 'председатель', 'лидер'],
  ['ayatollah', 'pope', 'cardinal', 'archbishop', 'patriarch', 'аятолла', 'патриарх'],
];

/** Words of a card that name an office of a kind, beyond the titles themselves ("Congress" for a representative). */
const CARD_WORDS: ReadonlyArray<readonly [kind: number, words: readonly string[]]> = [
  [5, ['representatives', 'congress', 'congressional']],
  [11, ['monarch', 'throne']],
];

const TITLE_KINDS: ReadonlyMap<string, number> = new Map(OFFICE_WORDS.flatMap((words, kind) => words.map((word) => [foldWord(word), 1 << kind] as const)));
const CARD_KINDS: ReadonlyMap<string, number> = (() => {
  const kinds = new Map(TITLE_KINDS);
  for (const [kind, words] of CARD_WORDS) for (const word of words) kinds.set(word, (kinds.get(word) ?? 0) | (1 << kind));
  return kinds;
})();

/** The kinds of office a card names (its label, its first sentence and its facts), as bits. */
export function officeKindsOf(texts: readonly string[]): number {
  let kinds = 0;
  for (const text of texts) for (const [word] of text.matchAll(/[\p{L}\p{M}]+/gu)) kinds |= CARD_KINDS.get(foldWord(word)) ?? 0;
  return kinds;
}

/** The office title right before a span, after exactly one space: its word as written and its kind, if it is one. */
export function officeTitleBefore(text: string, start: number): { readonly word: string; readonly kind: number } | undefined {
  const before = letterWordBefore(text, start);
  if (!before) return undefined;
  const { at, end } = before;
  // A title may end a compound one ("Vice-President", "премьер-министр", "ex-President"), not a name or a number.
  if (at > 0 && /['’\p{L}\p{N}]/u.test(text[at - 1]!)) return undefined;
  const word = text.slice(at, end);
  const kind = TITLE_KINDS.get(foldWord(word));
  return kind === undefined ? undefined : { word, kind };
}
