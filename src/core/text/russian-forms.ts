/**
 * The case forms of a Russian name: "Владимира Путина", "в Москве", "с
 * Израилем", "Южной Кореи". Russian declines names, and news writes them in
 * the oblique cases more often than not; the glossary holds the nominative,
 * so without its forms most Russian mentions go unmarked.
 *
 * The forms come from the word's ending, by the regular paradigms of nouns,
 * adjectives and surnames (genitive, dative, accusative, instrumental,
 * prepositional). A form the language does not use is harmless (it never
 * occurs); a word whose ending does not say how it declines (a foreign name
 * in -о, -и, -у: Токио, Чили, Перу) is left as it is. All words of a name
 * take the same case. A person's names all decline ("Сергея Лаврова"); in
 * another name, the adjectives and the first noun do and the rest is a
 * genitive that stays ("Министерства иностранных дел").
 */

/** Genitive, dative, accusative, instrumental, prepositional: the variants of each. */
type Paradigm = readonly [gen: readonly string[], dat: readonly string[], acc: readonly string[], ins: readonly string[], prep: readonly string[]];

const CASES = 5;
const HUSHING = /[жшчщц]$/u;
const VELAR_OR_HUSHING = /[гкхжшчщ]$/u;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;

/** How a word declines: its paradigm of endings after its stem, and whether it is an adjective (then the next word declines too). */
interface Declension {
  readonly stem: string;
  readonly endings: Paradigm;
  readonly adjective: boolean;
}

function declension(word: string, person: boolean): Declension | undefined {
  const lower = word.toLowerCase();
  const stem = (drop: number): string => word.slice(0, word.length - drop);
  if (word.length < 3 || word === word.toUpperCase() || !CYRILLIC_WORD.test(word)) return undefined;
  // Adjectives, and surnames declined like them ("Зеленский", "Толстой", "Южная", "Соединённые").
  if (lower.endsWith('ний')) return { stem: stem(2), endings: [['его'], ['ему'], person ? ['его'] : [], ['им'], ['ем']], adjective: true };
  if (/(?:ск|цк|к|х)ий$|(?:ск|цк)ой$|ый$/u.test(lower) || (/ой$/u.test(lower) && !/[аеиоуыэюя]ой$/u.test(lower))) {
    const instrumental = lower.endsWith('ий') || VELAR_OR_HUSHING.test(stem(2)) ? 'им' : 'ым';
    return { stem: stem(2), endings: [['ого'], ['ому'], person ? ['ого'] : [], [instrumental], ['ом']], adjective: true };
  }
  if (lower.endsWith('ая')) return { stem: stem(2), endings: [['ой'], ['ой'], ['ую'], ['ой'], ['ой']], adjective: true };
  if (lower.endsWith('яя')) return { stem: stem(2), endings: [['ей'], ['ей'], ['юю'], ['ей'], ['ей']], adjective: true };
  if (/[^аеиоуыэюя]ое$/u.test(lower)) return { stem: stem(2), endings: [['ого'], ['ому'], [], [VELAR_OR_HUSHING.test(stem(2)) ? 'им' : 'ым'], ['ом']], adjective: true };
  if (/[ыи]е$/u.test(lower) && lower.length > 4) {
    const vowel = lower.endsWith('ые') ? 'ы' : 'и';
    return { stem: stem(2), endings: [[`${vowel}х`], [`${vowel}м`], [], [`${vowel}ми`], [`${vowel}х`]], adjective: true };
  }
  // A woman's surname declined like an adjective ("Захарова" → "Захаровой").
  if (person && /(?:ов|ев|ёв|ин|ын)а$/u.test(lower)) return { stem: stem(1), endings: [['ой'], ['ой'], ['у'], ['ой'], ['ой']], adjective: false };
  if (lower.endsWith('ия')) return { stem: stem(2), endings: [['ии'], ['ии'], ['ию'], ['ией'], ['ии']], adjective: false };
  if (lower.endsWith('ий')) return { stem: stem(2), endings: [['ия'], ['ию'], person ? ['ия'] : [], ['ием'], ['ии']], adjective: false };
  if (lower.endsWith('ие')) return { stem: stem(2), endings: [['ия'], ['ию'], [], ['ием'], ['ии']], adjective: false };
  if (lower.endsWith('ство')) return { stem: stem(1), endings: [['а'], ['у'], [], ['ом'], ['е']], adjective: false };
  // A foreign name with a vowel before its last one does not decline ("Самоа", "Гоа", "Папуа").
  if (/[аеиоуыэюя][ая]$/u.test(lower) && !/[еи]я$/u.test(lower)) return undefined;
  if (lower.endsWith('а')) {
    const base = stem(1);
    return { stem: base, endings: [[VELAR_OR_HUSHING.test(base) ? 'и' : 'ы'], ['е'], ['у'], [HUSHING.test(base) ? 'ей' : 'ой'], ['е']], adjective: false };
  }
  if (lower.endsWith('я')) return { stem: stem(1), endings: [['и'], ['е'], ['ю'], ['ей'], ['е']], adjective: false };
  if (lower.endsWith('ы') && lower.length > 4) return { stem: stem(1), endings: [['ов'], ['ам'], [], ['ами'], ['ах']], adjective: false };
  if (/[ейа]й$/u.test(lower) || lower.endsWith('уй')) return { stem: stem(1), endings: [['я'], ['ю'], person ? ['я'] : [], ['ем'], ['е']], adjective: false };
  // A soft sign: a masculine noun ("Израиль" → "Израиля") or a feminine one ("Керчь" → "Керчи").
  if (lower.endsWith('ь')) return { stem: stem(1), endings: [['я', 'и'], ['ю', 'и'], person ? ['я'] : [], ['ем', 'ью'], ['е', 'и']], adjective: false };
  if (/[бвгджзклмнпрстфхцчшщ]$/u.test(lower)) {
    const surname = person && /(?:ов|ев|ёв|ин|ын)$/u.test(lower);
    const instrumental = surname ? ['ым'] : HUSHING.test(lower) ? ['ем', 'ом'] : ['ом'];
    return { stem: word, endings: [['а'], ['у'], person ? ['а'] : [], instrumental, ['е']], adjective: false };
  }
  return undefined;
}

/** The case forms of one word, per case (none for a word that does not decline); a hyphenated word declines its last part ("Нью-Йорка"). */
function wordForms(word: string, person: boolean): { readonly forms: readonly (readonly string[])[]; readonly adjective: boolean } | undefined {
  const hyphen = word.lastIndexOf('-');
  const head = hyphen < 0 ? '' : word.slice(0, hyphen + 1);
  const found = declension(word.slice(head.length), person);
  if (!found) return undefined;
  return { forms: found.endings.map((endings) => endings.map((ending) => head + found.stem + ending)), adjective: found.adjective };
}

/** At most this many forms per case, so that a long name with several variant words stays small. */
const MAX_PER_CASE = 4;

/**
 * The oblique case forms of a name written in Cyrillic, without the name
 * itself; none for a name that is not Russian in form or does not decline.
 */
export function russianForms(name: string, person: boolean): string[] {
  const words = name.split(' ');
  if (!/\p{Script=Cyrillic}/u.test(name) || !/^\p{Lu}/u.test(name)) return [];
  const perCase: string[][] = Array.from({ length: CASES }, () => ['']);
  let declining = true;
  let declined = false;
  for (const word of words) {
    const forms = declining ? wordForms(word, person) : undefined;
    for (let c = 0; c < CASES; c++) {
      const variants = forms ? forms.forms[c]! : [];
      const next = variants.length > 0 ? variants : [word];
      perCase[c] = perCase[c]!.flatMap((before) => next.map((form) => (before ? `${before} ${form}` : form))).slice(0, MAX_PER_CASE);
    }
    if (forms) declined = true;
    // Outside a person's name, the words after the first noun are a genitive or a name of their own: they stay.
    if (!person && forms && !forms.adjective) declining = false;
    if (!person && !forms && declined) declining = false;
  }
  if (!declined) return [];
  return [...new Set(perCase.flat())].filter((form) => form !== name);
}
