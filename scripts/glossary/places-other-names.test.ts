import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AliasSpec, Entry } from '../../src/core/glossary/schema.ts';
import { withRussianForms } from '../../src/core/glossary/case-forms.ts';
import { GLOSSARY_DIR, glossaryFileNames } from '../lib/glossary-files.ts';
import { referenceMentions } from '../harness/core-reference.ts';
import { handWrittenInside, otherNameAliases, readOtherNames, readOtherNamesData } from './places-other-names.ts';
import { GENERATED_PREFIX } from './generate-places.ts';

const entry = (id: string, aliases: Entry['aliases']): Entry => ({
  id, label: id, kind: 'place', aliases, summary: 'A place.', asOf: '2026-01', sources: [{ publisher: 'Wikipedia', url: `https://en.wikipedia.org/wiki/${id}` }],
});
const SYRIA = entry('syria', ['Syria', 'Syrie', 'سوريا', { text: 'سورية', contexts: ['دمشق'] }, '叙利亚', 'Сирия']);
const CHINA = entry('china', ['China', '中国', 'Китай']);

const write = (data: unknown): string => {
  const file = path.join(tmpdir(), `other-names-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(data));
  return file;
};
const contextsOf = (aliases: readonly AliasSpec[], text: string): string[] | undefined => {
  const alias = aliases.find((a) => typeof a !== 'string' && a.text === text);
  return alias && typeof alias !== 'string' ? alias.contexts : undefined;
};

describe('other-language names of generated places', () => {
  it('gates a name by its neighbours\' names in its own script, then its country\'s names and adjectives in that script only', () => {
    const names = readOtherNames(write({ places: { 'homs-syria': { ar: ['مدينة حمص'], ru: ['Хомс'] }, 'hama-syria-division': { ar: ['محافظة حماة'], zh: ['哈马省'] } } }));
    const make = otherNameAliases(names, () => false, new Map([['syria', ['السوري', 'сирийский']]]));
    const { aliases } = make({ id: 'homs-syria', nearIds: ['hama-syria-division'], country: SYRIA, englishContexts: ['Syria', 'Hama'] });
    // Arabic: the neighbour's Arabic name, the country's Arabic names (a gated one too: as a context it only says which country), its adjective.
    expect(contextsOf(aliases, 'مدينة حمص')).toEqual(['محافظة حماة', 'سوريا', 'سورية', 'السوري']);
    // Russian: no Arabic, no English; the compiler adds both words' case forms.
    expect(contextsOf(aliases, 'Хомс')).toEqual(['Сирия', 'сирийский']);
    expect(aliases.every((alias) => typeof alias !== 'string' && alias.scope === 'block')).toBe(true);
  });

  it('gives a Latin-script name (English, French, Spanish, German) the English name\'s gate', () => {
    const names = readOtherNames(write({ places: { 'x-syria': { fr: ['Homs-la-Ville'], en: ['Homs Town'] } } }));
    const { aliases } = otherNameAliases(names, () => false)({ id: 'x-syria', nearIds: [], country: SYRIA, englishContexts: ['Syria', 'Hama'] });
    expect(contextsOf(aliases, 'Homs-la-Ville')).toEqual(['Syria', 'Hama']);
    // An English name GeoNames does not give ("Tuva" for "Republic of Tyva") is gated as the GeoNames name is.
    expect(contextsOf(aliases, 'Homs Town')).toEqual(['Syria', 'Hama']);
  });

  it('never gates a common word of its language (Arabic حمص, chickpeas) by the country: only by a neighbour, and not beside its other sense\'s words', () => {
    const data = { places: { 'homs-syria': { ar: [{ text: 'حمص', word: true, notContexts: ['فول'] }], contexts: ['حماة', 'Hama'] }, 'aden-yemen': { ar: [{ text: 'عدن', word: true }] } } };
    const { aliases, skipped } = otherNameAliases(readOtherNames(write(data)), () => false)({ id: 'homs-syria', nearIds: [], country: SYRIA, englishContexts: [] });
    expect(aliases).toEqual([{ text: 'حمص', contexts: ['حماة'], notContexts: ['فول'], scope: 'block' }]);
    expect(skipped).toEqual([]);
    // With no neighbour named in its script, a common word is left out.
    const aden = otherNameAliases(readOtherNames(write(data)), () => false)({ id: 'aden-yemen', nearIds: [], country: SYRIA, englishContexts: [] });
    expect(aden).toEqual({ aliases: [], skipped: [{ text: 'عدن', reason: 'ungateable' }] });
  });

  it('leaves out a name two places are given, and one a hand-written entry has', () => {
    const names = readOtherNames(write({ places: { 'hyderabad-india': { zh: ['海得拉巴'] }, 'hyderabad-pakistan': { zh: ['海得拉巴'] }, 'chengdu-china': { zh: ['成都'] } } }));
    const make = otherNameAliases(names, (name) => name === '成都');
    expect(make({ id: 'hyderabad-india', nearIds: [], country: CHINA, englishContexts: [] }).skipped).toEqual([{ text: '海得拉巴', reason: 'shared' }]);
    expect(make({ id: 'chengdu-china', nearIds: [], country: CHINA, englishContexts: [] }).skipped).toEqual([{ text: '成都', reason: 'handWritten' }]);
  });

  it('leaves out a name that holds an ungated hand-written alias as its division or position form (دمشق in محافظة دمشق), not one the alias excludes', () => {
    const inside = handWrittenInside([entry('damascus', ['دمشق']), entry('kordofan', [{ text: 'كردفان', exclude: ['شمال كردفان'] }]), entry('siberia', ['西伯利亚'])]);
    expect(inside('محافظة دمشق')).toBe('دمشق');
    expect(inside('شمال كردفان')).toBeUndefined();
    expect(inside('ولاية شمال كردفان')).toBe('كردفان');
    expect(inside('新西伯利亚')).toBe('西伯利亚');
    expect(inside('محافظة حماة')).toBeUndefined();
  });

  it('refuses a name written in another script than its language\'s, and one too short for its script', () => {
    expect(() => readOtherNames(write({ places: { 'x-syria': { ar: ['Homs'] } } }))).toThrow(/not in the arabic script/);
    expect(() => readOtherNames(write({ places: { 'x-syria': { ru: ['成都'] } } }))).toThrow(/not in the cyrillic script/);
    // Too short in its script to be told from a word: one Chinese character, two Arabic letters, three Cyrillic ones.
    expect(() => readOtherNames(write({ places: { 'x-china': { zh: ['京'] } } }))).toThrow(/too short/);
    expect(() => readOtherNames(write({ places: { 'x-iran': { ar: ['قم'] } } }))).toThrow(/too short/);
    expect(() => readOtherNames(write({ places: { 'x-china': { ru: ['Уси'] } } }))).toThrow(/too short/);
  });

  it('writes Russian names in the nominative: the compiler declines them and their Cyrillic contexts', () => {
    const compiled = withRussianForms(entry('belgorod', [{ text: 'Белгородская область', contexts: ['Россия'], scope: 'block' }]));
    const texts = compiled.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text));
    expect(texts).toContain('Белгородской области');
    const first = compiled.aliases[0]!;
    expect(typeof first !== 'string' && first.contexts).toContain('России');
  });

  it('keys every place by an id the generated files have, and reads the bundled data file', () => {
    const ids = new Set(
      glossaryFileNames()
        .filter((name) => name.startsWith(GENERATED_PREFIX))
        .flatMap((name) => (JSON.parse(readFileSync(path.join(GLOSSARY_DIR, name), 'utf8')) as { entries: Entry[] }).entries.map((e) => e.id)),
    );
    const { names, countryTerms } = readOtherNamesData();
    expect([...names.keys()].filter((id) => !ids.has(id))).toEqual([]);
    expect(names.size).toBeGreaterThan(400);
    expect(countryTerms.get('yemen')).toContain('اليمنية');
  });
});

describe('other-language names in the bundled glossary (the real matcher)', () => {
  const marks = (sentence: string) => referenceMentions([sentence], 'all').map(([id]) => id);

  it('marks true mentions in Arabic, Chinese and Russian', () => {
    expect(marks('سيطرت القوات العراقية على الموصل في العراق عام 2017.')).toContain('mosul-iraq');
    expect(marks('قال مسؤول في عدن إن الحكومة اليمنية ستعود.')).toContain('aden-yemen');
    expect(marks('وصلت التعزيزات إلى حمص قادمة من حماة.')).toContain('homs-syria');
    expect(marks('成都发生地震，四川省政府启动应急响应。')).toEqual(expect.arrayContaining(['chengdu-china', 'sichuan-china-division']));
    expect(marks('В Белгородской области России погибли два человека.')).toContain('belgorod-oblast-russia-division');
    expect(marks('Во Львове прогремели взрывы, Украина.')).toContain('lviv-ukraine');
    expect(marks('وصل الملك إلى الرباط عاصمة المغرب.')).toContain('rabat-morocco');
  });

  it('leaves the common word, the longer name of another thing and the word inside another word unmarked', () => {
    // حمص "chickpeas": beside a dish's words, and the country alone, never open its gate.
    expect(marks('اشتريت حمص وفول من السوق في دمشق.')).not.toContain('homs-syria');
    expect(marks('يعد الحمص من أشهر الأطباق في سوريا ولبنان.')).not.toContain('homs-syria');
    // الرباط in the cruciate ligament (الرباط الصليبي); عسير "difficult" is left out bare (only منطقة عسير).
    expect(marks('أصيب اللاعب بقطع في الرباط الصليبي وعاد إلى المغرب.')).not.toContain('rabat-morocco');
    expect(marks('هذا أمر عسير على السعودية.')).not.toContain('asir-region-saudi-arabia-division');
    // جدة "grandmother".
    expect(marks('زارت الجدة أحفادها في السعودية.')).not.toContain('jeddah-saudi-arabia');
    // عدن in the Garden of Eden, 上海 in the Shanghai Cooperation Organisation, 德里 in New Delhi.
    expect(marks('وفقا لسفر التكوين كانت جنة عدن في اليمن؟')).not.toContain('aden-yemen');
    expect(marks('中国外长出席了在天津举行的上海合作组织峰会。')).not.toContain('shanghai-china');
    expect(marks('印度总理在新德里会见了外长。')).not.toContain('delhi-india');
    expect(marks('Премьер Индии прилетел в Нью-Дели.')).not.toContain('delhi-india');
    // Two-character Chinese names inside other words: 河南 in 黄河南岸, 西安 in 江西安全, 合肥 in 混合肥料, 福建 in 幸福建设.
    expect(marks('中国作家他在黄河南岸的村子里长大。')).not.toContain('henan-china-division');
    expect(marks('中国江西安全生产')).not.toContain('xi-an-china');
    expect(marks('中国的农民买了一袋混合肥料。')).not.toContain('hefei-china');
    expect(marks('在中国，幸福建设的路上我们不会停步。')).not.toContain('fujian-china-division');
    // 海口 "a boast" and 包头 "a headscarf": common words, gated by their region, not by 中国.
    expect(marks('中国商人夸下海口说要赢。')).not.toContain('haikou-china');
    expect(marks('中国新疆的妇女戴着包头巾。')).not.toContain('baotou-china');
    // Львов the surname, with no Ukrainian context.
    expect(marks('Историк Георгий Львов, Россия.')).not.toContain('lviv-ukraine');
  });
});
