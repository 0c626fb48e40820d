import { describe, expect, it } from 'vitest';
import { isDottedNamePart } from './dotted-name.ts';

const at = (text: string, name: string, from = 0): [number, number] => {
  const start = text.indexOf(name, from);
  return [start, start + name.length];
};

describe('a name part joined by an interpunct', () => {
  it('is part of a longer name after or before the dot', () => {
    const son = '萨达姆·哈夫塔尔表示';
    expect(isDottedNamePart(son, ...at(son, '哈夫塔尔'))).toBe(true);
    const given = '哈夫塔尔·萨达姆';
    expect(isDottedNamePart(given, ...at(given, '哈夫塔尔'))).toBe(true);
    const japanese = 'エマ・ナバーロ選手';
    expect(isDottedNamePart(japanese, ...at(japanese, 'ナバーロ'))).toBe(true);
  });

  it('is the name itself where no dot touches it, or the dot joins no unspaced name', () => {
    const alone = '利比亚东部强人哈夫塔尔表示';
    expect(isDottedNamePart(alone, ...at(alone, '哈夫塔尔'))).toBe(false);
    const latin = 'Mr·哈夫塔尔';
    expect(isDottedNamePart(latin, ...at(latin, '哈夫塔尔'))).toBe(false);
    // The whole full name, dot inside, touches none.
    const full = '哈利法·哈夫塔尔表示';
    expect(isDottedNamePart(full, 0, '哈利法·哈夫塔尔'.length)).toBe(false);
    expect(isDottedNamePart('Campbell·Smith', 0, 8)).toBe(false);
  });
});
