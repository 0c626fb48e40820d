import { describe, expect, it } from 'vitest';
import type { AliasSpec } from '../../src/core/glossary/schema.ts';
import { normalisePhrase } from '../../src/core/text/normalise.ts';
import {
  automaticGate,
  commonWordHits,
  isVerdict,
  LANGUAGES,
  oneWordAliases,
  readAliasCommonWords,
  readFrequencyLists,
  type AliasWord,
} from './alias-common-words.ts';
import type { FrequencyLists } from './places-frequent-words.ts';

/** Lists where each word has the given rank; every other word is absent (the lists hold 50,000). */
function lists(ranks: Partial<Record<string, Record<string, number>>>): FrequencyLists {
  return new Map(LANGUAGES.map((language) => [language, new Map(Object.entries(ranks[language] ?? {}))]));
}

const word = (entry: string, spec: AliasSpec, form?: string): AliasWord => {
  const alias = typeof spec === 'string' ? spec : spec.text;
  return { file: 'test.json', entry, alias, form: form ?? alias, spec };
};

const fold = (text: string): string => normalisePhrase(text).folded;

describe('one-word aliases that are common words by frequency lists', () => {
  it('finds a word frequent in one language, folded as the matcher folds it ("Seúl" is French "seul")', () => {
    const hits = commonWordHits([word('seoul', 'Seúl'), word('seoul', 'Seoul')], lists({ fr: { seul: 215 }, en: { seoul: 6503 } }));
    expect(hits.map((hit) => [hit.alias, hit.languages])).toEqual([['Seúl', { fr: 215 }]]);
  });

  it('leaves a name that every list holds, and the thing\'s own name where its other names rank alike', () => {
    const everywhere = Object.fromEntries(LANGUAGES.map((language, i) => [language, { paris: 1000 + i * 40 }]));
    expect(commonWordHits([word('paris', 'Paris')], lists(everywhere))).toEqual([]);
    const germany = lists({ es: { alemania: 2603 }, en: { germany: 2324 }, fr: { allemagne: 3384 }, de: { deutschland: 2625 } });
    expect(commonWordHits(['Alemania', 'Germany', 'Allemagne', 'Deutschland'].map((name) => word('germany', name)), germany)).toEqual([]);
  });

  it('skips what a gate already answers, and reads a hyphenated alias whole', () => {
    const gated: AliasSpec[] = [{ text: 'Kabul', contexts: ['Afghanistan'], scope: 'near' }, { text: 'Turkey', notContexts: ['Thanksgiving'] }, 'IRA', { text: 'Georgia', givenName: true }];
    expect(gated.map(automaticGate)).toEqual(['contexts', 'notContexts', 'capitals', 'givenName']);
    expect(automaticGate('Chega')).toBeUndefined();
    const hits = commonWordHits([...gated.map((spec) => word('x', spec)), word('y', 'Benar-benar')], lists({ tr: { kabul: 269 }, id: { 'benar benar': 300 } }));
    expect(hits.map((hit) => hit.alias)).toEqual(['Benar-benar']);
  });
});

describe('the committed hits (data/alias-common-words.json)', () => {
  const data = readAliasCommonWords();
  const aliases = oneWordAliases();
  const specOf = new Map(aliases.map((alias) => [`${alias.entry}\u0000${alias.alias}`, alias.spec]));

  it('each has a verdict: "gated" or "safe: <why>"', () => {
    expect(data.hits.filter((hit) => !isVerdict(hit.verdict)).map((hit) => `${hit.entry}: ${hit.alias}`)).toEqual([]);
  });

  it('a hit judged gated still carries a gate, or its alias is gone', () => {
    const ungated = data.hits.filter((hit) => {
      const spec = specOf.get(`${hit.entry}\u0000${hit.alias}`);
      return hit.verdict === 'gated' && spec !== undefined && !automaticGate(spec) && (typeof spec === 'string' || !spec.exclude);
    });
    expect(ungated.map((hit) => `${hit.entry}: ${hit.alias}`)).toEqual([]);
  });

  it('a hit judged safe by case is still case-sensitive', () => {
    const insensitive = data.hits.filter((hit) => {
      const spec = specOf.get(`${hit.entry}\u0000${hit.alias}`);
      return hit.verdict?.startsWith('safe') && typeof spec === 'object' && spec.case === 'insensitive';
    });
    expect(insensitive.map((hit) => `${hit.entry}: ${hit.alias}`)).toEqual([]);
  });

  it('a new ungated one-word alias that is a listed common word has a verdict of its own', () => {
    const listed = new Set(data.hits.map((hit) => fold(hit.form ?? hit.alias)));
    const reviewed = new Set(data.hits.map((hit) => `${hit.entry}\u0000${hit.alias}`));
    const unreviewed = aliases.filter((alias) => !automaticGate(alias.spec) && listed.has(fold(alias.form)) && !reviewed.has(`${alias.entry}\u0000${alias.alias}`));
    expect(unreviewed.map((alias) => `${alias.file} ${alias.entry}: ${alias.alias} (a common word listed in data/alias-common-words.json: gate it or add its verdict)`)).toEqual([]);
  });

  // The lists are not in the repository: FREQUENCY_WORDS=<FrequencyWords' content/2018> runs the whole check.
  it.runIf(process.env['FREQUENCY_WORDS'])('every hit the lists give today has a verdict', () => {
    const reviewed = new Map(data.hits.map((hit) => [`${hit.entry}\u0000${hit.alias}`, hit.verdict]));
    const hits = commonWordHits(aliases, readFrequencyLists(process.env['FREQUENCY_WORDS']!), data.threshold);
    expect(hits.filter((hit) => !isVerdict(reviewed.get(`${hit.entry}\u0000${hit.alias}`))).map((hit) => `${hit.entry}: ${hit.alias}`)).toEqual([]);
  });
});
