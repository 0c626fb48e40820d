/**
 * The name gates' decision for one candidate (docs/given-name-gate.md): the
 * words beside it, read against the names the glossaries hold. The lists of
 * names are read from the glossaries once, when a page first needs them.
 */
import { FULL_NAME_GATE, GIVEN_NAME_GATE, INSIDE_NAME_GATE, NAMESAKE_GATE, NAME_PART_GATE, type CompiledGlossary } from '../glossary/compiled.ts';
import { ENGLISH_GIVEN_NAMES } from './given-names-en.ts';
import { ownNameWords, peoplesGivenNames, peoplesNameWords, placeWords, thingWords } from './glossary-names.ts';
import { isParticleSurname, isSurnameWrittenFirst, nameSuffixAfter, otherNameBefore, placeInsideName, wordBefore, type BlockCase } from './inside-name.ts';
import { relativeInBlock } from './relative-in-block.ts';
import { capitalisedWordAfter, capitalisedWordBefore, isPlaceFollower, type WordRange } from './name-gates.ts';
import { personsNameBefore, writtenWordBefore } from './namesake-gate.ts';
import { isKindBeforeName, isNumberedSeriesAt } from './named-thing.ts';
import { hyphenatedWord, joinsAnotherName, runsOnAsRomanisedName } from './hyphen-name.ts';
import { isPersonAfter } from './person-after.ts';
import { officeTitleBefore } from './office-titles.ts';
import { isInsideHyphenatedAcronym } from './hyphen-acronym.ts';
import { isNamedAfterPerson } from './named-after.ts';

/** The alias flags whose gates read the words beside a candidate. */
export const NAME_GATES = GIVEN_NAME_GATE | NAME_PART_GATE | INSIDE_NAME_GATE | FULL_NAME_GATE | NAMESAKE_GATE;

const PARTICLES_WRITTEN_AS_NAMES: ReadonlySet<string> = new Set(['al', 'ben', 'abu', 'umm']);

/** A candidate, in the normalised text (`start`, `end`) and in the page's text. */
export interface GatedSpan {
  readonly start: number;
  readonly end: number;
  readonly originalStart: number;
  readonly originalEnd: number;
}

/** Folded words from every glossary, read once, when first asked. */
class LazyWords {
  #words: Set<string> | undefined;
  constructor(readonly read: () => Iterable<string>) {}
  has(folded: string): boolean {
    this.#words ??= new Set(this.read());
    return this.#words.has(folded);
  }
}

export class NameGateCheck {
  readonly #parts: ReadonlyArray<{ readonly glossary: CompiledGlossary; readonly entryBase: number }>;
  readonly #english = new LazyWords(() => ENGLISH_GIVEN_NAMES.split(' '));
  /** Given names of every glossary's people ("Nayib", "Владимир"). */
  readonly #peoplesGiven = new LazyWords(() => this.#fromEach(peoplesGivenNames));
  readonly #personWords = new LazyWords(() => this.#fromEach(peoplesNameWords));
  readonly #placeWords = new LazyWords(() => this.#fromEach(placeWords));
  readonly #thingWords = new LazyWords(() => this.#fromEach(thingWords));
  readonly #ownNames = new Map<number, Set<string>>();

  /** Is the folded word one of the glossary's names (a place's, a thing's, a word of a person's)? */
  readonly #isNameWord = (folded: string): boolean => this.#placeWords.has(folded) || this.#thingWords.has(folded) || this.#personWords.has(folded);

  constructor(parts: ReadonlyArray<{ readonly glossary: CompiledGlossary; readonly entryBase: number }>) {
    this.#parts = parts;
  }

  *#fromEach(read: (glossary: CompiledGlossary) => Iterable<string>): Iterable<string> {
    for (const { glossary } of this.#parts) yield* read(glossary);
  }

  /**
   * Do the words beside a candidate say it is not this alias? A place that is
   * also a given name, before a surname or after a given name; a place's name
   * inside another name; a person's name after another person's given name;
   * a thing's one-word name after a person's given name or title.
   */
  shuts(flags: number, entry: number, original: string, text: { readonly cased: string; readonly folded: string }, span: GatedSpan, block: BlockCase): boolean {
    if ((flags & NAMESAKE_GATE) !== 0) {
      const names = {
        isGivenName: (folded: string): boolean => this.#isGivenName(folded, block.headline),
        isPlace: (folded: string): boolean => this.#placeWords.has(folded),
        own: (): ReadonlySet<string> => this.#ownNameSet(entry),
        isThing: (folded: string): boolean => this.#thingWords.has(folded),
      };
      if (personsNameBefore(writtenWordBefore(original, span.originalStart), names, block)) return true;
      // A thing named like a given name asks for the given-name test too: "Hezbollah expert Amal Smith said".
      if ((flags & GIVEN_NAME_GATE) === 0) return false;
    }
    const word = (range: WordRange | undefined): string | undefined => range && text.folded.slice(range[0], range[1]);
    const before = word(capitalisedWordBefore(original, text.cased, span.start, span.originalStart));
    const givenBefore = before !== undefined && this.#isGivenName(before, block.headline);
    if ((flags & (GIVEN_NAME_GATE | INSIDE_NAME_GATE)) !== 0) {
      // A given name alone, for a person: "Sofia, a 34-year-old nurse", "Georgia, who", "Sofia said she".
      if ((flags & GIVEN_NAME_GATE) !== 0 && (givenBefore || isPersonAfter(original, span.originalEnd))) return true;
      const after = word(capitalisedWordAfter(original, text.cased, span.end, span.originalEnd));
      // A person's name after a place that is no given name itself is a person's, not another name of the
      // place: "president of France Emmanuel Macron", "президент России Владимир Путин", "to Britain Liu Xiaoming".
      const personAfter =
        (flags & GIVEN_NAME_GATE) === 0 && after !== undefined && (this.#isGivenName(after, block.headline) || this.#personWords.has(after) || isSurnameWrittenFirst(after));
      const afterIsOtherName = (after !== undefined && !isPlaceFollower(after) && !personAfter) || nameSuffixAfter(original, text, span.end, span.originalEnd);
      // A ship, a river or a numbered series named after the place: "the aircraft carrier Shandong", "el río Caquetá", "Shiyan-23".
      if ((flags & INSIDE_NAME_GATE) !== 0 && (isKindBeforeName(original, span.originalStart) || isNumberedSeriesAt(original, span.originalEnd))) return true;
      // Another place's hyphenated name: "Colombie-Britannique", "Saxony-Anhalt", "Port-of-Spain" (not "Russia-Ukraine").
      if ((flags & INSIDE_NAME_GATE) !== 0 && !block.headline() && !block.nounCase() && joinsAnotherName(hyphenatedWord(original, span.originalStart, span.originalEnd), this.#isNameWord)) return true;
      if ((flags & INSIDE_NAME_GATE) !== 0) return placeInsideName(wordBefore(original, text, span.start, span.originalStart), afterIsOtherName, block);
      if (afterIsOtherName && !block.headline() && !block.nounCase()) return true;
    }
    if ((flags & (NAME_PART_GATE | FULL_NAME_GATE)) === 0) return false;
    // "Wang Yi-chuan" is not Wang Yi: a romanised given name goes on after a hyphen.
    if (runsOnAsRomanisedName(original, span.originalStart, span.originalEnd)) return true;
    // "Hamid Karzai International Airport", "the Obama Presidential Center", "le stade Pierre Mauroy": the thing named after the person.
    if (!block.headline() && isNamedAfterPerson(original, span.originalStart, word(capitalisedWordAfter(original, text.cased, span.end, span.originalEnd)))) return true;
    if (givenBefore && !this.#ownNameSet(entry).has(before)) return true;
    if ((flags & NAME_PART_GATE) !== 0) {
      const relatives = { own: (): ReadonlySet<string> => this.#ownNameSet(entry), isGivenName: (folded: string): boolean => this.#isGivenName(folded, block.headline) };
      if (relativeInBlock(text, span.start, span.end, relatives)) return true;
    }
    const names = {
      own: (): ReadonlySet<string> => this.#ownNameSet(entry),
      isPlace: (folded: string): boolean => this.#placeWords.has(folded),
      isThing: (folded: string): boolean => this.#thingWords.has(folded),
    };
    // A surname with its particles ("de Zela", "al-Assad") is read like a one-word surname, at a sentence's start too.
    const surnameAlone = (flags & NAME_PART_GATE) !== 0 || this.#isParticleSurname(original, text.folded.slice(span.start, span.end), span.originalStart);
    // A particle is passed over only before a surname alone that the person writes with it ("Marie de Villepin"):
    // before a full name, or a surname written without one, it is a preposition ("el Gobierno de Javier Milei").
    const ownParticle = (particle: string): boolean =>
      (flags & NAME_PART_GATE) !== 0 && [...this.#ownNameSet(entry)].some((word) => word === particle || word.startsWith(`${particle}-`));
    return otherNameBefore(wordBefore(original, text, span.start, span.originalStart, ownParticle), names, block, surnameAlone);
  }

  /**
   * Is the span a surname with its particles? Not when its first word, written
   * with a capital and a space after it, is an English given name: "Al Gore",
   * "Abu Mazen" are a given name and a name ("al-Maliki", "De Croo" are
   * particles).
   */
  #isParticleSurname(original: string, folded: string, originalStart: number): boolean {
    if (!isParticleSurname(folded)) return false;
    const first = folded.slice(0, folded.indexOf(' '));
    const writtenAsName = /\p{Lu}/u.test(original[originalStart] ?? '') && original[originalStart + first.length] === ' ';
    // The English list only (the glossary's people's list takes "De" from "De Croo" itself), and the particles
    // English also writes as given names or that open a by-name, not a surname ("Al Gore", "Ben Cardin", "Abu Mazen").
    return !(writtenAsName && (this.#english.has(first) || PARTICLES_WRITTEN_AS_NAMES.has(first)));
  }

  /**
   * Is the word a given name? In a headline set in title case every word is
   * capitalised, so there only the English list counts: it leaves out names
   * that are ordinary words, which the glossary's people may carry ("Than"
   * of Than Shwe in "Mattis Strikes Far Harsher Tone Than Trump").
   */
  #isGivenName(folded: string, isHeadline: () => boolean): boolean {
    return this.#english.has(folded) || (!isHeadline() && this.#peoplesGiven.has(folded));
  }

  /**
   * The office title before a person's gated surname alone that lets it count
   * without the full name ("President Zelensky", "le président Macron"): one
   * whose kind the person's card names, with no other name after the surname
   * ("President Lee Myung-bak" is another Lee). Not in a headline set in title
   * case, where the next word tells nothing (office-titles.ts).
   */
  officeTitle(entry: number, original: string, cased: string, span: GatedSpan, block: BlockCase): string | undefined {
    const { glossary, entryBase } = this.#partOf(entry);
    const offices = glossary.entryOffices?.[entry - entryBase] ?? 0;
    if (offices === 0 || block.headline()) return undefined;
    const title = officeTitleBefore(original, span.originalStart);
    if (!title || (title.kind & offices) === 0) return undefined;
    return capitalisedWordAfter(original, cased, span.end, span.originalEnd) === undefined ? title.word : undefined;
  }

  /** Is the acronym at the span part of a longer hyphenated one ("RT" in "RT-PCR"; not "US" in "US-UK")? */
  isInsideHyphenatedAcronym(original: string, originalStart: number, originalEnd: number): boolean {
    return isInsideHyphenatedAcronym(original, originalStart, originalEnd, this.#isNameWord);
  }

  #partOf(entry: number): { readonly glossary: CompiledGlossary; readonly entryBase: number } {
    let part = this.#parts[0]!;
    for (const candidate of this.#parts) if (candidate.entryBase <= entry) part = candidate;
    return part;
  }

  #ownNameSet(entry: number): Set<string> {
    let words = this.#ownNames.get(entry);
    if (!words) {
      const part = this.#partOf(entry);
      words = ownNameWords(part.glossary, entry - part.entryBase);
      this.#ownNames.set(entry, words);
    }
    return words;
  }
}
