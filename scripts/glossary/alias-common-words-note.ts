/**
 * The gates report's section on the common-word check of the hand-written
 * one-word aliases (scripts/glossary/alias-common-words.ts): how it reads the
 * FrequencyWords lists, the threshold chosen by measurement, and the verdicts.
 * Figures as measured when the check was written (review 13's session).
 */
export const ALIAS_COMMON_WORDS_SECTION: readonly string[] = [
  "## One-word aliases that are common words of a news language (issue 16)",
  "",
  "`scripts/glossary/alias-common-words.ts` checks every one-word alias of the hand-written files (any script; a hyphenated alias looked up whole, since the matcher reads \"X-Y\" as the two words together, never one part alone; a Russian alias with the case forms the compiler adds) against the 50,000-word lists of FrequencyWords by Hermit Dave (OpenSubtitles 2018, lists CC BY-SA 4.0, commit 525f9b5 of github.com/hermitdave/FrequencyWords, `content/2018`; the same source as `places-frequent-words.ts`) for English, French, Spanish, Portuguese, German, Italian, Russian, Arabic, Indonesian, Turkish, Dutch and Swedish, words folded as the matcher folds them (so \"Seúl\" is French \"seul\"). An alias counts as ungated unless it carries `contexts`, `relatedContexts`, `notContexts`, `givenName`, or is an acronym in capitals; a capitalised word is not gated by that alone, because it still matches at a sentence's start and German writes every noun so. Subtitles name places and firms too, so a word is a hit only where it ranks 8 times better than the same word in the median of the other lists and twice as well as the entry's other names where the other lists hold one (\"Alemania\" ranks as \"Germany\" does; \"seul\" ranks 215 in French, Seoul's names in the thousands).",
  "",
  "Threshold, by measurement (ungated aliases found on the final glossary; rank = among that language's N most frequent words):",
  "",
  "| rank ≤ | rank only | ratios 8 and 1 | ratios 8 and 2 (chosen) | ratios 8 and 4 |",
  "|---:|---:|---:|---:|---:|",
  "| 1,000 | 1 | 1 | 1 | 1 |",
  "| 2,000 | 16 | 15 | 8 | 6 |",
  "| 5,000 | 62 | 50 | 15 | 11 |",
  "| 10,000 | 124 | 100 | 33 | 16 |",
  "| 20,000 | 285 | 131 | 39 | 19 |",
  "",
  "Rank alone lists mostly the names themselves (Germany, Paris, London); the name ratio of 4 dropped German \"im Gange\" (Ganges, rank 10,324), so 2 was chosen, at 20,000 (the word ratio caps it at 12,500 in practice). The 44 hits, each with a verdict, are `scripts/glossary/data/alias-common-words.json` (only the hits are kept; no list is redistributed): per language en 9, es 7, pt 4, de 5, fr 2, it 3, ru 1, ar 2, id 12, tr 4, nl 1, sv 6 (an alias may count in several). Gated (8): \"Seúl\" (French \"seul le président…\": contexts near Corea), \"Kabul\" (Turkish \"kabul etti\", accepted: not near Turkish function words), \"Nato\" (Italian \"nato a Roma\", born: not near cresciuto, laureato, studiato…), \"Unido\" (Spanish and Portuguese \"united\": contexts near industrial, United Nations, Vienna), \"Gange\" (German \"im Gange\": excluded), \"النيل\" (Arabic \"النيل من\", undermining: excluded), \"Mali\" (Turkish \"mali\", financial, which opens headlines and names such as \"Mali Müşavirler Odası\": found below the ratio line and added by hand) and \"Damas\" (Spanish \"damas\", ladies: its exclusions already covered it). Safe (36): the name itself in that language (Rusia, Moskau, Francia, Нью-Йорк…), or a word written in lower case where the alias is case-sensitive (\"bernama\", Indonesian \"named\"; \"kompas\"; \"krim\", Indonesian \"cream\"; \"malta\", Portuguese \"crowd\"). `scripts/glossary/alias-common-words.test.ts` reads the committed file: every hit has a verdict, a gated one keeps a gate, and a new ungated one-word alias that is a listed word fails until it gets its own verdict; with `FREQUENCY_WORDS=<content/2018>` it reruns the whole check.",
  "",
  "Left open: words the ratio rule reads as names because the same spelling names the thing in several lists, at a sentence's start only (\"Irán a votar…\", Spanish \"they will go\"; Portuguese \"Peru\", turkey; Italian \"Monaco\", monk); a German first name used alone (\"Malte hat angerufen\", Malta's French name).",
  '',
];
